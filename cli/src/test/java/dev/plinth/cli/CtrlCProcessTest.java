package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.report.JsonReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;

/**
 * Real SIGINTs ({@code kill -INT}) sent to {@code plinth materialize} running in a child JVM
 * against moto. Moto finishes every operation within the call that starts it, so a {@link
 * SlowProxy} holds each call for {@value #DELAY_MILLIS} ms: the network stack takes seconds, and
 * a signal sent when its first step is shown arrives while it is in flight, on every run. Linux and
 * macOS only (the {@code kill} command); skipped without moto unless PLINTH_REQUIRE_MOTO=1.
 */
class CtrlCProcessTest {
    private static final long DELAY_MILLIS = 300;
    private static final String NETWORK = "stateless-service-dev-network";

    @TempDir
    Path temp;

    private MotoServer moto;
    private SlowProxy proxy;
    private CloudFormationClient cloudFormation;
    private Path dir;
    private Process child;
    private final List<String> errLines = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(run("kill", "-l") == 0, "no kill command to send SIGINT with");
        moto = MotoServer.start(temp);
        proxy = SlowProxy.start(moto.endpoint(), Duration.ofMillis(DELAY_MILLIS));
        cloudFormation = new AwsClients("eu-west-1", Optional.empty(), Optional.of(URI.create(moto.endpoint())))
                .cloudFormation();
        dir = temp.resolve("out");
        assertThat(Main.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "compile",
                        "stateless-service",
                        "--env",
                        "dev",
                        "--out",
                        dir.toString()))
                .isZero();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (cloudFormation != null) {
            cloudFormation.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void oneCtrlCLetsTheStackInFlightEndStartsNoOtherWritesTheReportAndExits130() throws Exception {
        Path report = temp.resolve("run.json");
        Path out = startMaterialize("--report-json", report.toString());

        awaitErr(line -> line.contains("network  the stack does not exist yet"));
        interrupt();

        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();
        assertThat(child.exitValue()).as(describe(out)).isEqualTo(130);
        assertThat(errText())
                .contains("plinth: interrupted: starting no more stacks; waiting for the stacks in flight to end");
        assertThat(Files.readString(out)).contains("3 stacks: 1 applied, 0 unchanged, 0 failed, 2 skipped");
        RunReport written = JsonReport.parse(Files.readString(report));
        assertThat(written.stacks())
                .extracting(StackReport::outcome)
                .containsExactly(StackReport.Outcome.APPLIED, StackReport.Outcome.SKIPPED, StackReport.Outcome.SKIPPED);
        assertThat(liveStacks()).containsExactly(NETWORK + " (CREATE_COMPLETE)");
    }

    @Test
    void aSecondCtrlCExits130AtOnceAndNamesTheStackCloudFormationIsStillWorkingOn() throws Exception {
        Path out = startMaterialize();

        awaitErr(line -> line.contains("network  the stack does not exist yet"));
        interrupt();
        awaitErr(line -> line.contains("plinth: interrupted: starting no more stacks"));
        interrupt();

        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the process exits").isTrue();
        assertThat(child.exitValue()).as(describe(out)).isEqualTo(130);
        assertThat(errText())
                .contains(
                        "plinth: interrupted again: exiting now, with these stacks still in progress in CloudFormation:")
                .contains("  " + NETWORK + " (network)");
        assertThat(Files.readString(out))
                .as("no summary: the run did not get to its end")
                .doesNotContain("3 stacks:");
    }

    private Path startMaterialize(String... extra) throws IOException {
        Path out = temp.resolve("stdout.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Daws.accessKeyId=plinth-e2e",
                "-Daws.secretAccessKey=plinth-e2e",
                Main.class.getName(),
                "materialize",
                dir.toString(),
                "--yes",
                "--endpoint-url",
                proxy.url(),
                "--parallelism",
                "1"));
        command.addAll(List.of(extra));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().remove("CI");
        child = builder.start();
        CompletableFuture.runAsync(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (errLines) {
                        errLines.add(line);
                        errLines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        });
        return out;
    }

    private void awaitErr(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        synchronized (errLines) {
            while (errLines.stream().noneMatch(wanted)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                assertThat(left)
                        .as("waited for a line on standard error; got:\n%s", String.join("\n", errLines))
                        .isPositive();
                errLines.wait(Math.min(left, 500));
            }
        }
    }

    private String errText() throws InterruptedException {
        Thread.sleep(200);
        synchronized (errLines) {
            return String.join("\n", errLines);
        }
    }

    private void interrupt() throws IOException, InterruptedException {
        assertThat(run("kill", "-INT", Long.toString(child.pid()))).isZero();
    }

    private String describe(Path out) {
        try {
            return "stdout:\n" + Files.readString(out) + "\nstderr:\n" + errText() + "\nmoto log (tail):\n"
                    + moto.logTail();
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    private List<String> liveStacks() {
        List<String> names = new ArrayList<>();
        for (StackSummary summary : cloudFormation.listStacksPaginator(r -> {}).stackSummaries()) {
            if (!"DELETE_COMPLETE".equals(summary.stackStatusAsString())) {
                names.add(summary.stackName() + " (" + summary.stackStatusAsString() + ")");
            }
        }
        return names;
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
