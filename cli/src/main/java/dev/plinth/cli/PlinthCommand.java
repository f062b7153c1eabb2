package dev.plinth.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** {@code plinth}: the platform compiler. */
@Command(
    name = "plinth",
    mixinStandardHelpOptions = true,
    // Subcommands inherit the version provider: plinth plan --version prints what plinth --version does.
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Compiles platforms described in Java into CloudFormation templates, user-data and a manifest.",
    subcommands = {ListCommand.class, CompileCommand.class, ValidateCommand.class, GraphCommand.class, PlanCommand.class,
        MaterializeCommand.class, CompletionCommand.class, HelpCommand.class})
final class PlinthCommand {}
