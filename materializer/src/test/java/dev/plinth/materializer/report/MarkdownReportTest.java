package dev.plinth.materializer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void rendersTheSummaryAndOneSectionPerStackWithSomethingToShow() {
        assertThat(MarkdownReport.render(ReportFixtures.applyRun())).isEqualTo("""
        ## Plinth Apply: demo / dev / eu-west-1

        ❌ 5 stacks: 2 applied, 1 unchanged, 1 failed, 1 skipped in 2m52s

        | Stack | Action | Changes | Duration | Result |
        | --- | --- | --- | --- | --- |
        | network | create | +2 ~0 -0 | 12.3s | ✅ applied |
        | data | update | +0 ~3 -1 | 1m04s | ✅ applied |
        | dns | none | +0 ~0 -0 | 0.8s | ➖ unchanged |
        | app | update | +0 ~1 -0 | 1m35s | ❌ failed |
        | edge | update | — | — | ⏭️ skipped |

        ### network (demo-dev-network)

        | Action | Logical ID | Type | Replacement | Replacing properties |
        | --- | --- | --- | --- | --- |
        | + Add | Vpc | AWS::EC2::VPC | — | — |
        | + Add | SubnetA | AWS::EC2::Subnet | — | — |

        ### data (demo-dev-data)

        | Action | Logical ID | Type | Replacement | Replacing properties |
        | --- | --- | --- | --- | --- |
        | ~ Modify | Db | AWS::RDS::DBCluster | will replace | DatabaseName |
        | ~ Modify | Params | AWS::RDS::DBClusterParameterGroup | may replace | Family |
        | ~ Modify | Alarm | AWS::CloudWatch::Alarm | — | — |
        | - Remove | OldTopic | AWS::SNS::Topic | — | — |

        > ⚠️ **Protected resource Db (AWS::RDS::DBCluster) would be replaced.**

        | Parameter | Before | After |
        | --- | --- | --- |
        | DbInstanceClass | db.r6g.large | db.r6g.xlarge |
        | VpcId | vpc-0abc | (known after apply) |

        Known after apply: VpcId

        ### app (demo-dev-app)

        | Action | Logical ID | Type | Replacement | Replacing properties |
        | --- | --- | --- | --- | --- |
        | ~ Modify | Web\\|Group | Custom::\\`Thing\\` | — | — |

        **Failed:** Web\\|Group (Custom::\\`Thing\\`) UPDATE_FAILED: Resource handler returned message: "Invalid size"

        ### edge (demo-dev-edge)

        **Skipped:** app failed
        """);
    }

    @Test
    void aPlanCountsStacksToChangeAndAnEmptyRunHasNoTable() {
        RunReport empty = new RunReport("demo", "prod", "us-east-1", RunReport.Mode.PLAN, List.of(), 400);

        assertThat(MarkdownReport.render(empty)).isEqualTo("""
        ## Plinth Plan: demo / prod / us-east-1

        ✅ 0 stacks: 0 to change, 0 unchanged, 0 failed, 0 skipped in 0.4s
        """);
    }

    @Test
    void rendersTheSameReportToTheSameText() {
        assertThat(MarkdownReport.render(ReportFixtures.applyRun()))
                .isEqualTo(MarkdownReport.render(ReportFixtures.applyRun()));
    }

    @Test
    void escapesPipesBackticksAndLineBreaksInCells() {
        assertThat(MarkdownReport.text("a|b `c`\nd")).isEqualTo("a\\|b \\`c\\` d");
    }

    @Test
    void aThreeHundredResourceChangeIsCutToFitAPullRequestCommentWithANote() {
        List<ResourceChange> changes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            changes.add(new ResourceChange(
                    "Queue" + i,
                    "AWS::SQS::Queue",
                    "Modify",
                    Optional.of("False"),
                    List.of(),
                    List.of("VisibilityTimeout"),
                    false,
                    List.of(
                            "VisibilityTimeout: 30 → 60",
                            "Tags[Key=Owner].Value: " + "a".repeat(200) + " → " + "b".repeat(200)),
                    List.of()));
        }
        RunReport big = new RunReport(
                "demo",
                "prod",
                "us-east-1",
                RunReport.Mode.PLAN,
                List.of(new StackReport(
                        "queues",
                        "demo-prod-queues",
                        StackReport.Action.UPDATE,
                        StackReport.Outcome.PLANNED,
                        changes,
                        List.of(),
                        List.of(),
                        1_000,
                        Optional.empty(),
                        Map.of(),
                        3)),
                1_000);

        String markdown = MarkdownReport.render(big);

        assertThat(markdown.length()).isLessThanOrEqualTo(65_536);
        assertThat(markdown)
                .startsWith("## Plinth Plan: demo / prod / us-east-1")
                .contains("**Queue0** (AWS::SQS::Queue)")
                .doesNotContain("**Queue299**")
                .endsWith("more characters: the whole plan is in the JSON report (--report-json)\n");
    }
}
