package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * materialize's question before it applies, through the plinth command against moto, with the
 * terminal the command asks on standing in for standard input ({@link Terminal}). Each test has
 * its own moto. Skipped when python3 has no moto, unless PLINTH_REQUIRE_MOTO=1.
 */
class PromptMotoTest {

    @TempDir
    Path temp;

    private MotoPlatform platform;
    private MotoServer moto;
    private Path dir;

    @BeforeEach
    void startMotoAndCompile() throws Exception {
        platform = MotoPlatform.start(temp);
        moto = platform.moto;
        dir = platform.dir;
    }

    @AfterEach
    void stopMoto() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void decliningThePromptExitsThreeAndChangesNothing() {
        Run run = plinth(answering("n\n"), "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

        assertThat(run.code).as(run.describe()).isEqualTo(3);
        assertThat(run.out)
                .contains("3 stacks: 3 to change")
                .endsWith("Nothing applied: nothing changed." + System.lineSeparator());
        assertThat(run.err).endsWith("Apply these changes? [y/N] ");
        assertThat(liveStacks()).isEmpty();
    }

    @Test
    void theEndOfTheInputAtThePromptDeclinesToo() {
        Run run = plinth(answering(""), "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

        assertThat(run.code).as(run.describe()).isEqualTo(3);
        assertThat(run.out).endsWith("Nothing applied: nothing changed." + System.lineSeparator());
        assertThat(liveStacks()).isEmpty();
    }

    @Test
    void answeringYesAppliesWhatThePlanShowed() {
        Run run = plinth(answering("y\n"), "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

        assertThat(run.code).as(run.describe()).isZero();
        assertThat(run.out)
                .contains("3 stacks: 3 to change")
                .contains("3 stacks: 3 applied, 0 unchanged, 0 failed, 0 skipped");
        assertThat(liveStacks()).hasSize(3).allMatch(stack -> stack.endsWith("(CREATE_COMPLETE)"));
    }

    @Test
    void whenNobodyCanAnswerChangesThatNeedApprovalAreRefusedWithExitThreeAndNothingAsked() {
        Terminal noTerminal = new Terminal(() -> false, new StringReader("y\n"));

        Run run = plinth(noTerminal, "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err)
                .contains("plinth: [NEEDS_APPROVAL] these changes need approval (--require-approval broadening) and"
                        + " there is no terminal to ask on; nothing changed:")
                .doesNotContain("Apply these changes?");
        assertThat(liveStacks()).isEmpty();
    }

    private static Terminal answering(String input) {
        return new Terminal(() -> true, new StringReader(input));
    }

    /** Every stack in moto that is not DELETE_COMPLETE, with its status. */
    private List<String> liveStacks() {
        return platform.liveStacks();
    }

    private Run plinth(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PlinthCommand(terminal, new TestSignals().interrupts()),
                new PrintWriter(out),
                new PrintWriter(err),
                args);
        return new Run(code, out.toString(), err.toString(), moto.logTail());
    }

    private record Run(int code, String out, String err, String motoLog) {
        String describe() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err + "\nmoto log (tail):\n" + motoLog;
        }
    }
}
