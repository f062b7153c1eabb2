package dev.plinth.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Where materialize asks before it applies: whether someone can answer, and the answer.
 *
 * <p>Whether someone can answer depends on standard input alone: {@code plinth materialize DIR |
 * tee run.log} asks, although its standard output is a pipe. {@link System#console()} is not
 * enough for that (it is null as soon as standard output is not a terminal, and Java 17 has no
 * isatty), so on Linux the target of {@code /proc/self/fd/0} is read: a terminal is
 * {@code /dev/pts/N} or {@code /dev/ttyN}; a pipe or a file is not. Elsewhere only a console
 * counts. With {@code CI=true} nobody is asked, whatever the terminal.
 */
final class Terminal {
    static final Path STDIN = Path.of("/proc/self/fd/0");

    private final BooleanSupplier canAsk;
    private final Reader in;
    private BufferedReader lines;

    Terminal(BooleanSupplier canAsk, Reader in) {
        this.canAsk = canAsk;
        this.in = in;
    }

    /** The process's standard input. */
    static Terminal system() {
        return new Terminal(
                () -> !"true".equalsIgnoreCase(System.getenv("CI")) && (System.console() != null || isTerminal(STDIN)),
                new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Whether a person at a terminal can answer: standard input is a terminal, and this is not CI. */
    boolean canAsk() {
        return canAsk.getAsBoolean();
    }

    /** One line of the answer; null at the end of the input. */
    String readLine() throws IOException {
        if (lines == null) {
            lines = new BufferedReader(in);
        }
        return lines.readLine();
    }

    /** Whether {@code fd}, a file descriptor's link under /proc, leads to a terminal device. */
    static boolean isTerminal(Path fd) {
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
