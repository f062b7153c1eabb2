package dev.plinth.cli;

/** The exit codes every command uses. */
final class ExitCode {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  /** Changes need a person's approval that was not given (--require-approval, a declined prompt): nothing was changed. */
  static final int NOT_APPROVED = 3;

  private ExitCode() {}
}
