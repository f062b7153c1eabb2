package dev.plinth.cli;

import dev.plinth.PlatformDefinitionException;
import dev.plinth.materializer.IdentityException;
import dev.plinth.materializer.PreflightException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import picocli.CommandLine;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The {@code plinth} command's entry point. Exit codes: 0 ok, 1 failed, 2 usage, 3 declined, 130
 * interrupted (see {@link ExitCode}); with {@code plan --detailed-exitcode}, 2 means changes and
 * a usage error exits 1.
 */
public final class Main {
    static final String DETAILED_EXITCODE = "--detailed-exitcode";

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Runs one command line, printing to the given writers; for tests and in-process callers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new PlinthCommand(), out, err, args);
    }

    /** Runs one command line with the given terminal and Ctrl-C ({@link PlinthCommand}'s), for tests. */
    static int run(PlinthCommand plinth, PrintWriter out, PrintWriter err, String... args) {
        CommandLine command = new CommandLine(plinth);
        command.setOut(out);
        command.setErr(err);
        boolean detailed = Arrays.stream(args)
                        .filter(a -> !a.startsWith("-"))
                        .findFirst()
                        .filter("plan"::equals)
                        .isPresent()
                && Arrays.asList(args).contains(DETAILED_EXITCODE);
        CommandLine.IParameterExceptionHandler usage = command.getParameterExceptionHandler();
        command.setParameterExceptionHandler(
                (e, arguments) -> detailed(usage.handleParseException(e, arguments), detailed));
        command.setExecutionExceptionHandler((e, line, parsed) -> {
            out.flush();
            return detailed(failed(e, err), detailed);
        });
        int code = command.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * With {@code plan --detailed-exitcode}, 2 means "changes", so a usage error exits 1 like every
     * other error: a CI job that takes 2 for changes never mistakes a mistyped option for a plan.
     */
    private static int detailed(int code, boolean detailed) {
        return detailed && code == ExitCode.USAGE ? ExitCode.FAILED : code;
    }

    /**
     * What a command that threw prints, and its exit code. A usage error is exit 2; a compiled
     * folder the materializer refuses before its first call lists every problem; a file, an
     * argument or AWS that failed is its message alone, without exception class or stack trace.
     * Who the credentials are, or why they cannot be used, is one coded line ({@code [NO_CREDENTIALS]},
     * {@code [WRONG_ACCOUNT]}, …): exit 1, except a profile that does not exist, a usage error.
     * Anything else is a bug in Plinth and is shown as it is.
     */
    static int failed(Exception e, PrintWriter err) {
        if (e instanceof UsageException) {
            err.println("plinth: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof IdentityException identity) {
            err.println("plinth: " + identity.line());
            return identity.code() == IdentityException.Code.NO_PROFILE ? ExitCode.USAGE : ExitCode.FAILED;
        }
        if (e instanceof PlatformsNotLoadedException notLoaded) {
            notLoaded.diagnostics().forEach(d -> err.println("error: " + d.format()));
            err.println("plinth: " + notLoaded.getMessage());
            return ExitCode.FAILED;
        }
        if (e instanceof PlatformDefinitionException definition) {
            err.println("error: " + definition.diagnostic().format());
            return ExitCode.FAILED;
        }
        if (e instanceof PreflightException preflight) {
            err.println("plinth: refused before the first change to AWS; nothing was changed:");
            preflight.problems().forEach(problem -> err.println("  - " + problem));
            return ExitCode.FAILED;
        }
        if (e instanceof IOException
                || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException
                || e instanceof SdkException) {
            err.println("plinth: " + describe(e));
            return ExitCode.FAILED;
        }
        err.println("plinth: " + e);
        return ExitCode.FAILED;
    }

    /** An error's message as a user reads it: a file system error without a reason says what went wrong with its file. */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            String message = e.getMessage();
            return message == null || message.equals(e.getCause().toString()) ? describe(e.getCause()) : message;
        }
        if (e instanceof FileSystemException fileSystem
                && fileSystem.getReason() == null
                && fileSystem.getFile() != null) {
            String file = fileSystem.getFile()
                    + (fileSystem.getOtherFile() == null ? "" : " -> " + fileSystem.getOtherFile());
            if (e instanceof NoSuchFileException) {
                return file + " does not exist";
            }
            if (e instanceof AccessDeniedException) {
                return file + ": permission denied";
            }
            if (e instanceof NotDirectoryException) {
                return file + " is not a folder";
            }
            if (e instanceof FileAlreadyExistsException) {
                return file + " already exists";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return file + " is a folder that is not empty";
            }
            return file + ": input/output error";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an error without a message" : message;
    }
}
