package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.materializer.ApprovalPolicy;
import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.PlanFile;
import dev.plinth.materializer.PreflightException;
import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import dev.plinth.materializer.report.PlanFileJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;

/** Plan, review, apply exactly that: {@code plan --out} keeps its change sets; {@code materialize --plan} executes those or nothing. */
class ReviewedPlanScenariosTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    private PlanFile plan(Path folder) throws IOException {
        return new Materializer(fake, fake.ticker(), new CallCounter())
                .planToApply(CompiledOutputs.read(folder), MaterializerOptions.plan("reviewed"), new RunListener() {});
    }

    private RunReport apply(Path folder, PlanFile plan) throws IOException {
        return new Materializer(fake, fake.ticker(), new CallCounter())
                .run(
                        CompiledOutputs.read(folder),
                        MaterializerOptions.apply("merged").withReviewed(plan),
                        new RunListener() {});
    }

    @Test
    void anUpdateExecutesTheReviewedChangeSetsAndCreatesNoOther() throws IOException {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appValue = "v2";
        Path v2 = changed.write(dir.resolve("v2"));
        PlanFile plan = plan(v2);
        fake.resetCalls();

        RunReport applied = apply(v2, plan);

        assertThat(applied.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.UNCHANGED),
                        tuple("app", Outcome.APPLIED),
                        tuple("data", Outcome.UNCHANGED));
        assertThat(fake.calls("CreateChangeSet")).isZero();
        assertThat(fake.calls("ExecuteChangeSet")).isEqualTo(1);
        assertThat(plan.stack("app").orElseThrow().changeSetArn()).isPresent();
    }

    @Test
    void aNewPlatformIsPlannedWithValuesKnownAfterApplyAndAppliedWhereTheyAreKnown() throws IOException {
        Path folder = new Platforms().write(dir);
        PlanFile plan = plan(folder);

        assertThat(plan.stack("network").orElseThrow().changeSetArn()).isPresent();
        assertThat(plan.stack("app").orElseThrow().knownAfterApply()).isTrue();
        assertThat(plan.stack("app").orElseThrow().changeSetArn()).isEmpty();
        assertThat(status("shop-dev-network")).isEqualTo("REVIEW_IN_PROGRESS");
        fake.resetCalls();

        RunReport applied = apply(folder, plan);

        assertThat(applied.succeeded()).as(applied.toString()).isTrue();
        assertThat(applied.stacks())
                .extracting(StackReport::stack, StackReport::action)
                .containsExactly(
                        tuple("network", StackReport.Action.CREATE),
                        tuple("app", StackReport.Action.CREATE),
                        tuple("data", StackReport.Action.CREATE));
        assertThat(fake.calls("CreateChangeSet", "shop-dev-network")).isZero();
        assertThat(fake.calls("CreateChangeSet", "shop-dev-app")).isEqualTo(1);
    }

    @Test
    void aStackChangedByHandAfterThePlanRefusesTheWholeApplyBeforeAnyChange() throws IOException {
        Path v1 = new Platforms().write(dir.resolve("v1"));
        Run.apply(fake, v1);
        Platforms changed = new Platforms();
        changed.appValue = "v2";
        Path v2 = changed.write(dir.resolve("v2"));
        PlanFile plan = plan(v2);
        Platforms byHand = new Platforms();
        byHand.databaseName = "sales";
        Run.run(
                fake,
                byHand.write(dir.resolve("hand")),
                MaterializerOptions.apply("hand").withStack("data"));
        fake.resetCalls();

        RunReport applied = apply(v2, plan);

        assertThat(applied.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.SKIPPED),
                        tuple("app", Outcome.SKIPPED),
                        tuple("data", Outcome.REFUSED));
        assertThat(applied.stacks().get(2).message().orElseThrow())
                .startsWith("[PLAN_MOVED] stack shop-dev-data moved since the plan"
                        + " was reviewed: its status is UPDATE_COMPLETE, planned against CREATE_COMPLETE");
        assertThat(fake.calls("ExecuteChangeSet") + fake.calls("CreateChangeSet"))
                .isZero();
    }

    @Test
    void aChangeSetReplacedByALaterPlanRefusesTheOlderPlan() throws IOException {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appValue = "v2";
        Path v2 = changed.write(dir.resolve("v2"));
        PlanFile older = plan(v2);
        plan(v2);

        RunReport applied = apply(v2, older);

        assertThat(applied.stacks().get(1).message().orElseThrow())
                .startsWith("[PLAN_MOVED] stack shop-dev-app moved since the plan was"
                        + " reviewed: the plan's change set is gone");
    }

    @Test
    void aPlanOfAnotherFolderOrAnExpiredOneIsRefusedBeforeAnyCall() throws Exception {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appValue = "v2";
        PlanFile plan = plan(changed.write(dir.resolve("v2")));
        Platforms other = new Platforms();
        other.appValue = "v3";
        Path v3 = other.write(dir.resolve("v3"));
        fake.resetCalls();

        assertThatThrownBy(() -> apply(v3, plan))
                .isInstanceOf(PreflightException.class)
                .hasMessageStartingWith("[PLAN_OTHER_FOLDER] the plan was made from another compiled folder");
        fake.ticker().sleep(PlanFile.VALIDITY.toMillis());
        assertThatThrownBy(() -> apply(dir.resolve("v2"), plan))
                .isInstanceOf(PreflightException.class)
                .hasMessageStartingWith("[PLAN_EXPIRED] the plan expired at ");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void aPlanFileRoundTripsAndAnEditedChangeSetIsRefused() throws Exception {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appValue = "v2";
        Path v2 = changed.write(dir.resolve("v2"));
        PlanFile plan = plan(v2);
        Path file = dir.resolve("plan.json");
        Files.writeString(file, PlanFileJson.render(plan));
        assertThat(PlanFileJson.read(file)).isEqualTo(plan);

        Files.writeString(
                file, PlanFileJson.render(plan).replace("\"runId\" : \"reviewed\"", "\"runId\" : \"someoneelse\""));
        RunReport applied = apply(v2, PlanFileJson.read(file));

        assertThat(applied.stacks().get(1).message().orElseThrow())
                .contains("was not made by this plan (run someoneelse)");
        assertThat(fake.calls("ExecuteChangeSet", "shop-dev-app")).isEqualTo(1);
    }

    @Test
    void aFailedPlanKeepsNothing() throws IOException {
        fake.failCall(
                "CreateChangeSet",
                "shop-dev-data",
                1,
                400,
                "ValidationError",
                "Template format error: unsupported structure.");

        PlanFile plan = plan(new Platforms().write(dir));

        assertThat(plan.report().succeeded()).isFalse();
        assertThat(absentOrDeleting("shop-dev-network")).isTrue();
    }

    @Test
    void changesAppliedWithoutReviewThatBroadenAccessNeedApproval() {
        Path folder = new Platforms().write(dir);

        RunReport run = Run.run(
                        fake, folder, MaterializerOptions.apply("unreviewed").withApproval(ApprovalPolicy.ANY_CHANGE))
                .report;

        assertThat(run.stacks())
                .allSatisfy(s -> assertThat(s.needsApproval() || s.outcome() == Outcome.SKIPPED)
                        .as(s.toString())
                        .isTrue());
        assertThat(run.stacks().get(0).message().orElseThrow())
                .isEqualTo("needs approval (--require-approval any-change): it creates"
                        + " the stack; review it (plinth plan) and approve it, or pass --yes");
        assertThat(fake.calls("ExecuteChangeSet")).isZero();
    }

    private String status(String name) {
        return fake.describeStacks(
                        DescribeStacksRequest.builder().stackName(name).build())
                .stacks()
                .get(0)
                .stackStatusAsString();
    }

    private boolean absentOrDeleting(String name) {
        try {
            return status(name).startsWith("DELETE_");
        } catch (RuntimeException e) {
            return e.getMessage().contains("does not exist");
        }
    }
}
