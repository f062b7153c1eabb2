package dev.plinth.cli;

import dev.plinth.Compilation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plinth compile}: writes the published outputs of one platform and environment. */
@Command(
        name = "compile",
        mixinStandardHelpOptions = true,
        description = "Compiles a platform for one environment into templates, user-data and a manifest.")
final class CompileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CompileArguments options;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            description = "Output folder (default: out/PLATFORM/ENV).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = out != null ? out : Path.of("out", options.platform, options.environment);
        Compilation compilation = options.compile().writeTo(target);
        CompileArguments.print(compilation.diagnostics(), stderr);
        if (compilation.output().isEmpty()) {
            stderr.println("plinth: " + options.platform + "/" + options.environment + " not compiled: "
                    + compilation.diagnostics().stream()
                            .filter(d -> d.isError())
                            .count() + " error(s); nothing was written");
            return ExitCode.FAILED;
        }
        Summaries.print(compilation.output().get().summary(), target, compilation.diagnostics(), stdout);
        return ExitCode.OK;
    }
}
