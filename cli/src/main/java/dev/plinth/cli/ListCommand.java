package dev.plinth.cli;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plinth list}: the platforms found and their environments. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the platforms on the class path and their environments.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "Extra jars and folders to find platforms in.")
    String classpath;

    @Override
    public Integer call() {
        for (Platform platform : PlatformCatalog.load(classpath).all()) {
            spec.commandLine()
                    .getOut()
                    .println(platform.name() + "  ("
                            + platform.environments().stream()
                                    .map(Environment::name)
                                    .collect(Collectors.joining(", ")) + ")");
        }
        return ExitCode.OK;
    }
}
