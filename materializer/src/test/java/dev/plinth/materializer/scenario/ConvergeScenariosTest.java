package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** The everyday runs: create, update, nothing to do, outputs flowing downstream. */
class ConvergeScenariosTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    @Test
    void aServerErrorThatOutlastsTheRetriesNamesTheCallTheAttemptsAndTheTime() {
        fake.failCall(
                "CreateChangeSet",
                "shop-dev-data",
                12,
                500,
                "InternalFailure",
                "We encountered an internal error. Please try again.");

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.stack("data").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run.stack("data").message().orElseThrow())
                .matches("CreateChangeSet to CloudFormation failed after 12 attempts over \\d+ s:"
                        + " InternalFailure: We encountered an internal error\\. Please try again\\.");
        assertThat(run.stack("network").outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void createsEveryStackInDependencyOrderAndPassesOutputsDownstream() {
        Run run = Run.apply(fake, new Platforms().write(dir.resolve("v1")));

        assertThat(run.report.succeeded()).as("%s", run.report).isTrue();
        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::action, StackReport::outcome)
                .containsExactly(
                        tuple("network", Action.CREATE, Outcome.APPLIED),
                        tuple("app", Action.CREATE, Outcome.APPLIED),
                        tuple("data", Action.CREATE, Outcome.APPLIED));
        Stack network = stack("shop-dev-network");
        Stack app = stack("shop-dev-app");
        String vpcId = network.outputs().stream()
                .filter(o -> o.outputKey().equals("Vpc"))
                .findFirst()
                .orElseThrow()
                .outputValue();
        assertThat(app.parameters()).anySatisfy(p -> {
            assertThat(p.parameterKey()).isEqualTo("NetworkVpc");
            assertThat(p.parameterValue()).isEqualTo(vpcId);
        });
        assertThat(network.tags())
                .anySatisfy(t -> assertThat(t.key() + "=" + t.value()).isEqualTo("tier=network"));
        assertThat(network.tags()).anySatisfy(t -> assertThat(t.key()).isEqualTo("plinth:template-sha256"));
        assertThat(stack("shop-dev-data").enableTerminationProtection()).isTrue();
        assertThat(run.stack("network").outputs()).containsKey("Vpc");
    }

    @Test
    void streamsEventsWithProgressCounts() {
        Run run = Run.apply(fake, new Platforms().write(dir.resolve("v1")));

        assertThat(run.progress)
                .as("%s", run.progress)
                .contains("network: Vpc CREATE_IN_PROGRESS (0/1)", "network: Vpc CREATE_COMPLETE (1/1)");
        assertThat(run.progress.indexOf("network: Vpc CREATE_COMPLETE (1/1)"))
                .isLessThan(run.progress.indexOf("app: creating change set plinth-app"));
    }

    @Test
    void aConvergedStackCostsOneReadAndNoChangeSet() {
        Path v1 = new Platforms().write(dir.resolve("v1"));
        Run.apply(fake, v1);
        fake.resetCalls();

        Run again = Run.apply(fake, v1);

        assertThat(again.report.stacks()).extracting(StackReport::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(again.report.stacks()).extracting(StackReport::apiCalls).containsOnly(1);
        assertThat(fake.calls("CreateChangeSet")).isZero();
        assertThat(fake.calls("DescribeStacks")).isEqualTo(3);
    }

    @Test
    void updatesOnlyTheStackThatChanged() {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appValue = "v2";

        Run run = Run.apply(fake, changed.write(dir.resolve("v2")));

        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::action, StackReport::outcome)
                .containsExactly(
                        tuple("network", Action.NONE, Outcome.UNCHANGED),
                        tuple("app", Action.UPDATE, Outcome.APPLIED),
                        tuple("data", Action.NONE, Outcome.UNCHANGED));
        assertThat(run.stack("app").changes()).anySatisfy(c -> {
            assertThat(c.logicalId()).isEqualTo("AppSetting");
            assertThat(c.action()).isEqualTo("Modify");
            assertThat(c.replacement()).contains("False");
            assertThat(c.changedProperties()).containsExactly("Value");
        });
        // The template-hash stack tag changed, and CloudFormation carries stack tags to every resource.
        assertThat(run.stack("app").changes())
                .filteredOn(c -> c.logicalId().equals("AppSecurityGroup"))
                .singleElement()
                .satisfies(c -> assertThat(c.changedProperties()).isEmpty());
        assertThat(stack("shop-dev-app").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
    }

    @Test
    void executesAChangeToOutputsAloneThoughItChangesNoResourceProperty() {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appOutputExtra = true;

        Run run = Run.apply(fake, changed.write(dir.resolve("v2")));

        assertThat(run.stack("app").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(run.stack("app").changes())
                .allSatisfy(c -> assertThat(c.changedProperties()).isEmpty());
        assertThat(stack("shop-dev-app").outputs())
                .anySatisfy(o -> assertThat(o.outputKey()).isEqualTo("AppGroupId"));
    }

    @Test
    void survivesStaleReadsRightAfterExecute() {
        fake.staleReadsAfterExecute(3);

        Run run = Run.apply(fake, new Platforms().write(dir.resolve("v1")));

        assertThat(run.report.stacks()).extracting(StackReport::outcome).containsOnly(Outcome.APPLIED);
    }

    @Test
    void aListenerThatThrowsDoesNotChangeTheOutcome() throws Exception {
        dev.plinth.materializer.RunListener broken = new dev.plinth.materializer.RunListener() {
            @Override
            public void stackStep(String stack, String step) {
                throw new IllegalStateException("terminal gone");
            }

            @Override
            public void stackEvent(
                    String stack,
                    software.amazon.awssdk.services.cloudformation.model.StackEvent event,
                    int done,
                    int total) {
                throw new IllegalStateException("terminal gone");
            }
        };

        dev.plinth.materializer.RunReport report = new dev.plinth.materializer.Materializer(
                        fake, fake.ticker(), new dev.plinth.materializer.CallCounter())
                .run(
                        dev.plinth.materializer.CompiledOutputs.read(new Platforms().write(dir)),
                        dev.plinth.materializer.MaterializerOptions.apply("noisy"),
                        broken);

        assertThat(report.stacks()).extracting(StackReport::outcome).containsOnly(Outcome.APPLIED);
    }

    private Stack stack(String name) {
        return fake.describeStacks(
                        DescribeStacksRequest.builder().stackName(name).build())
                .stacks()
                .get(0);
    }
}
