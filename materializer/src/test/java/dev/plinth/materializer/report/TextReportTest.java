package dev.plinth.materializer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.ReviewBanner;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private static RunReport vpcPlan() {
        ResourceChange vpc = new ResourceChange(
                "Vpc",
                "AWS::EC2::VPC",
                "Modify",
                Optional.of("True"),
                List.of("CidrBlock"),
                List.of("CidrBlock"),
                false,
                List.of("CidrBlock: 10.0.0.0/16 → 10.1.0.0/16 (forces replacement)"),
                List.of());
        ResourceChange flowLogs = new ResourceChange(
                "FlowLogs", "AWS::EC2::FlowLog", "Add", Optional.empty(), List.of(), List.of(), false);
        StackReport network = new StackReport(
                "network",
                "shop-dev-network",
                Action.UPDATE,
                Outcome.PLANNED,
                List.of(vpc, flowLogs),
                List.of(),
                List.of(),
                2_000,
                Optional.empty(),
                Map.of(),
                6,
                List.of(new ReviewBanner(
                        "NETWORK_REPLACEMENT",
                        "Network replacement: connections drop while these are replaced",
                        List.of("- Vpc (AWS::EC2::VPC) replaced: CidrBlock"))));
        StackReport app = new StackReport(
                "app",
                "shop-dev-app",
                Action.UPDATE,
                Outcome.PLANNED,
                List.of(),
                List.of(new ParameterChange("NetworkVpc", Optional.empty(), Optional.empty())),
                List.of(),
                1_000,
                Optional.of(
                        "will change after network (Vpc: Vpc is replaced): the values it reads change then, and so does it"),
                Map.of(),
                1);
        return new RunReport("shop", "dev", "eu-west-1", RunReport.Mode.PLAN, List.of(network, app), 3_000);
    }

    @Test
    void rendersBannersFirstThenTheTableThenEachStackAlignedWithItsPropertiesOldToNew() {
        assertThat(TextReport.render(vpcPlan(), false)).isEqualTo("""
        Plinth plan: shop / dev / eu-west-1

        ⚠ Network replacement: connections drop while these are replaced
          - network/Vpc (AWS::EC2::VPC) replaced: CidrBlock

        STACK    ACTION  CHANGES   DURATION  RESULT
        network  update  +1 ~1 -0  2.0s      planned
        app      update  +0 ~0 -0  1.0s      planned
        2 stacks: 1 to change, 1 to change after upstream stacks, 0 unchanged, 0 failed, 0 skipped in 3.0s

        network (shop-dev-network): update, planned
          ± Vpc       AWS::EC2::VPC      replace: CidrBlock
              CidrBlock: 10.0.0.0/16 → 10.1.0.0/16 (forces replacement)
          + FlowLogs  AWS::EC2::FlowLog

        app (shop-dev-app): update, planned
          parameters
              NetworkVpc: (none) → (known after apply)
          note: will change after network (Vpc: Vpc is replaced): the values it reads change then, and so does it
        """);
    }

    @Test
    void coloursAddsGreenReplacementsRedAndBannersBoldRedOnlyWhenAsked() {
        String coloured = TextReport.render(vpcPlan(), true);

        assertThat(coloured)
                .contains("\u001b[1;31m⚠ Network replacement")
                .contains("\u001b[31m± Vpc")
                .contains("\u001b[32m+ FlowLogs  AWS::EC2::FlowLog\u001b[0m");
        assertThat(TextReport.render(vpcPlan(), false)).doesNotContain("\u001b[");
    }
}
