package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/** Two runs against one environment at once, and long waits: the second run is refused; a wait says what it waits for. */
class ConcurrentRunsScenariosTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    @Test
    void aSecondRunWhileAnotherRunsOperationIsInProgressIsRefusedBeforeItsFirstChange() throws Exception {
        Path folder = new Platforms().write(dir);
        assertThat(catchThrowable(() -> Run.run(
                        Killer.afterFirst(fake, "executeChangeSet"),
                        fake,
                        folder,
                        MaterializerOptions.apply("first").withParallelism(1))))
                .isNotNull();
        fake.resetCalls();

        Run second = Run.run(fake, folder, MaterializerOptions.apply("second"));

        assertThat(second.stack("network").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(second.stack("network").message().orElseThrow())
                .startsWith(
                        "stack shop-dev-network is CREATE_IN_PROGRESS, started by" + " Plinth run first at 2026-01-01T")
                .contains("another run is applying this environment");
        assertThat(second.stack("data").message())
                .contains("not started: Plinth stopped the run before its first change because of stack network");
        assertThat(fake.calls("CreateChangeSet") + fake.calls("DeleteStack") + fake.calls("DeleteChangeSet"))
                .isZero();

        fake.ticker().sleep(600_000);
        assertThat(Run.run(fake, folder, MaterializerOptions.apply("third"))
                        .report
                        .succeeded())
                .isTrue();
    }

    @Test
    void aSecondRunWhileAnotherRunIsCreatingAChangeSetIsRefused() {
        Path folder = new Platforms().write(dir);
        assertThat(catchThrowable(() -> Run.run(
                        Killer.afterFirst(fake, "createChangeSet"),
                        fake,
                        folder,
                        MaterializerOptions.apply("first").withParallelism(1))))
                .isNotNull();

        Run second = Run.run(fake, folder, MaterializerOptions.apply("second"));

        assertThat(second.stack("network").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(second.stack("network").message().orElseThrow())
                .startsWith("Plinth run first is creating change set plinth-network on this stack right now");
    }

    @Test
    void aStopRequestLetsTheStackInFlightFinishAndStartsNoOther() throws Exception {
        Materializer materializer = new Materializer(fake, fake.ticker(), new CallCounter());
        RunListener interrupt = new RunListener() {
            @Override
            public void stackEvent(String stack, StackEvent event, int done, int total) {
                materializer.requestStop();
            }
        };

        RunReport report = materializer.run(
                CompiledOutputs.read(new Platforms().write(dir)),
                MaterializerOptions.apply("stopped").withParallelism(1),
                interrupt);

        assertThat(report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.APPLIED),
                        tuple("app", Outcome.SKIPPED),
                        tuple("data", Outcome.SKIPPED));
        assertThat(report.stacks().get(2).message())
                .contains("not started: the run was interrupted (Ctrl-C) before it could start; run again to go on");
        assertThat(fake.calls("CreateChangeSet", "shop-dev-data")).isZero();
    }

    @Test
    void aLongWaitSaysWhatItWaitsForEvery30Seconds() {
        Seeds.owned(fake, "network")
                .status("UPDATE_IN_PROGRESS")
                .template("{\"Resources\":{\"Vpc\":{\"Type\":\"AWS::EC2::VPC\"}}}")
                .settlesAfter(120_000, "UPDATE_COMPLETE")
                .create();

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.report.succeeded()).isTrue();
        assertThat(run.progress)
                .filteredOn(p -> p.matches("network: waiting for UPDATE_IN_PROGRESS to settle \\(\\d+ s so far\\)"))
                .hasSizeBetween(2, 5);
    }
}
