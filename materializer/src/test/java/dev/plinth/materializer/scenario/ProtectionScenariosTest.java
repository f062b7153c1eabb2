package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Defect 1 of issue 9: what protects a production stack (its stack policy, termination
 * protection) is compared with what the stack really has, so no interrupted run can leave a
 * stack unprotected for good.
 */
class ProtectionScenariosTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Platforms production() {
        Platforms platforms = new Platforms();
        platforms.production = true;
        return platforms;
    }

    @Test
    void aStackPolicyThatFailedToBeSetIsSetByTheNextRun() throws Exception {
        FakeCloudFormation fake = new FakeCloudFormation();
        Path v1 = production().write(dir);
        fake.failCall(
                "SetStackPolicy",
                "shop-dev-data",
                1,
                400,
                "AccessDenied",
                "not authorized to perform cloudformation:SetStackPolicy");

        Run first = Run.apply(fake, v1);

        assertThat(first.stack("data").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(first.stack("data").message())
                .contains("AccessDenied: not authorized to perform cloudformation:SetStackPolicy");
        assertThat(fake.stackPolicy("shop-dev-data")).isEmpty();

        Run second = Run.apply(fake, v1);

        assertThat(second.stack("data").outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(second.stack("data").message()).contains("stack policy set, termination protection turned on");
        assertProtected(fake, v1);
        assertThat(Run.apply(fake, v1).stack("data").message()).isEmpty();
    }

    @Test
    void afterARunKilledAtAnyStepOfAProductionCreateTheNextRunLeavesEveryProtectedStackProtected() throws Exception {
        Path v1 = production().write(dir.resolve("v1"));

        int kills = 0;
        for (int n = 1; ; n++) {
            FakeCloudFormation fake = new FakeCloudFormation();
            if (!killAfter(fake, v1, n)) {
                break;
            }
            kills++;
            fake.ticker().sleep(600_000);

            Run next = Run.run(fake, v1, MaterializerOptions.apply("next"));

            assertThat(next.report.succeeded())
                    .as("killed after call %d: %s", n, next.report)
                    .isTrue();
            assertProtected(fake, v1);
        }
        assertThat(kills).isGreaterThan(30);
    }

    @Test
    void afterARunKilledAtAnyStepOfAProductionUpdateTheNextRunLeavesEveryProtectedStackProtected() throws Exception {
        Path v1 = production().write(dir.resolve("v1"));
        Platforms changed = production();
        changed.dataStatement = "v2";
        changed.appValue = "v2";
        Path v2 = changed.write(dir.resolve("v2"));
        int kills = 0;
        for (int n = 1; ; n++) {
            FakeCloudFormation fake = new FakeCloudFormation();
            Run.apply(fake, v1);
            if (!killAfter(fake, v2, n)) {
                break;
            }
            kills++;
            fake.ticker().sleep(600_000);

            Run next = Run.run(fake, v2, MaterializerOptions.apply("next"));

            assertThat(next.report.succeeded())
                    .as("killed after call %d: %s", n, next.report)
                    .isTrue();
            assertProtected(fake, v2);
        }
        assertThat(kills).isGreaterThan(20);
    }

    @Test
    void anAllowedReplacementKilledWhileThePolicyIsLiftedGetsItsPolicyBackOnTheNextRun() throws Exception {
        FakeCloudFormation fake = new FakeCloudFormation().replacement("AWS::RDS::DBCluster", "DatabaseName", "Always");
        Path v1 = production().write(dir.resolve("v1"));
        Run.apply(fake, v1);
        Platforms renamed = production();
        renamed.databaseName = "shop";
        Path v2 = renamed.write(dir.resolve("v2"));
        int lifted = -1;
        FakeCloudFormation probe =
                new FakeCloudFormation().replacement("AWS::RDS::DBCluster", "DatabaseName", "Always");
        Run.apply(probe, v1);
        probe.resetCalls();
        Run.run(probe, v2, MaterializerOptions.apply("probe").withAllowReplacement(true));
        List<FakeCloudFormation.Call> log = probe.callLog();
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).operation().equals("SetStackPolicy")) {
                lifted = i + 1;
                break;
            }
        }

        int killAt = lifted;
        Throwable killed = catchThrowable(() -> Run.run(
                Killer.afterCall(fake, killAt),
                fake,
                v2,
                MaterializerOptions.apply("killed").withAllowReplacement(true)));
        fake.ticker().sleep(600_000);

        assertThat(killed).isNotNull();
        assertThat(fake.stackPolicy("shop-dev-data")).get().asString().doesNotContain("Deny");
        Run next = Run.run(fake, v2, MaterializerOptions.apply("next").withAllowReplacement(true));
        assertThat(next.report.succeeded()).isTrue();
        assertProtected(fake, v2);
    }

    /** Runs until killed after call n; false when the run ended before making n calls. */
    private static boolean killAfter(FakeCloudFormation fake, Path dir, int n) {
        Throwable thrown = catchThrowable(() -> Run.run(
                Killer.afterCall(fake, n),
                fake,
                dir,
                MaterializerOptions.apply("killed").withParallelism(1)));
        return thrown != null;
    }

    /** Every stack is deployed from the folder, with the termination protection and stack policy its manifest entry asks for. */
    private static void assertProtected(FakeCloudFormation fake, Path dir) throws IOException {
        Manifest manifest = Manifest.read(dir.resolve("manifest.json"));
        for (Manifest.Stack stack : manifest.stacks()) {
            Stack deployed = fake.describeStacks(DescribeStacksRequest.builder()
                            .stackName(stack.stackName())
                            .build())
                    .stacks()
                    .get(0);
            assertThat(deployed.enableTerminationProtection())
                    .as(stack.name())
                    .isEqualTo(stack.terminationProtection());
            if (stack.stackPolicy().isPresent()) {
                assertThat(fake.stackPolicy(stack.stackName())).as(stack.name()).isPresent();
                assertThat(JSON.readTree(fake.stackPolicy(stack.stackName()).get()))
                        .as(stack.name())
                        .isEqualTo(JSON.readTree(stack.stackPolicy().get()));
            }
        }
    }
}
