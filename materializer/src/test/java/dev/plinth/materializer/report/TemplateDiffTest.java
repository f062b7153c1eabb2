package dev.plinth.materializer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.spec.PropertySpec;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.ParameterSource;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.compiler.WiredStack;
import dev.plinth.compiler.emit.Emit;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.manifest.TemplateFormat;
import dev.plinth.materializer.PreflightException;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.diff.ResourceChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateDiffTest {
    private static final ResourceSpecification SPEC = ResourceSpecification.bundled();

    @TempDir
    Path dir;

    @Test
    void plansEveryKindOfChangeBetweenTwoCompiledOutputs() throws IOException {
        Path before = write("old", platform(false), TemplateFormat.JSON);
        Path now = write("new", platform(true), TemplateFormat.JSON);

        RunReport report = TemplateDiff.between(now, before, SPEC);

        assertThat(report.mode()).isEqualTo(RunReport.Mode.PLAN);
        assertThat(report.stacks())
                .extracting(StackReport::stack, StackReport::action, StackReport::outcome)
                .containsExactly(
                        tuple("network", Action.UPDATE, Outcome.PLANNED),
                        tuple("app", Action.UPDATE, Outcome.PLANNED),
                        tuple("data", Action.UPDATE, Outcome.PLANNED),
                        tuple("dns", Action.NONE, Outcome.UNCHANGED),
                        tuple("edge", Action.CREATE, Outcome.PLANNED),
                        tuple("legacy", Action.NONE, Outcome.SKIPPED));
    }

    @Test
    void aSubnetCidrChangeReplacesTheSubnetAndAddedAndRemovedResourcesAreListed() throws IOException {
        StackReport network = stack(diff(), "network");

        assertThat(SPEC.resourceType("AWS::SQS::Queue").orElseThrow().stateful())
                .isTrue();

        assertThat(network.changes())
                .containsExactly(
                        new ResourceChange(
                                "Alerts", "AWS::SNS::Topic", "Remove", Optional.empty(), List.of(), List.of(), false),
                        new ResourceChange(
                                "Jobs", "AWS::SQS::Queue", "Add", Optional.empty(), List.of(), List.of(), true),
                        new ResourceChange(
                                "Subnet",
                                "AWS::EC2::Subnet",
                                "Modify",
                                Optional.of("True"),
                                List.of("CidrBlock"),
                                List.of("CidrBlock"),
                                false,
                                List.of("CidrBlock: 10.0.1.0/24 → 10.0.2.0/24 (forces replacement)"),
                                List.of()));
        assertThat(network.message()).isEmpty();
        assertThat(network.banners()).extracting(b -> b.kind()).containsExactly("NETWORK_REPLACEMENT", "DELETION");
    }

    @Test
    void anInstanceTypeChangeModifiesTheLaunchTemplateInPlace() throws IOException {
        StackReport app = stack(diff(), "app");

        assertThat(SPEC.resourceType("AWS::EC2::LaunchTemplate")
                        .orElseThrow()
                        .properties()
                        .get("LaunchTemplateData")
                        .replacement())
                .isEqualTo(PropertySpec.Replacement.NONE);
        assertThat(app.changes())
                .containsExactly(new ResourceChange(
                        "LaunchTemplate",
                        "AWS::EC2::LaunchTemplate",
                        "Modify",
                        Optional.of("False"),
                        List.of(),
                        List.of("LaunchTemplateData"),
                        false,
                        List.of("LaunchTemplateData.InstanceType: t3.micro → t3.small"),
                        List.of()));
        assertThat(app.changes().get(0).destroys()).isFalse();
    }

    @Test
    void aReplacedDatabaseClusterIsFlaggedProtected() throws IOException {
        StackReport data = stack(diff(), "data");

        assertThat(data.changes())
                .containsExactly(new ResourceChange(
                        "Db",
                        "AWS::RDS::DBCluster",
                        "Modify",
                        Optional.of("True"),
                        List.of("DatabaseName"),
                        List.of("DatabaseName", "(attribute) DeletionPolicy"),
                        true,
                        List.of(
                                "DatabaseName: app → orders (forces replacement)",
                                "(attribute) DeletionPolicy: (none) → Snapshot"),
                        List.of()));
        assertThat(data.banners()).extracting(b -> b.kind()).containsExactly("DATA_LOSS");
        assertThat(MarkdownReport.render(diff()))
                .contains("> ⚠️ **Protected resource Db (AWS::RDS::DBCluster) would be replaced.**");
    }

    @Test
    void aParameterFedByAStackThatChangesIsKnownAfterApply() throws IOException {
        assertThat(stack(diff(), "app").unknownParameters()).containsExactly("SubnetId");
    }

    @Test
    void aNewStackAddsEveryResource() throws IOException {
        StackReport edge = stack(diff(), "edge");

        assertThat(edge.changes())
                .containsExactly(new ResourceChange(
                        "Zone", "AWS::Route53::HostedZone", "Add", Optional.empty(), List.of(), List.of(), true));
    }

    @Test
    void aStackOnlyInTheOldOutputIsLeftAloneWithWhatDeletingItWouldLose() throws IOException {
        RunReport report = diff();
        StackReport legacy = stack(report, "legacy");

        assertThat(legacy.changes())
                .containsExactly(new ResourceChange(
                        "Archive", "AWS::S3::Bucket", "Remove", Optional.empty(), List.of(), List.of(), true));
        assertThat(legacy.message())
                .hasValue(
                        "Not in the new output: Plinth never deletes a stack; delete demo-dev-legacy by hand if it is no longer wanted");
        assertThat(report.succeeded()).isFalse();
    }

    @Test
    void identicalOutputsChangeNothing() throws IOException {
        Path before = write("old", platform(false), TemplateFormat.JSON);
        Path now = write("new", platform(false), TemplateFormat.JSON);

        RunReport report = TemplateDiff.between(now, before, SPEC);

        assertThat(report.stacks()).allSatisfy(s -> {
            assertThat(s.action()).isEqualTo(Action.NONE);
            assertThat(s.outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(s.changes()).isEmpty();
        });
    }

    @Test
    void aTemplateEditedAfterCompilingIsRefusedInEitherFolderInsteadOfTrustingTheManifest() throws IOException {
        Path before = write("old", platform(false), TemplateFormat.JSON);
        Path now = write("new", platform(false), TemplateFormat.JSON);
        Files.writeString(before.resolve("stacks/network.json"), "not a template");
        Files.writeString(now.resolve("stacks/network.json"), "{}");

        assertThatThrownBy(() -> TemplateDiff.between(now, before, SPEC))
                .isInstanceOf(PreflightException.class)
                .satisfies(e -> assertThat(((PreflightException) e).problems())
                        .hasSize(2)
                        .allSatisfy(p -> assertThat(p)
                                .contains("stacks/network.json has sha-256 ")
                                .endsWith("compile again")));
    }

    @Test
    void readsYamlAgainstJsonAndFindsOnlyRealChanges() throws IOException {
        Path before = write("old", platform(false), TemplateFormat.JSON);
        Path same = write("same", platform(false), TemplateFormat.YAML);
        Path now = write("new", platform(true), TemplateFormat.YAML);

        assertThat(TemplateDiff.between(same, before, SPEC).stacks()).allMatch(s -> s.outcome() == Outcome.UNCHANGED);
        assertThat(TemplateDiff.between(now, before, SPEC)).isEqualTo(diff());
    }

    @Test
    void reportsOutputParameterAndTagChangesAsTheStackMessageWithoutResourceChanges() throws IOException {
        GenericResource topic = GenericResource.builder("AWS::SNS::Topic").build();
        Template old = Template.builder().resource("Topic", topic).build();
        Template changed = Template.builder()
                .description("Notifications")
                .parameter("Env", Parameter.string().defaultValue("dev").build())
                .resource("Topic", topic)
                .output("TopicArn", Output.of(topic.ref()))
                .build();
        Path before =
                write("old", single(StackTemplate.of("notify", old, Map.of("tier", "a"), false)), TemplateFormat.JSON);
        Path now = write(
                "new", single(StackTemplate.of("notify", changed, Map.of("tier", "b"), true)), TemplateFormat.JSON);

        StackReport notify = TemplateDiff.between(now, before, SPEC).stacks().get(0);

        assertThat(notify.action()).isEqualTo(Action.UPDATE);
        assertThat(notify.changes()).isEmpty();
        assertThat(notify.message())
                .hasValue(
                        "Parameters: +Env; Outputs: +TopicArn; Changed: Description; Tags: ~tier; Termination protection: off → on");
    }

    @Test
    void readsShortFormIntrinsicsInYamlAsTheirLongForm() throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: !Select [0, !GetAZs '']
              Tags:
                - Key: arn
                  Value: !GetAtt Vpc.Arn
        """);

        assertThat(Templates.read(file, TemplateFormat.YAML).toString())
                .isEqualTo(
                        "{\"Resources\":{\"Subnet\":{\"Type\":\"AWS::EC2::Subnet\",\"Properties\":{\"VpcId\":{\"Ref\":\"Vpc\"},"
                                + "\"CidrBlock\":{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]},"
                                + "\"Tags\":[{\"Key\":\"arn\",\"Value\":{\"Fn::GetAtt\":[\"Vpc\",\"Arn\"]}}]}}}}");
    }

    /** The JSON outputs of both versions of the platform, written once per test, compared. */
    private RunReport diff() throws IOException {
        Path before = dir.resolve("diff-old");
        Path now = dir.resolve("diff-new");
        if (!Files.exists(before)) {
            write("diff-old", platform(false), TemplateFormat.JSON);
            write("diff-new", platform(true), TemplateFormat.JSON);
        }
        return TemplateDiff.between(now, before, SPEC);
    }

    private static StackReport stack(RunReport report, String name) {
        return report.stacks().stream()
                .filter(s -> s.stack().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Path write(String name, CompiledPlatform platform, TemplateFormat format) {
        Path target = dir.resolve(name);
        RenderedOutput output = Emit.render(platform, format).value().orElseThrow();
        assertThat(OutputWriter.write(output, target)).isEmpty();
        return target;
    }

    /**
     * The old or the new version of a small platform: the new one changes a subnet's range,
     * swaps a topic for a queue, raises an instance type, renames a database (and retains it),
     * keeps the dns stack as it was, adds an edge stack and drops the legacy stack.
     */
    private static CompiledPlatform platform(boolean v2) {
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
        GenericResource subnet = GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", vpc.ref())
                .property("CidrBlock", v2 ? "10.0.2.0/24" : "10.0.1.0/24")
                .build();
        Template.Builder network = Template.builder()
                .resource("Vpc", vpc)
                .resource("Subnet", subnet)
                .output("SubnetId", Output.of(subnet.ref()));
        network.resource(
                v2 ? "Jobs" : "Alerts",
                GenericResource.builder(v2 ? "AWS::SQS::Queue" : "AWS::SNS::Topic")
                        .build());
        Parameter<String> subnetId = Parameter.string().build();
        Template app = Template.builder()
                .parameter("SubnetId", subnetId)
                .resource(
                        "LaunchTemplate",
                        GenericResource.builder("AWS::EC2::LaunchTemplate")
                                .propertyJson(
                                        "LaunchTemplateData",
                                        Map.of(
                                                "InstanceType",
                                                v2 ? "t3.small" : "t3.micro",
                                                "NetworkInterfaces",
                                                List.of(Map.of("DeviceIndex", 0, "SubnetId", subnetId.ref()))))
                                .build())
                .build();
        GenericResource.Builder db = GenericResource.builder("AWS::RDS::DBCluster")
                .property("Engine", "aurora-postgresql")
                .property("DatabaseName", v2 ? "orders" : "app");
        if (v2) {
            db.deletionPolicy(DeletionPolicy.SNAPSHOT);
        }
        Template data = Template.builder().resource("Db", db.build()).build();
        Template dns = Template.builder()
                .resource(
                        "Ready",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .build())
                .build();
        List<WiredStack> stacks = new ArrayList<>();
        stacks.add(wired(StackTemplate.of("network", network.build(), Map.of(), false), Map.of(), Set.of()));
        stacks.add(wired(
                StackTemplate.of("app", app, Map.of(), false),
                Map.of("SubnetId", ParameterSource.output("network", "SubnetId")),
                Set.of("network")));
        stacks.add(wired(StackTemplate.of("data", data, Map.of(), false), Map.of(), Set.of()));
        stacks.add(wired(StackTemplate.of("dns", dns, Map.of(), false), Map.of(), Set.of()));
        if (v2) {
            stacks.add(wired(
                    StackTemplate.of(
                            "edge",
                            Template.builder()
                                    .resource(
                                            "Zone",
                                            GenericResource.builder("AWS::Route53::HostedZone")
                                                    .property("Name", "example.com")
                                                    .build())
                                    .build(),
                            Map.of(),
                            false),
                    Map.of(),
                    Set.of()));
        } else {
            stacks.add(wired(
                    StackTemplate.of(
                            "legacy",
                            Template.builder()
                                    .resource(
                                            "Archive",
                                            GenericResource.builder("AWS::S3::Bucket")
                                                    .deletionPolicy(DeletionPolicy.RETAIN)
                                                    .updateReplacePolicy(DeletionPolicy.RETAIN)
                                                    .build())
                                    .build(),
                            Map.of(),
                            false),
                    Map.of(),
                    Set.of()));
        }
        return new CompiledPlatform(
                "demo",
                "dev",
                "eu-west-1",
                Optional.of("123456789012"),
                false,
                Map.of("owner", "platform"),
                stacks,
                Map.of());
    }

    private static CompiledPlatform single(StackTemplate stack) {
        return new CompiledPlatform(
                "demo",
                "dev",
                "eu-west-1",
                Optional.empty(),
                false,
                Map.of(),
                List.of(wired(stack, Map.of(), Set.of())),
                Map.of());
    }

    private static WiredStack wired(StackTemplate stack, Map<String, ParameterSource> sources, Set<String> dependsOn) {
        return new WiredStack(stack, sources, dependsOn);
    }
}
