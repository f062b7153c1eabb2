package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.report.JsonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during plan and materialize, through the plinth command against moto. Ctrl-C is the seam
 * the commands use ({@link TestSignals}), pressed from the progress output when the network
 * stack's convergence begins, so the moment is the same on every run. Each test has its own moto.
 * Skipped when python3 has no moto, unless PLINTH_REQUIRE_MOTO=1. {@code CtrlCProcessTest} sends
 * real signals to a child JVM.
 */
class CtrlCMotoTest {
    private static final String NETWORK = "stateless-service-dev-network";
    /** The network stack's first step, once its convergence has begun: where Ctrl-C is pressed. */
    private static final String NETWORK_AT_WORK = "network  the stack does not exist yet";

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
    void theFirstCtrlCStartsNoMoreStacksLetsTheOneInFlightEndWritesTheReportsAndExits130() throws IOException {
        TestSignals signals = new TestSignals();
        Path report = temp.resolve("reports/run.json");

        Run run = plinth(
                answering(""),
                signals,
                new CtrlC(signals, 1),
                "materialize",
                dir.toString(),
                "--endpoint-url",
                moto.endpoint(),
                "--yes",
                "--report-json",
                report.toString());

        assertThat(run.code).as(run.describe()).isEqualTo(130);
        assertThat(run.err)
                .contains(
                        "plinth: interrupted: starting no more stacks; waiting for the stacks in flight to end, since a "
                                + "CloudFormation operation cannot be stopped safely half-way: " + NETWORK
                                + " (network). Press Ctrl-C again to exit at once.");
        assertThat(run.out).contains("3 stacks: 1 applied, 0 unchanged, 0 failed, 2 skipped");
        RunReport written = JsonReport.parse(Files.readString(report));
        assertThat(stack(written, "network").outcome()).isEqualTo(StackReport.Outcome.APPLIED);
        assertThat(stack(written, "bastion").outcome()).isEqualTo(StackReport.Outcome.SKIPPED);
        assertThat(stack(written, "bastion").message())
                .hasValue("not started: the run was interrupted (Ctrl-C) before it could start; run again to go on");
        assertThat(stack(written, "service").outcome()).isEqualTo(StackReport.Outcome.SKIPPED);
        assertThat(stack(written, "service").message())
                .hasValue("skipped: it depends on stack bastion, which was skipped");
        assertThat(liveStacks()).containsExactly(NETWORK + " (CREATE_COMPLETE)");
        assertThat(signals.exits()).isEmpty();
        assertThat(signals.installed())
                .as("Ctrl-C is given back to the JVM after the run")
                .isFalse();
    }

    @Test
    void aSecondCtrlCExits130AtOnceNamingTheStackStillInProgressInCloudFormation() {
        TestSignals signals = new TestSignals();

        Run run = plinth(
                answering(""),
                signals,
                new CtrlC(signals, 2),
                "materialize",
                dir.toString(),
                "--endpoint-url",
                moto.endpoint(),
                "--yes");

        assertThat(signals.exits()).containsExactly(130);
        assertThat(run.err)
                .contains(
                        "plinth: interrupted again: exiting now, with these stacks still in progress in CloudFormation:");
        assertThat(run.err.lines().filter(line -> line.endsWith("  " + NETWORK + " (network)")))
                .hasSize(1);
        assertThat(run.err)
                .contains(
                        "CloudFormation goes on with their operations without Plinth. Until they end, a new run refuses these "
                                + "stacks as another run's");
    }

    @Test
    void anInterruptedPlanExits130EvenWithDetailedExitCodesAndLeavesNoChangeSetOrEmptyStackBehind() {
        TestSignals signals = new TestSignals();

        Run run = plinth(
                answering(""),
                signals,
                new CtrlC(signals, 1),
                "plan",
                dir.toString(),
                "--endpoint-url",
                moto.endpoint(),
                "--parallelism",
                "1",
                "--detailed-exitcode");

        assertThat(run.code).as(run.describe()).isEqualTo(130);
        assertThat(run.err)
                .contains(
                        "plinth: interrupted: planning no more stacks; the stacks being planned end and delete their change sets: "
                                + NETWORK + " (network).");
        assertThat(run.out).contains("3 stacks: 1 to change, 0 unchanged, 0 failed, 2 skipped");
        assertThat(liveStacks())
                .as("the network stack's REVIEW_IN_PROGRESS stack was deleted")
                .isEmpty();
    }

    @Test
    void ctrlCDuringThePlanMaterializeShowsFirstEndsTheRunWithoutAsking() {
        TestSignals signals = new TestSignals();

        Run run = plinth(
                answering("y\n"),
                signals,
                new CtrlC(signals, 1),
                "materialize",
                dir.toString(),
                "--endpoint-url",
                moto.endpoint(),
                "--parallelism",
                "1");

        assertThat(run.code).as(run.describe()).isEqualTo(130);
        assertThat(run.err).doesNotContain("Apply these changes?");
        assertThat(run.out).contains("2 skipped").doesNotContain("applied,");
        assertThat(liveStacks()).isEmpty();
    }

    private static Terminal answering(String input) {
        return new Terminal(() -> true, new StringReader(input));
    }

    /** Every stack in moto that is not DELETE_COMPLETE, with its status. */
    private List<String> liveStacks() {
        return platform.liveStacks();
    }

    private static StackReport stack(RunReport report, String name) {
        return report.stacks().stream()
                .filter(s -> s.stack().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stack " + name + " in the report"));
    }

    private Run plinth(Terminal terminal, TestSignals signals, CtrlC ctrlC, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = ctrlC != null ? ctrlC : new StringWriter();
        int code = Main.run(
                new PlinthCommand(terminal, signals.interrupts()), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString(), moto.logTail());
    }

    /** Standard error that presses Ctrl-C {@code presses} times as soon as the network stack is shown at work. */
    private static final class CtrlC extends StringWriter {
        private final TestSignals signals;
        private final int presses;
        private boolean pressed;

        CtrlC(TestSignals signals, int presses) {
            this.signals = signals;
            this.presses = presses;
        }

        @Override
        public void write(String text, int offset, int length) {
            super.write(text, offset, length);
            if (!pressed && getBuffer().indexOf(NETWORK_AT_WORK) >= 0) {
                pressed = true;
                for (int i = 0; i < presses; i++) {
                    signals.ctrlC();
                }
            }
        }
    }

    private record Run(int code, String out, String err, String motoLog) {
        String describe() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err + "\nmoto log (tail):\n" + motoLog;
        }
    }
}
