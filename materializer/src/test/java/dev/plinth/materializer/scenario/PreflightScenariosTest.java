package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.PreflightException;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.TemplateStore;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect 4 of issue 9: what the folder and the options already say is refused before the first call; the deadline stops new stacks. */
class PreflightScenariosTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    @Test
    void aBucketThatCannotTakeTheLargeTemplatesIsRefusedBeforeAnyCall() {
        Platforms big = new Platforms();
        big.padding = 60_000;
        Path folder = big.write(dir);
        TemplateStore missing = new TemplateStore() {
            @Override
            public String put(String sha256, byte[] body) {
                throw new AssertionError("nothing is uploaded to a bucket that failed its check");
            }

            @Override
            public Optional<String> problem() {
                return Optional.of("template bucket plinth-nope cannot be used: it does not exist");
            }
        };

        assertThatThrownBy(() -> Run.run(
                        fake, folder, MaterializerOptions.apply("bucket").withTemplateStore(missing)))
                .isInstanceOf(PreflightException.class)
                .hasMessage("template bucket plinth-nope cannot be used: it does not exist");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void aTemplateChangedAfterCompilingIsRefusedBeforeAnyCallInAPlanToo() throws Exception {
        Path folder = new Platforms().write(dir);
        Files.writeString(
                folder.resolve("stacks/data.json"), Files.readString(folder.resolve("stacks/data.json")) + " ");

        assertThatThrownBy(() -> Run.plan(fake, folder))
                .isInstanceOf(PreflightException.class)
                .hasMessageStartingWith("stacks/data.json has sha-256 ")
                .hasMessageEndingWith("the folder was changed after it was compiled; compile again");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void aStackNameTheManifestDoesNotHaveIsRefusedBeforeAnyCall() {
        Path folder = new Platforms().write(dir);

        assertThatThrownBy(() ->
                        Run.run(fake, folder, MaterializerOptions.apply("typo").withStack("ap")))
                .isInstanceOf(PreflightException.class)
                .hasMessage("there is no stack named 'ap' in the manifest; it has network, app, data");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void aTimeoutIsPositive() {
        assertThatThrownBy(() -> MaterializerOptions.apply("t").withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the timeout must be positive, not PT0S");
        assertThatThrownBy(() -> MaterializerOptions.apply("t").withTimeout(Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeadlineStopsNewStacksFromStartingAndSaysTheTimedOutStackCarriesOn() {
        fake.operationStepMillis(60_000);

        Run run = Run.run(
                fake,
                new Platforms().write(dir),
                MaterializerOptions.apply("late").withParallelism(1).withTimeout(Duration.ofMinutes(2)));

        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.FAILED),
                        tuple("app", Outcome.SKIPPED),
                        tuple("data", Outcome.SKIPPED));
        assertThat(run.stack("network").message().orElseThrow())
                .isEqualTo("the run's deadline (--timeout) passed while CloudFormation was"
                        + " still working on the stack (CREATE_IN_PROGRESS); it carries on without Plinth, and the next run waits for it to finish"
                        + " before doing anything else");
        assertThat(run.stack("data").message())
                .contains("not started: the run's deadline (--timeout 2m) had passed; run again to go on");
        assertThat(fake.calls("CreateChangeSet", "shop-dev-data")).isZero();
    }

    @Test
    void expressModeMakesExpressChangeSetsAndIsRefusedForProduction() {
        Run run = Run.run(
                fake,
                new Platforms().write(dir.resolve("dev")),
                MaterializerOptions.apply("express").withExpress());

        assertThat(run.report.succeeded()).isTrue();
        assertThat(run.report.express()).isTrue();
        assertThat(fake.deploymentModes()).containsOnly("EXPRESS").hasSize(3);

        Platforms production = new Platforms();
        production.production = true;
        Path prod = production.write(dir.resolve("prod"));
        assertThatThrownBy(() ->
                        Run.run(fake, prod, MaterializerOptions.apply("express").withExpress()))
                .isInstanceOf(PreflightException.class)
                .hasMessageStartingWith("[EXPRESS_IN_PRODUCTION] --express: the dev environment is production");
    }
}
