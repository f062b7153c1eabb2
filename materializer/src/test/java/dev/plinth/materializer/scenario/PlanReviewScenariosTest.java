package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.ReviewBanner;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.diff.ResourceChange;
import dev.plinth.materializer.fake.FakeCloudFormation;
import dev.plinth.materializer.report.MarkdownReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan a reviewer can trust: each changed property old → new, and the banners a reviewer must not miss, first. */
class PlanReviewScenariosTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake =
            new FakeCloudFormation().replacement("AWS::RDS::DBCluster", "DatabaseName", "Always");

    @Test
    void aPlanShowsEachChangedPropertyOldToNew() {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms changed = new Platforms();
        changed.appValue = "v2";

        Run plan = Run.plan(fake, changed.write(dir.resolve("v2")));

        ResourceChange setting = plan.stack("app").changes().stream()
                .filter(c -> c.logicalId().equals("AppSetting"))
                .findFirst()
                .orElseThrow();
        assertThat(setting.properties()).containsExactly("Value: v1 → v2");
        assertThat(plan.stack("app").banners()).isEmpty();
        assertThat(fake.calls("GetTemplate", "shop-dev-app")).isEqualTo(1);
    }

    @Test
    void aReplacedDatabaseIsADataLossBannerAtTheTopOfThePlan() {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms renamed = new Platforms();
        renamed.databaseName = "shop";

        Run plan = Run.plan(fake, renamed.write(dir.resolve("v2")));

        StackReport data = plan.stack("data");
        assertThat(data.changes())
                .filteredOn(c -> c.logicalId().equals("Cluster"))
                .singleElement()
                .satisfies(c ->
                        assertThat(c.properties()).containsExactly("DatabaseName: orders → shop (forces replacement)"));
        assertThat(data.banners()).extracting(ReviewBanner::kind).contains("DATA_LOSS");
        String markdown = MarkdownReport.render(plan.report);
        assertThat(markdown.indexOf("> ⚠️ **Data loss")).isPositive().isLessThan(markdown.indexOf("| Stack |"));
        assertThat(markdown)
                .contains("> - data/Cluster (AWS::RDS::DBCluster) replaced: DatabaseName")
                .contains(
                        "**Cluster** (AWS::RDS::DBCluster)\n\n```\nDatabaseName: orders → shop (forces replacement)\n```");
    }

    @Test
    void aReplacedVpcCascadesIntoTheStacksThatReadItAndIsANetworkReplacementBanner() {
        fake.replacement("AWS::EC2::VPC", "CidrBlock", "Always");
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms moved = new Platforms();
        moved.networkCidr = "10.1.0.0/16";

        Run plan = Run.plan(fake, moved.write(dir.resolve("v2")));

        assertThat(plan.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.PLANNED),
                        tuple("app", Outcome.PLANNED),
                        tuple("data", Outcome.UNCHANGED));
        assertThat(plan.stack("app").message().orElseThrow())
                .isEqualTo(
                        "will change after network (Vpc: Vpc is replaced): the values it reads change then, and so does it");
        assertThat(plan.stack("app").parameterChanges())
                .extracting(ParameterChange::name)
                .containsExactly("NetworkVpc");
        assertThat(plan.stack("app").changes()).singleElement().satisfies(c -> {
            assertThat(c.logicalId()).isEqualTo("AppSecurityGroup");
            assertThat(c.replacement()).contains("True");
            assertThat(c.properties())
                    .containsExactly("VpcId: (known after apply: the new value of NetworkVpc) (forces replacement)");
        });
        assertThat(plan.stack("network").banners())
                .extracting(ReviewBanner::kind)
                .contains("NETWORK_REPLACEMENT");
        assertThat(MarkdownReport.render(plan.report))
                .contains("3 stacks: 1 to change, 1 to change after upstream stacks, 1 unchanged, 0 failed, 0 skipped")
                .contains("> - network/Vpc (AWS::EC2::VPC) replaced: CidrBlock");
    }

    @Test
    void aMarkdownReportLongerThanAPullRequestCommentIsCutWithANote() {
        StringBuilder longReport = new StringBuilder("```\n");
        for (int i = 0; i < 5_000; i++) {
            longReport.append("line ").append(i).append(" of a very long plan\n");
        }

        String fitted = MarkdownReport.fitted(longReport.toString());

        assertThat(fitted.length()).isLessThanOrEqualTo(65_536);
        assertThat(fitted).endsWith("more characters: the whole plan is in the JSON report (--report-json)\n");
        assertThat(fitted.split("```", -1).length % 2).as("code blocks closed").isEqualTo(1);
    }
}
