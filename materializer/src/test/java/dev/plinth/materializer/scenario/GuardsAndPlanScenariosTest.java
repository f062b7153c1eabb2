package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.PreflightException;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;

/** Protected resources, large templates, throttling, plans and partial runs. */
class GuardsAndPlanScenariosTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake =
            new FakeCloudFormation().replacement("AWS::RDS::DBCluster", "DatabaseName", "Always");

    @Test
    void refusesToReplaceAProtectedDatabaseWithoutAllowReplacement() {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms renamed = new Platforms();
        renamed.databaseName = "shop";
        Path v2 = renamed.write(dir.resolve("v2"));

        Run refused = Run.apply(fake, v2);

        assertThat(refused.stack("data").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.stack("data").message().orElseThrow())
                .isEqualTo(
                        "the change set would replace protected resource Cluster (AWS::RDS::DBCluster); rerun with --allow-replacement if that is intended");
        assertThat(refused.stack("data").changes()).anySatisfy(c -> {
            assertThat(c.logicalId()).isEqualTo("Cluster");
            assertThat(c.replacement()).contains("True");
            assertThat(c.replacingProperties()).containsExactly("DatabaseName");
        });
        assertThat(stackStatus("shop-dev-data")).isEqualTo("CREATE_COMPLETE");

        Run allowed = Run.run(fake, v2, MaterializerOptions.apply("run2").withAllowReplacement(true));

        assertThat(allowed.stack("data").outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void uploadsATemplateOver51200BytesAndPassesItsUrl() {
        Platforms big = new Platforms();
        big.padding = 60_000;
        Path folder = big.write(dir);
        Map<String, byte[]> uploaded = new LinkedHashMap<>();
        MaterializerOptions options = MaterializerOptions.apply("big").withTemplateStore((sha, body) -> {
            String url = "https://plinth-templates.s3.eu-west-1.amazonaws.com/plinth/templates/" + sha + ".template";
            uploaded.put(url, body);
            fake.putTemplate(url, new String(body, java.nio.charset.StandardCharsets.UTF_8));
            return url;
        });

        Run run = Run.run(fake, folder, options);

        assertThat(run.report.succeeded()).isTrue();
        assertThat(uploaded).hasSize(1);
        assertThat(uploaded.values().iterator().next().length).isGreaterThan(51_200);
        assertThat(run.progress).anyMatch(p -> p.startsWith("app: uploading the ") && p.endsWith("-byte template"));
    }

    @Test
    void aLargeTemplateWithoutABucketFailsWithTheFix() {
        Platforms big = new Platforms();
        big.padding = 60_000;

        Path folder = big.write(dir);

        assertThatThrownBy(() -> Run.apply(fake, folder))
                .isInstanceOf(PreflightException.class)
                .hasMessageMatching(
                        "stacks/app.json is 60,\\d{3} bytes, over the 51,200 CloudFormation takes inline; pass --template-bucket BUCKET to upload it to S3");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void aTemplateGoesThroughS3ExactlyWhenItsManifestEntrySaysItNeedsS3() {
        Path folder = ManifestEdit.set(new Platforms().write(dir), "app", "needsS3", true);
        Map<String, byte[]> uploaded = new LinkedHashMap<>();
        MaterializerOptions options = MaterializerOptions.apply("small").withTemplateStore((sha, body) -> {
            String url = "https://plinth-templates.s3.eu-west-1.amazonaws.com/plinth/templates/" + sha + ".template";
            uploaded.put(url, body);
            fake.putTemplate(url, new String(body, java.nio.charset.StandardCharsets.UTF_8));
            return url;
        });

        Run run = Run.run(fake, folder, options);

        assertThat(run.report.succeeded()).isTrue();
        assertThat(uploaded).hasSize(1);
        assertThat(uploaded.values().iterator().next().length).isLessThan(51_200);
    }

    @Test
    void aLargeTemplateWhoseManifestEntrySaysItGoesInlineIsRefusedBeforeAnyCall() {
        Platforms big = new Platforms();
        big.padding = 60_000;
        Path folder = ManifestEdit.set(big.write(dir), "app", "needsS3", false);

        assertThatThrownBy(() -> Run.run(
                        fake, folder, MaterializerOptions.apply("big").withTemplateStore((sha, body) -> "unused")))
                .isInstanceOf(PreflightException.class)
                .hasMessageMatching(
                        "stacks/app.json is 60,\\d{3} bytes, over the 51,200 CloudFormation takes inline, but the manifest"
                                + " does not say it needs S3; compile the platform again");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void survivesThrottlingOnEveryCallType() {
        Path v1 = new Platforms().write(dir.resolve("v1"));
        for (String operation : List.of(
                "DescribeStacks",
                "CreateChangeSet",
                "DescribeChangeSet",
                "ExecuteChangeSet",
                "DescribeStackEvents",
                "DeleteChangeSet",
                "UpdateTerminationProtection")) {
            fake.throttle(operation, 3);
        }
        Run.apply(fake, v1);
        Platforms changed = new Platforms();
        changed.appValue = "v2";
        fake.throttle("DeleteChangeSet", 3);
        fake.throttle("DescribeStacks", 3);

        Run run = Run.apply(fake, changed.write(dir.resolve("v2")));

        assertThat(run.report.succeeded()).isTrue();
        assertThat(fake.callLog())
                .filteredOn(c -> c.throttled())
                .extracting(c -> c.operation())
                .contains("DescribeStacks", "DeleteChangeSet");
    }

    @Test
    void planCreatesDescribesAndDeletesChangeSetsAndChangesNothing() {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appValue = "v2";

        Run plan = Run.plan(fake, changed.write(dir.resolve("v2")));

        assertThat(plan.report.stacks())
                .extracting(StackReport::stack, StackReport::action, StackReport::outcome)
                .containsExactly(
                        tuple("network", Action.NONE, Outcome.UNCHANGED),
                        tuple("app", Action.UPDATE, Outcome.PLANNED),
                        tuple("data", Action.NONE, Outcome.UNCHANGED));
        assertThat(fake.calls("ExecuteChangeSet")).isEqualTo(3);
        assertThat(fake.calls("DeleteChangeSet", "shop-dev-app")).isPositive();
        assertThat(stackStatus("shop-dev-app")).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void planOfANewPlatformShowsDownstreamValuesAsKnownAfterApplyAndLeavesNoStackBehind() {
        Run plan = Run.plan(fake, new Platforms().write(dir));

        assertThat(plan.report.stacks())
                .extracting(StackReport::stack, StackReport::action, StackReport::outcome)
                .containsExactly(
                        tuple("network", Action.CREATE, Outcome.PLANNED),
                        tuple("app", Action.CREATE, Outcome.PLANNED),
                        tuple("data", Action.CREATE, Outcome.PLANNED));
        assertThat(plan.stack("app").unknownParameters()).containsExactly("NetworkVpc");
        for (String stack : List.of("shop-dev-network", "shop-dev-app", "shop-dev-data")) {
            assertThat(absentOrDeleted(stack) || stackStatus(stack).equals("DELETE_IN_PROGRESS"))
                    .as(stack)
                    .isTrue();
        }
    }

    @Test
    void stackOptionConvergesTheStackAndWhatItNeedsUpstream() {
        Run run = Run.run(
                fake,
                new Platforms().write(dir),
                MaterializerOptions.apply("one").withStack("app"));

        assertThat(run.report.stacks()).extracting(StackReport::stack).containsExactly("network", "app");
        assertThat(absentOrDeleted("shop-dev-data")).isTrue();
    }

    @Test
    void onlyOptionConvergesOneStackReadingUpstreamOutputsFromAws() {
        Path v1 = new Platforms().write(dir.resolve("v1"));
        Run.apply(fake, v1);
        Platforms changed = new Platforms();
        changed.appValue = "v2";
        fake.resetCalls();

        Run run = Run.run(
                fake,
                changed.write(dir.resolve("v2")),
                MaterializerOptions.apply("only").withOnly("app"));

        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(tuple("app", Outcome.APPLIED));
        assertThat(fake.calls("DescribeStacks", "shop-dev-network")).isEqualTo(1);
        assertThat(fake.calls("CreateChangeSet", "shop-dev-network")).isZero();
    }

    @Test
    void withParallelismOneTheStacksRunOneAtATimeInManifestOrderAsTheyBecomeReady() {
        Run run = Run.run(
                fake,
                new Platforms().write(dir),
                MaterializerOptions.apply("serial").withParallelism(1));

        List<String> starts = new ArrayList<>();
        run.progress.stream()
                .filter(p -> p.endsWith(": the stack does not exist yet"))
                .forEach(starts::add);
        assertThat(starts)
                .containsExactly(
                        "network: the stack does not exist yet",
                        "data: the stack does not exist yet",
                        "app: the stack does not exist yet");
        assertThat(run.report.succeeded()).isTrue();
    }

    @Test
    void independentStacksConvergeTogetherUpToTheLimit() {
        Run run = Run.run(
                fake,
                new Platforms().write(dir),
                MaterializerOptions.apply("par").withParallelism(2));

        assertThat(run.report.succeeded()).isTrue();
        assertThat(run.progress.indexOf("app: the stack does not exist yet"))
                .isGreaterThan(run.progress.indexOf("network: the stack does not exist yet"));
    }

    private String stackStatus(String name) {
        return fake.describeStacks(
                        DescribeStacksRequest.builder().stackName(name).build())
                .stacks()
                .get(0)
                .stackStatusAsString();
    }

    private boolean absentOrDeleted(String name) {
        try {
            return stackStatus(name).equals("DELETE_COMPLETE");
        } catch (AwsServiceException e) {
            return e.awsErrorDetails().errorMessage().contains("does not exist");
        }
    }
}
