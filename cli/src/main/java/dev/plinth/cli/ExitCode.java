package dev.plinth.cli;

/**
 * The exit codes every command uses: 0 ok, 1 failed, 2 usage, 3 declined (nothing applied
 * because the changes were not approved), 130 interrupted (Ctrl-C). {@code plan
 * --detailed-exitcode} gives 2 its own meaning: changes present.
 */
final class ExitCode {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** {@code plan --detailed-exitcode}: the plan succeeded and has changes. */
    static final int CHANGES = 2;
    /**
     * Nothing was applied because changes need a person's approval that was not given: declined at
     * materialize's prompt, or refused under --require-approval with nobody to ask.
     */
    static final int NOT_APPROVED = 3;
    /** Interrupted with Ctrl-C (128 + SIGINT's 2, as shells report it). */
    static final int INTERRUPTED = 130;

    private ExitCode() {}
}
