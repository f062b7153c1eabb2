package dev.plinth.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code plinth} command's entry point. Exit codes: 0 ok, 1 failed, 2 usage. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, args));
  }

  /** Runs one command line, printing to the given writers; for tests and in-process callers. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine command = new CommandLine(new PlinthCommand());
    command.setOut(out);
    command.setErr(err);
    command.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof UsageException) {
        err.println("plinth: " + e.getMessage());
        return ExitCode.USAGE;
      }
      err.println("plinth: " + e);
      return ExitCode.FAILED;
    });
    int code = command.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
