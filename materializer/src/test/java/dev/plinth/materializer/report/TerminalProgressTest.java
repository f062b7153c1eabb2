package dev.plinth.materializer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

class TerminalProgressTest {
    private static final String ESC = "\u001b";
    private final StringWriter written = new StringWriter();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void printsTimestampedLinesInPlainMode() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(written), clock, false);

        progress.stackStarted("network", "demo-dev-network");
        clock.advance(Duration.ofMillis(5_400));
        progress.stackEvent("network", event("UPDATE_IN_PROGRESS", "AWS::EC2::Subnet", "NetworkSubnetA", null), 3, 12);
        progress.stackStarted("app", "demo-dev-app");
        progress.stackEvent("app", event("CREATE_FAILED", "AWS::EC2::Instance", "Web", "Invalid AMI"), 1, 4);
        clock.advance(Duration.ofSeconds(2));
        progress.stackFinished(report("network", Outcome.APPLIED, 7_400, Optional.empty()));

        assertThat(written.toString()).isEqualTo("""
        2026-11-23T10:00:00Z network  started (demo-dev-network)
        2026-11-23T10:00:05Z network  UPDATE_IN_PROGRESS  AWS::EC2::Subnet NetworkSubnetA (3/12)
        2026-11-23T10:00:05Z app      started (demo-dev-app)
        2026-11-23T10:00:05Z app      CREATE_FAILED       AWS::EC2::Instance Web (1/4): Invalid AMI
        2026-11-23T10:00:07Z network  applied in 7.4s
        """);
    }

    @Test
    void redrawsOneLinePerStackInPlaceOnATerminal() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(written), clock, true);

        progress.stackStarted("network", "demo-dev-network");
        progress.stackStarted("app", "demo-dev-app");
        clock.advance(Duration.ofMillis(3_200));
        progress.stackEvent("network", event("CREATE_IN_PROGRESS", "AWS::EC2::VPC", "Vpc", null), 1, 3);
        progress.stackStep("app", "waiting for network");
        clock.advance(Duration.ofSeconds(10));
        progress.stackFinished(report("network", Outcome.APPLIED, 13_200, Optional.empty()));
        progress.stackFinished(report("app", Outcome.SKIPPED, 0, Optional.of("network failed")));

        String output = written.toString();
        assertThat(output)
                .startsWith("\r" + ESC + "[2Knetwork  -        0.0s      started\n"
                        + ESC + "[1A\r" + ESC + "[2Knetwork  -        0.0s      started\n"
                        + "\r" + ESC + "[2Kapp      -        0.0s      started\n"
                        + ESC + "[2A\r" + ESC + "[2Knetwork  1/3      3.2s      CREATE_IN_PROGRESS Vpc\n"
                        + "\r" + ESC + "[2Kapp      -        3.2s      started\n");
        assertThat(output)
                .endsWith(ESC + "[2A"
                        + "\r" + ESC + "[2Knetwork  1/3      13.2s     applied\n"
                        + "\r" + ESC + "[2Kapp      -        0.0s      skipped: network failed\n");
        assertThat(finalScreen(output))
                .containsExactly(
                        "network  1/3      13.2s     applied", "app      -        0.0s      skipped: network failed");
    }

    @Test
    void refreshMovesTheElapsedTimeOfRunningStacksOnly() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(written), clock, true);
        progress.stackStarted("network", "demo-dev-network");
        progress.stackStarted("app", "demo-dev-app");
        progress.stackFinished(report("app", Outcome.UNCHANGED, 900, Optional.empty()));

        clock.advance(Duration.ofSeconds(64));
        progress.refresh();

        assertThat(finalScreen(written.toString()))
                .containsExactly("network  -        1m04s     started", "app      -        0.9s      unchanged");
    }

    @Test
    void aNoteOnATerminalStaysAboveTheLiveLinesWhichGoOnBelowIt() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(written), clock, true);
        progress.stackStarted("network", "demo-dev-network");
        progress.stackStarted("app", "demo-dev-app");

        progress.note("plinth: interrupted: starting no more stacks");
        clock.advance(Duration.ofSeconds(2));
        progress.stackFinished(report("network", Outcome.APPLIED, 2_000, Optional.empty()));

        assertThat(finalScreen(written.toString()))
                .containsExactly(
                        "plinth: interrupted: starting no more stacks",
                        "network  -        2.0s      applied",
                        "app      -        2.0s      started");
    }

    @Test
    void aNoteInPlainModeIsATimestampedLinePerLine() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(written), clock, false);

        progress.note("plinth: interrupted again\n  demo-dev-network");

        assertThat(written.toString()).isEqualTo("""
        2026-11-23T10:00:00Z plinth: interrupted again
        2026-11-23T10:00:00Z   demo-dev-network
        """);
    }

    @Test
    void cutsLiveLinesThatWouldWrap() {
        TerminalProgress progress = new TerminalProgress(new PrintWriter(written), clock, true);

        progress.stackFinished(report("network", Outcome.FAILED, 1_000, Optional.of("x".repeat(200))));

        List<String> screen = finalScreen(written.toString());
        assertThat(screen.get(0)).hasSize(TerminalProgress.WIDTH).endsWith("x…");
    }

    @Test
    void keepsLinesWholeWhenStacksReportConcurrently() throws Exception {
        TerminalProgress progress =
                new TerminalProgress(new PrintWriter(written), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> tasks = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            String stack = "stack" + s;
            tasks.add(pool.submit(() -> {
                for (int i = 1; i <= 200; i++) {
                    progress.stackEvent(
                            stack, event("CREATE_IN_PROGRESS", "AWS::SNS::Topic", "Topic" + i, null), i, 200);
                }
            }));
        }
        for (Future<?> task : tasks) {
            task.get();
        }
        pool.shutdown();

        assertThat(written.toString().lines())
                .hasSize(800)
                .allMatch(line -> line.matches(
                        "1970-01-01T00:00:00Z stack\\d  CREATE_IN_PROGRESS  AWS::SNS::Topic Topic\\d+ \\(\\d+/200\\)"));
    }

    /** What a terminal shows after the output: cursor-up moves back, a cleared line is overwritten. */
    private static List<String> finalScreen(String output) {
        List<String> screen = new ArrayList<>();
        int row = 0;
        int i = 0;
        while (i < output.length()) {
            if (output.startsWith(ESC + "[", i)) {
                int end = i + 2;
                while (!Character.isLetter(output.charAt(end))) {
                    end++;
                }
                if (output.charAt(end) == 'A') {
                    row -= Integer.parseInt(output.substring(i + 2, end));
                }
                i = end + 1;
            } else if (output.charAt(i) == '\r') {
                i++;
            } else {
                int newline = output.indexOf('\n', i);
                String text = output.substring(i, newline);
                if (row == screen.size()) {
                    screen.add(text);
                } else {
                    screen.set(row, text);
                }
                row++;
                i = newline + 1;
            }
        }
        return screen;
    }

    private static StackEvent event(String status, String type, String logicalId, String reason) {
        return StackEvent.builder()
                .resourceStatus(status)
                .resourceType(type)
                .logicalResourceId(logicalId)
                .resourceStatusReason(reason)
                .build();
    }

    private static StackReport report(String stack, Outcome outcome, long millis, Optional<String> message) {
        return new StackReport(
                stack,
                "demo-dev-" + stack,
                Action.UPDATE,
                outcome,
                List.of(),
                List.of(),
                List.of(),
                millis,
                message,
                Map.of(),
                3);
    }

    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
