package dev.plinth.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * {@code plinth}: the platform compiler. Holds what the commands take from the process around
 * them, so that tests can stand in for it: the terminal materialize asks on and Ctrl-C.
 */
@Command(
        name = "plinth",
        mixinStandardHelpOptions = true,
        // Subcommands inherit the version provider: plinth plan --version prints what plinth --version does.
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Compiles platforms described in Java into CloudFormation templates, user-data and a manifest.",
        subcommands = {
            ListCommand.class,
            CompileCommand.class,
            ValidateCommand.class,
            GraphCommand.class,
            PlanCommand.class,
            MaterializeCommand.class,
            CompletionCommand.class,
            HelpCommand.class
        })
final class PlinthCommand {
    private final Terminal terminal;
    private final Interrupts interrupts;

    PlinthCommand() {
        this(Terminal.system(), Interrupts.system());
    }

    PlinthCommand(Terminal terminal, Interrupts interrupts) {
        this.terminal = terminal;
        this.interrupts = interrupts;
    }

    Terminal terminal() {
        return terminal;
    }

    Interrupts interrupts() {
        return interrupts;
    }
}
