package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.testing.Golden;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.fake.FakeCloudFormation;
import dev.plinth.materializer.report.MarkdownReport;
import dev.plinth.materializer.report.TemplateDiff;
import dev.plinth.materializer.report.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan a reviewer reads, rendered for a terminal and for a pull request, for the changes a
 * reviewer must read right; compared with golden files ({@code -Dplinth.updateGolden=true} to
 * rewrite them, then review the diff). Durations are zeroed: they are the only thing that varies.
 */
class PlanRenderingsGoldenTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation()
            .replacement("AWS::EC2::VPC", "CidrBlock", "Always")
            .replacement("AWS::RDS::DBCluster", "StorageEncrypted", "Always");

    private RunReport plan(Consumer<ReviewPlatforms> change) {
        Run.apply(fake, new ReviewPlatforms().write(dir.resolve("v1")));
        ReviewPlatforms changed = new ReviewPlatforms();
        change.accept(changed);
        return zeroed(Run.plan(fake, changed.write(dir.resolve("v2"))).report);
    }

    @Test
    void anInstanceTypeAndMinSizeChange() {
        RunReport plan = plan(p -> {
            p.instanceType = "t3.medium";
            p.minSize = "3";
        });

        assertThat(TextReport.render(plan, false))
                .contains("LaunchTemplateData.InstanceType: t3.small → t3.medium", "MinSize: 2 → 3");
        golden("instance-type-and-min-size", plan);
    }

    @Test
    void aVpcCidrChangeWithItsCascade() {
        RunReport plan = plan(p -> p.vpcCidr = "10.1.0.0/16");

        assertThat(TextReport.render(plan, false))
                .contains("⚠ Network replacement", "1 to change, 3 to change after upstream stacks");
        golden("vpc-cidr-cascade", plan);
    }

    @Test
    void aDatabaseEngineVersionChangeInPlace() {
        RunReport plan = plan(p -> p.engineVersion = "16.1");

        assertThat(TextReport.render(plan, false))
                .contains("EngineVersion: 15.4 → 16.1")
                .doesNotContain("⚠");
        golden("database-engine-version", plan);
    }

    @Test
    void aStorageEncryptionChangeReplacesTheDatabase() {
        RunReport plan = plan(p -> p.storageEncrypted = false);

        assertThat(TextReport.render(plan, false))
                .contains("⚠ Data loss", "StorageEncrypted: true → false (forces replacement)");
        golden("storage-encryption", plan);
    }

    @Test
    void anIamPolicyThatAddsAWildcard() {
        RunReport plan = plan(p -> p.wildcardPolicy = true);

        assertThat(TextReport.render(plan, false))
                .contains("⚠ IAM widening", "+ Allow s3:* on * in policy read-artifacts (wildcard)");
        golden("iam-wildcard", plan);
    }

    @Test
    void aSecurityGroupOpeningSshToTheWorld() {
        RunReport plan = plan(p -> p.sshFromWorld = true);

        assertThat(TextReport.render(plan, false))
                .contains("⚠ Ingress widening", "+ ingress tcp 22 from 0.0.0.0/0 (world-open admin port)");
        golden("ssh-open-to-the-world", plan);
    }

    @Test
    void aStackNoLongerInTheFolder() throws IOException {
        Path before = new ReviewPlatforms().write(dir.resolve("before"));
        ReviewPlatforms without = new ReviewPlatforms();
        without.withData = false;
        Path now = without.write(dir.resolve("now"));

        RunReport plan = zeroed(TemplateDiff.between(now, before, ResourceSpecification.bundled()));

        assertThat(TextReport.render(plan, false)).contains("⚠ Data loss", "⚠ Deletion");
        golden("deleted-stack", plan);
    }

    private static void golden(String name, RunReport plan) {
        Golden.assertMatches(
                "plans/" + name + ".txt", TextReport.render(plan, false).getBytes(StandardCharsets.UTF_8));
        Golden.assertMatches(
                "plans/" + name + ".md", MarkdownReport.render(plan).getBytes(StandardCharsets.UTF_8));
    }

    private static RunReport zeroed(RunReport report) {
        List<StackReport> stacks = new ArrayList<>();
        for (StackReport s : report.stacks()) {
            stacks.add(new StackReport(
                    s.stack(),
                    s.stackName(),
                    s.action(),
                    s.outcome(),
                    s.changes(),
                    s.parameterChanges(),
                    s.unknownParameters(),
                    0,
                    s.message(),
                    s.outputs(),
                    s.apiCalls(),
                    s.banners()));
        }
        return new RunReport(
                report.platform(), report.environment(), report.region(), report.mode(), stacks, 0, report.express());
    }
}
