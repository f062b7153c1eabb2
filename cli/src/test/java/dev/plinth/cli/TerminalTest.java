package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether materialize can ask: standard input's link under /proc leads to a terminal device, a
 * pipe or a file. The links here are made in a temporary folder, pointing where /proc's would.
 */
class TerminalTest {
    @TempDir
    Path temp;

    @Test
    void aPseudoTerminalOrATtyIsATerminal() throws IOException {
        assertThat(linkedTo("/dev/pts/3")).isTrue();
        assertThat(linkedTo("/dev/tty1")).isTrue();
    }

    @Test
    void aPipeOrAFileIsNot() throws IOException {
        assertThat(linkedTo("pipe:[48213]")).isFalse();
        assertThat(linkedTo("/home/ci/answers.txt")).isFalse();
        assertThat(linkedTo("/dev/null")).isFalse();
    }

    @Test
    void somethingThatIsNotALinkIsNotATerminal() throws IOException {
        assertThat(Terminal.isTerminal(Files.writeString(temp.resolve("file"), "y\n")))
                .isFalse();
        assertThat(Terminal.isTerminal(temp.resolve("missing"))).isFalse();
    }

    /** Whether a link like /proc/self/fd/0 leading to {@code target} counts as a terminal; the link is removed afterwards. */
    private boolean linkedTo(String target) throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("0"), Path.of(target));
        try {
            return Terminal.isTerminal(link);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void answersAreReadALineAtATimeUntilTheInputEnds() throws IOException {
        Terminal terminal = new Terminal(() -> true, new StringReader("n\nyes\n"));

        assertThat(terminal.canAsk()).isTrue();
        assertThat(terminal.readLine()).isEqualTo("n");
        assertThat(terminal.readLine()).isEqualTo("yes");
        assertThat(terminal.readLine()).isNull();
    }
}
