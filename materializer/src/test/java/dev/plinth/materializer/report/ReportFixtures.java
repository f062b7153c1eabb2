package dev.plinth.materializer.report;

import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An apply run with one stack of each kind: created, updated with a replacement, unchanged, failed, skipped. */
final class ReportFixtures {

    private ReportFixtures() {}

    static RunReport applyRun() {
        StackReport network = new StackReport(
                "network",
                "demo-dev-network",
                Action.CREATE,
                Outcome.APPLIED,
                List.of(add("Vpc", "AWS::EC2::VPC"), add("SubnetA", "AWS::EC2::Subnet")),
                List.of(),
                List.of(),
                12_340,
                Optional.empty(),
                Map.of("VpcId", "vpc-0abc"),
                9);
        StackReport data = new StackReport(
                "data",
                "demo-dev-data",
                Action.UPDATE,
                Outcome.APPLIED,
                List.of(
                        new ResourceChange(
                                "Db",
                                "AWS::RDS::DBCluster",
                                "Modify",
                                Optional.of("True"),
                                List.of("DatabaseName"),
                                List.of("DatabaseName", "BackupRetentionPeriod"),
                                true),
                        new ResourceChange(
                                "Params",
                                "AWS::RDS::DBClusterParameterGroup",
                                "Modify",
                                Optional.of("Conditional"),
                                List.of("Family"),
                                List.of("Family"),
                                false),
                        new ResourceChange(
                                "Alarm",
                                "AWS::CloudWatch::Alarm",
                                "Modify",
                                Optional.of("False"),
                                List.of(),
                                List.of("Threshold"),
                                false),
                        new ResourceChange(
                                "OldTopic",
                                "AWS::SNS::Topic",
                                "Remove",
                                Optional.empty(),
                                List.of(),
                                List.of(),
                                false)),
                List.of(
                        new ParameterChange(
                                "DbInstanceClass", Optional.of("db.r6g.large"), Optional.of("db.r6g.xlarge")),
                        new ParameterChange("VpcId", Optional.of("vpc-0abc"), Optional.empty())),
                List.of("VpcId"),
                64_200,
                Optional.empty(),
                Map.of(),
                14);
        StackReport dns = new StackReport(
                "dns",
                "demo-dev-dns",
                Action.NONE,
                Outcome.UNCHANGED,
                List.of(),
                List.of(),
                List.of(),
                800,
                Optional.empty(),
                Map.of(),
                1);
        StackReport app = new StackReport(
                "app",
                "demo-dev-app",
                Action.UPDATE,
                Outcome.FAILED,
                List.of(new ResourceChange(
                        "Web|Group",
                        "Custom::`Thing`",
                        "Modify",
                        Optional.of("False"),
                        List.of(),
                        List.of("Size"),
                        false)),
                List.of(),
                List.of(),
                95_000,
                Optional.of(
                        "Web|Group (Custom::`Thing`) UPDATE_FAILED: Resource handler returned message: \"Invalid size\""),
                Map.of(),
                22);
        StackReport edge = new StackReport(
                "edge",
                "demo-dev-edge",
                Action.UPDATE,
                Outcome.SKIPPED,
                List.of(),
                List.of(),
                List.of(),
                0,
                Optional.of("app failed"),
                Map.of(),
                0);
        return new RunReport(
                "demo", "dev", "eu-west-1", RunReport.Mode.APPLY, List.of(network, data, dns, app, edge), 172_100);
    }

    private static ResourceChange add(String logicalId, String type) {
        return new ResourceChange(logicalId, type, "Add", Optional.empty(), List.of(), List.of(), false);
    }
}
