package dev.plinth.cli;

import picocli.CommandLine.Command;

/** {@code plinth}: the platform compiler. */
@Command(
    name = "plinth",
    mixinStandardHelpOptions = true,
    version = "plinth 0.1.0",
    description = "Compiles platforms described in Java into CloudFormation templates, user-data and a manifest.",
    subcommands = {ListCommand.class, CompileCommand.class, ValidateCommand.class, GraphCommand.class, PlanCommand.class,
        MaterializeCommand.class})
final class PlinthCommand {}
