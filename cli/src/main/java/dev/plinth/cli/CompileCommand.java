package dev.plinth.cli;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.compiler.emit.EmitSummary;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.dsl.PlatformCompiler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plinth compile}: writes the published outputs of one platform and environment. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compiles a platform for one environment into templates, user-data and a manifest.")
final class CompileCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CompileOptions options;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: out/PLATFORM/ENV).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    PlatformCompiler.Result result = options.compile();
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(result.diagnostics());
    Path target = out != null ? out : Path.of("out", options.platform, options.environment);
    Optional<EmitSummary> summary = result.platform()
        .flatMap(platform -> new OutputWriter().write(platform, target, options.templateFormat(), diagnostics));
    CompileOptions.print(diagnostics.toList(), stderr);
    if (summary.isEmpty()) {
      stderr.println("plinth: " + options.platform + "/" + options.environment + " not compiled: "
          + diagnostics.toList().stream().filter(d -> d.isError()).count() + " error(s); nothing was written");
      return ExitCode.FAILED;
    }
    Summaries.print(summary.get(), target, diagnostics.toList(), stdout);
    return ExitCode.OK;
  }
}
