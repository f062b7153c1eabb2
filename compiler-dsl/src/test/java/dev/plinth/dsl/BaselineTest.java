package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.WiredStack;
import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void theBaselineCompilesWithoutAnyDiagnostic() {
        PlatformCompiler.Result result = TestPlatform.baseline().compile();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.platform()).isPresent();
        assertThat(result.platform().get().stacks())
                .extracting(WiredStack::name)
                .containsExactly("network", "bastion", "service");
        assertThat(result.platform().get().userData()).containsOnlyKeys("bastion", "web");
    }
}
