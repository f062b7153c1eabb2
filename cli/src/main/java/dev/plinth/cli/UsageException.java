package dev.plinth.cli;

/** The command line asked for something that does not exist (a platform, an environment). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
