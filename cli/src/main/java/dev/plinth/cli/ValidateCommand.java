package dev.plinth.cli;

import dev.plinth.Compilation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plinth validate}: everything compile does except writing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Compiles and checks a platform for one environment without writing anything.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CompileArguments options;

    @Override
    public Integer call() {
        Compilation compilation = options.compile();
        CompileArguments.print(compilation.diagnostics(), spec.commandLine().getErr());
        if (compilation.output().isEmpty()) {
            return ExitCode.FAILED;
        }
        Summaries.print(
                compilation.output().get().summary(),
                null,
                compilation.diagnostics(),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
