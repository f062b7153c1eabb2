package dev.plinth.cli;

import dev.plinth.PlatformCalls;
import dev.plinth.PlatformDefinitionException;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.Environment;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plinth list}: the platforms found and their environments. A platform that cannot be
 * loaded, or whose environments cannot be read, is listed as broken with its diagnostic, and
 * every other one is still listed; then the exit code is 1, so a CI step that lists the
 * platforms fails on a broken one instead of letting it through unseen.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the platforms on the class path and their environments; broken ones with why.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "Extra jars and folders to find platforms in.")
    String classpath;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int broken = 0;
        for (PlatformCatalog.Entry entry : PlatformCatalog.load(classpath).entries()) {
            Optional<Diagnostic> problem = entry.broken();
            String environments = "";
            if (problem.isEmpty()) {
                try {
                    environments = PlatformCalls.environments(entry.platform().get(), entry.name()).stream()
                            .map(Environment::name)
                            .collect(Collectors.joining(", "));
                } catch (PlatformDefinitionException e) {
                    problem = Optional.of(e.diagnostic());
                }
            }
            if (problem.isPresent()) {
                broken++;
                out.println(entry.name() + "  BROKEN  error: " + problem.get().format());
            } else {
                out.println(entry.name() + "  (" + environments + ")");
            }
        }
        out.flush();
        if (broken > 0) {
            spec.commandLine()
                    .getErr()
                    .println("plinth: " + broken + " platform(s) broken; the others can be compiled");
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }
}
