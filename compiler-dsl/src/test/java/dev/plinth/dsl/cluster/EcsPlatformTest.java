package dev.plinth.dsl.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import org.junit.jupiter.api.Test;

class EcsPlatformTest {

    @Test
    void aNetworkAnAlbAClusterAndTwoServicesCompileWithoutDiagnosticsAndValidTemplates() {
        EcsPlatform platform = new EcsPlatform();

        assertThat(platform.compile().diagnostics()).isEmpty();
        CompiledPlatform compiled = platform.compiled();
        assertThat(compiled.stacks()).extracting(WiredStack::name).containsExactly("network", "cluster", "services");
        for (WiredStack stack : compiled.stacks()) {
            assertThat(TemplateValidator.bundled().validate(stack.stack().template(), stack.name()))
                    .as(stack.name())
                    .isEmpty();
            Conformance.write("dsl/ecs/" + stack.name(), stack.stack().template());
        }
    }
}
