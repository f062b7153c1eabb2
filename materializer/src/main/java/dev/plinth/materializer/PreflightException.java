package dev.plinth.materializer;

import java.util.List;

/**
 * What the compiled folder and the options already say is wrong, found before the first call to
 * AWS: nothing has been read or changed. Carries every problem at once.
 */
public final class PreflightException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public PreflightException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, with its fix. */
    public List<String> problems() {
        return problems;
    }
}
