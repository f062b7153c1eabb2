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

/** Stacks left in bad states by earlier runs or by people, and how a run gets them back. */
class RecoveryScenariosTest {
    private static final String VPC =
            "{\"Resources\":{\"Vpc\":{\"Type\":\"AWS::EC2::VPC\",\"Properties\":{\"CidrBlock\":\"10.9.0.0/16\"}}}}";

    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    @Test
    void deletesAndRecreatesAStackInRollbackComplete() {
        String old = Seeds.owned(fake, "network")
                .status("ROLLBACK_COMPLETE")
                .template(VPC)
                .create();
        fake.throttle("DeleteStack", 3);

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.stack("network").action()).isEqualTo(Action.RECREATE);
        assertThat(run.stack("network").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(status(old)).isEqualTo("DELETE_COMPLETE");
        assertThat(status("shop-dev-network")).isEqualTo("CREATE_COMPLETE");
        assertThat(run.progress).contains("network: deleting ROLLBACK_COMPLETE stack to create it again");
    }

    @Test
    void deletesTheEmptyStackALeftoverCreateChangeSetLeftInReviewInProgress() {
        fake.seed("shop-dev-network").status("REVIEW_IN_PROGRESS").create();

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.stack("network").action()).isEqualTo(Action.RECREATE);
        assertThat(run.report.succeeded()).isTrue();
        assertThat(status("shop-dev-network")).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void refusesToDeleteABrokenStackUnderTerminationProtection() {
        Seeds.owned(fake, "network")
                .status("CREATE_FAILED")
                .template(VPC)
                .terminationProtection(true)
                .create();

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.stack("network").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(run.stack("network").message().orElseThrow())
                .contains("CREATE_FAILED")
                .contains("termination protection is on");
        assertThat(run.stack("app").outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(run.stack("data").outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(run.stack("data").message())
                .contains("not started: Plinth stopped the run before its first change because of stack network");
        assertThat(fake.calls("CreateChangeSet")).isZero();
        assertThat(status("shop-dev-network")).isEqualTo("CREATE_FAILED");
    }

    @Test
    void continuesAnUpdateRollbackThatFailedThenUpdates() {
        Seeds.owned(fake, "data")
                .status("UPDATE_ROLLBACK_FAILED")
                .template(VPC)
                .terminationProtection(true)
                .rollbackBlockers("Vpc")
                .create();
        fake.throttle("ContinueUpdateRollback", 3);

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.stack("data").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(run.progress).contains("data: continuing the failed update rollback");
        assertThat(status("shop-dev-data")).isEqualTo("UPDATE_COMPLETE");
    }

    @Test
    void saysWhichResourcesBlockARollbackThatCannotContinue() {
        Seeds.owned(fake, "data")
                .status("UPDATE_ROLLBACK_FAILED")
                .template(VPC)
                .rollbackBlockers("Vpc")
                .create();
        fake.failRollback("shop-dev-data", "Vpc", "The vpc 'vpc-1' has dependencies and cannot be deleted");

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.stack("data").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run.stack("data").message().orElseThrow())
                .contains("the update rollback could not continue")
                .contains("Vpc (AWS::EC2::VPC): The vpc 'vpc-1' has dependencies and cannot be deleted");
    }

    @Test
    void waitsForAnOperationInProgressToSettle() {
        Seeds.owned(fake, "network")
                .status("UPDATE_IN_PROGRESS")
                .template(VPC)
                .settlesAfter(60_000, "UPDATE_COMPLETE")
                .create();

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.progress).contains("network: waiting for UPDATE_IN_PROGRESS to settle");
        assertThat(run.stack("network").action()).isEqualTo(Action.UPDATE);
        assertThat(run.stack("network").outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void deletesALeftoverChangeSetOfTheSameNameFirst() {
        Path v1 = new Platforms().write(dir.resolve("v1"));
        Run.apply(fake, v1);
        fake.leftoverChangeSet("shop-dev-app", "plinth-app");
        Platforms changed = new Platforms();
        changed.appValue = "v2";

        Run run = Run.apply(fake, changed.write(dir.resolve("v2")));

        assertThat(run.stack("app").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(run.progress).contains("app: deleting leftover change set plinth-app");
    }

    @Test
    void aResourceFailureReportsItsRootCauseSkipsDependentsAndLetsIndependentStacksConverge() {
        fake.failResource("shop-dev-network", "Vpc", "The CIDR '10.0.0.0/16' conflicts with another subnet");

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.FAILED),
                        tuple("app", Outcome.SKIPPED),
                        tuple("data", Outcome.APPLIED));
        assertThat(run.stack("network").message().orElseThrow())
                .isEqualTo("Vpc (AWS::EC2::VPC) CREATE_FAILED: The CIDR '10.0.0.0/16' conflicts with another subnet");
        assertThat(run.stack("app").message()).contains("skipped: it depends on stack network, which failed");
    }

    @Test
    void aRunKilledHalfWayConvergesWhenRunAgain() {
        Path v1 = new Platforms().write(dir);
        Seeds.owned(fake, "network")
                .status("CREATE_IN_PROGRESS")
                .template(VPC)
                .settlesAfter(30_000, "CREATE_COMPLETE")
                .create();
        Seeds.owned(fake, "app").status("REVIEW_IN_PROGRESS").create();

        Run run = Run.apply(fake, v1);

        assertThat(run.report.succeeded()).isTrue();
        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::action)
                .containsExactly(
                        tuple("network", Action.UPDATE), tuple("app", Action.RECREATE), tuple("data", Action.CREATE));
        assertThat(Run.apply(fake, v1).report.stacks())
                .extracting(StackReport::outcome)
                .containsOnly(Outcome.UNCHANGED);
    }

    private String status(String nameOrArn) {
        return fake.describeStacks(
                        DescribeStacksRequest.builder().stackName(nameOrArn).build())
                .stacks()
                .get(0)
                .stackStatusAsString();
    }
}
