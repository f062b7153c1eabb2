package dev.plinth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.testing.Conformance;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.Diagnostic;
import dev.plinth.compiler.WiredStack;
import dev.plinth.dsl.PlatformCompiler;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatelessServiceSmokeTest {
  @Test
  void compilesBothEnvironments() {
    for (String env : new String[] {"dev", "prod"}) {
      PlatformCompiler.Result result = PlatformCompiler.bundled().compile(new StatelessService(), env);
      assertThat(result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.toList())).isEmpty();
      CompiledPlatform platform = result.platform().orElseThrow();
      for (WiredStack stack : platform.stacks()) {
        Conformance.write("smoke/" + env + "/" + stack.name(), stack.stack().template());
        assertThat(dev.plinth.cfn.validation.TemplateValidator.bundled().validate(stack.stack().template(), stack.name())
            .stream().map(Diagnostic::format).collect(Collectors.toList())).isEmpty();
      }
    }
  }
}
