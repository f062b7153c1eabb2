package dev.plinth.cli;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.dsl.PlatformCompiler;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plinth validate}: everything compile does except writing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Compiles and checks a platform for one environment without writing anything.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CompileOptions options;

  @Override
  public Integer call() {
    PlatformCompiler.Result result = options.compile();
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(result.diagnostics());
    Optional<RenderedOutput> rendered = result.platform()
        .flatMap(platform -> new OutputWriter().render(platform, options.templateFormat(), diagnostics));
    CompileOptions.print(diagnostics.toList(), spec.commandLine().getErr());
    if (rendered.isEmpty()) {
      return ExitCode.FAILED;
    }
    Summaries.print(rendered.get().summary(), null, diagnostics.toList(), spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
