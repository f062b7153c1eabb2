package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.Ticker;
import dev.plinth.materializer.report.TerminalProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What Ctrl-C does during a run, through the seam the commands use: {@link TestSignals} stands in
 * for SIGINT and records the exit the second Ctrl-C asks for. {@code CtrlCMotoTest} shows the same
 * through the plinth command against moto, and with real signals sent to a child JVM.
 */
class InterruptsTest {
    private final StringWriter err = new StringWriter();
    private final TerminalProgress progress =
            new TerminalProgress(new PrintWriter(err), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), false);
    private final Materializer materializer = new Materializer(null, Ticker.SYSTEM, new CallCounter());
    private final TestSignals signals = new TestSignals();

    @Test
    void aRunInstallsItsHandlerAndGivesCtrlCBackWhenItEnds() {
        try (Interrupts.Watch watch = signals.interrupts().watch(materializer, progress, RunReport.Mode.APPLY)) {
            assertThat(signals.installed()).isTrue();
            assertThat(watch.interrupted()).isFalse();
        }
        assertThat(signals.installed()).isFalse();
    }

    @Test
    void theFirstCtrlCNamesTheStacksInFlightAndDoesNotExit() {
        try (Interrupts.Watch watch = signals.interrupts().watch(materializer, progress, RunReport.Mode.APPLY)) {
            start(watch, "network", "shop-prod-network");
            start(watch, "dns", "shop-prod-dns");

            signals.ctrlC();

            assertThat(watch.interrupted()).isTrue();
        }
        assertThat(signals.exits()).isEmpty();
        assertThat(err.toString())
                .contains(
                        "1970-01-01T00:00:00Z plinth: interrupted: starting no more stacks; waiting for the stacks in flight "
                                + "to end, since a CloudFormation operation cannot be stopped safely half-way: shop-prod-network (network), shop-prod-dns (dns). "
                                + "Press Ctrl-C again to exit at once.");
    }

    @Test
    void theSecondCtrlCExits130AtOnceNamingTheCloudFormationStacksStillInProgress() {
        try (Interrupts.Watch watch = signals.interrupts().watch(materializer, progress, RunReport.Mode.APPLY)) {
            start(watch, "network", "shop-prod-network");
            start(watch, "dns", "shop-prod-dns");
            watch.stackFinished(finished("dns", "shop-prod-dns"));

            signals.ctrlC();
            signals.ctrlC();
        }

        assertThat(signals.exits()).containsExactly(130);
        assertThat(err.toString()).contains("""
        1970-01-01T00:00:00Z plinth: interrupted again: exiting now, with these stacks still in progress in CloudFormation:
        1970-01-01T00:00:00Z   shop-prod-network (network)
        1970-01-01T00:00:00Z CloudFormation goes on with their operations without Plinth. Until they end, a new run refuses these \
        stacks as another run's: wait for them (the CloudFormation console shows them), then run again.
        """).doesNotContain("  shop-prod-dns");
    }

    @Test
    void aPlanSaysItsChangeSetsAreDeletedOrLeftForTheNextRun() {
        try (Interrupts.Watch watch = signals.interrupts().watch(materializer, progress, RunReport.Mode.PLAN)) {
            start(watch, "network", "shop-prod-network");
            signals.ctrlC();
            signals.ctrlC();
        }

        assertThat(err.toString())
                .contains(
                        "plinth: interrupted: planning no more stacks; the stacks being planned end and delete their change sets: "
                                + "shop-prod-network (network).")
                .contains(
                        "Their change sets (plinth-STACK), and the empty REVIEW_IN_PROGRESS stacks of new stacks, may be left behind; the next "
                                + "plan or materialize deletes them.");
    }

    @Test
    void aStackAnnouncedButNotYetAtWorkIsNotInFlight() {
        try (Interrupts.Watch watch = signals.interrupts().watch(materializer, progress, RunReport.Mode.PLAN)) {
            start(watch, "network", "shop-prod-network");
            watch.stackStarted("dns", "shop-prod-dns");
            signals.ctrlC();
            assertThat(watch.interrupted()).isTrue();
        }

        assertThat(err.toString())
                .contains("the stacks being planned end and delete their change sets: shop-prod-network (network).")
                .doesNotContain("shop-prod-dns (dns)");
    }

    @Test
    void withNothingInFlightCtrlCSaysSo() {
        try (Interrupts.Watch watch = signals.interrupts().watch(materializer, progress, RunReport.Mode.APPLY)) {
            signals.ctrlC();
            signals.ctrlC();
            assertThat(watch.interrupted()).isTrue();
        }

        assertThat(err.toString())
                .contains("plinth: interrupted: starting no more stacks. Press Ctrl-C again to exit at once.")
                .contains("plinth: interrupted again: exiting now; no stack was in flight.");
        assertThat(signals.exits()).containsExactly(130);
    }

    @Test
    void theListenerStillShowsProgress() {
        try (Interrupts.Watch watch = signals.interrupts().watch(materializer, progress, RunReport.Mode.APPLY)) {
            watch.stackStarted("network", "shop-prod-network");
            watch.stackStep("network", "creating change set");
            watch.stackFinished(finished("network", "shop-prod-network"));
        }

        assertThat(err.toString())
                .contains("network  started (shop-prod-network)")
                .contains("network  creating change set")
                .contains("network  applied in 1.0s");
    }

    /** A stack as the materializer reports one it works on: announced, then its first step. */
    private static void start(Interrupts.Watch watch, String stack, String stackName) {
        watch.stackStarted(stack, stackName);
        watch.stackStep(stack, "comparing with the deployed stack");
    }

    private static StackReport finished(String stack, String stackName) {
        return new StackReport(
                stack,
                stackName,
                StackReport.Action.CREATE,
                StackReport.Outcome.APPLIED,
                List.of(),
                List.of(),
                List.of(),
                1_000,
                Optional.empty(),
                Map.of(),
                4);
    }
}
