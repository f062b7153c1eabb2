package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.Plinth;
import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.diff.ResourceChange;
import dev.plinth.materializer.report.JsonReport;
import dev.plinth.samples.StatelessService;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetSummary;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/**
 * plan and materialize against moto, an independent CloudFormation emulator, through the real
 * SDK client: create, converged re-run, an instance type change planned and applied, and the
 * offline plan of the same change. The emulator runs from src/test/resources/moto with the
 * patches described there. Skipped when python3 has no moto, unless PLINTH_REQUIRE_MOTO=1.
 *
 * <p>What moto cannot show: its change sets carry no Replacement and no Details, it emits no
 * resource events, and every operation finishes within the call that starts it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MotoEndToEndTest {
    private static final String REGION = "eu-west-1";
    private static final String NETWORK = "stateless-service-dev-network";
    private static final String BASTION = "stateless-service-dev-bastion";
    private static final String SERVICE = "stateless-service-dev-service";

    @TempDir
    static Path temp;

    private MotoServer moto;
    private String endpoint;
    private CloudFormationClient cloudFormation;
    private Path small;
    private Path large;
    private Map<String, List<String>> changeSetsAfterCreate;

    @BeforeAll
    void startMoto() throws Exception {
        moto = MotoServer.start(temp);
        endpoint = moto.endpoint();
        cloudFormation = new AwsClients(REGION, Optional.empty(), Optional.of(URI.create(endpoint))).cloudFormation();
        small = temp.resolve("small");
        large = temp.resolve("large");
    }

    @AfterAll
    void stopMoto() throws InterruptedException {
        if (cloudFormation != null) {
            cloudFormation.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    @Order(1)
    void materializeCreatesTheThreeStacksAndFeedsTheNetworkOutputsToTheServiceStack() throws IOException {
        assertThat(plinth("compile", "stateless-service", "--env", "dev", "--out", small.toString())
                        .code())
                .isZero();
        Manifest manifest = Manifest.read(small.resolve(Manifest.FILE_NAME));

        CliRun run = plinth(
                "materialize",
                small.toString(),
                "--endpoint-url",
                endpoint,
                "--region",
                REGION,
                "--yes",
                "--report-json",
                temp.resolve("create.json").toString());

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).startsWith("account 123456789012, user/moto, eu-west-1" + System.lineSeparator());
        assertThat(run.out()).contains("3 stacks: 3 applied, 0 unchanged, 0 failed, 0 skipped");
        RunReport report = report("create.json");
        assertThat(report.mode()).isEqualTo(RunReport.Mode.APPLY);
        assertThat(report.stacks()).extracting(StackReport::stack).containsExactly("network", "bastion", "service");
        assertThat(report.stacks()).allSatisfy(stack -> {
            assertThat(stack.action()).isEqualTo(StackReport.Action.CREATE);
            assertThat(stack.outcome()).isEqualTo(StackReport.Outcome.APPLIED);
            assertThat(stack.changes())
                    .isNotEmpty()
                    .allSatisfy(change -> assertThat(change.action()).isEqualTo("Add"));
        });
        assertThat(stack(report, "network").changes())
                .hasSize(manifest.stack("network").orElseThrow().resources());

        Map<String, String> network = outputs(describe(NETWORK));
        Map<String, String> bastion = outputs(describe(BASTION));
        assertThat(network)
                .containsOnlyKeys("NetworkSubnetAppA", "NetworkSubnetAppB", "NetworkSubnetPublicA", "NetworkVpc");
        assertThat(network.get("NetworkVpc")).startsWith("vpc-");
        assertThat(network.get("NetworkSubnetAppA")).startsWith("subnet-");
        assertThat(bastion.get("BastionSecurityGroupGroupId")).startsWith("sg-");
        assertThat(stack(report, "network").outputs()).isEqualTo(network);

        assertThat(parameters(describe(SERVICE)))
                .containsEntry("NetworkVpc", network.get("NetworkVpc"))
                .containsEntry("NetworkSubnetAppA", network.get("NetworkSubnetAppA"))
                .containsEntry("NetworkSubnetAppB", network.get("NetworkSubnetAppB"))
                .containsEntry("BastionSecurityGroupGroupId", bastion.get("BastionSecurityGroupGroupId"));
        assertThat(parameters(describe(BASTION)))
                .containsEntry("NetworkVpc", network.get("NetworkVpc"))
                .containsEntry("NetworkSubnetPublicA", network.get("NetworkSubnetPublicA"));
        for (Manifest.Stack stack : manifest.stacks()) {
            assertThat(describe(stack.stackName()).stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
            assertThat(tags(describe(stack.stackName())))
                    .containsEntry("plinth:template-sha256", stack.sha256())
                    .containsEntry("plinth:stack", stack.name())
                    .containsEntry("team", "orders");
        }
        changeSetsAfterCreate = changeSetIds();
    }

    @Test
    @Order(2)
    void materializingTheSameFolderAgainReadsEachStackOnceAndCreatesNoChangeSet() throws IOException {
        CliRun run = plinth(
                "materialize",
                small.toString(),
                "--endpoint-url",
                endpoint,
                "--region",
                REGION,
                "--yes",
                "--report-json",
                temp.resolve("again.json").toString());

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("3 stacks: 0 applied, 3 unchanged, 0 failed, 0 skipped");
        assertThat(report("again.json").stacks()).allSatisfy(stack -> {
            assertThat(stack.outcome()).isEqualTo(StackReport.Outcome.UNCHANGED);
            assertThat(stack.action()).isEqualTo(StackReport.Action.NONE);
            assertThat(stack.apiCalls()).as("calls for " + stack.stack()).isEqualTo(1);
            assertThat(stack.changes()).isEmpty();
        });
        assertThat(changeSetIds()).isEqualTo(changeSetsAfterCreate);
        assertThat(describe(SERVICE).lastUpdatedTime()).isNull();
    }

    @Test
    @Order(3)
    void aPlanOfALargerInstanceTypeShowsTheLaunchTemplateModifiedAndLeavesTheStackAsItWas() throws IOException {
        writeLargerVariant();

        CliRun run = plinth(
                "plan",
                large.toString(),
                "--endpoint-url",
                endpoint,
                "--region",
                REGION,
                "--report-json",
                temp.resolve("plan.json").toString());

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.err()).startsWith("account 123456789012, user/moto, eu-west-1" + System.lineSeparator());
        assertThat(run.out())
                .contains("## Plinth Plan: stateless-service / dev / eu-west-1")
                .contains("### service (" + SERVICE + ")")
                .containsPattern("\\| [^|]*Modify[^|]* \\| OrdersApiLaunchTemplate \\| AWS::EC2::LaunchTemplate \\|")
                .contains("3 stacks: 1 to change, 2 unchanged, 0 failed, 0 skipped");
        RunReport report = report("plan.json");
        assertThat(report.mode()).isEqualTo(RunReport.Mode.PLAN);
        assertThat(stack(report, "network").outcome()).isEqualTo(StackReport.Outcome.UNCHANGED);
        assertThat(stack(report, "bastion").outcome()).isEqualTo(StackReport.Outcome.UNCHANGED);
        StackReport service = stack(report, "service");
        assertThat(service.outcome()).isEqualTo(StackReport.Outcome.PLANNED);
        assertThat(service.action()).isEqualTo(StackReport.Action.UPDATE);
        // Moto lists only the launch template; CloudFormation may add the group as a Dynamic Modify.
        assertThat(service.changes()).extracting(ResourceChange::logicalId).contains("OrdersApiLaunchTemplate");
        assertThat(service.changes())
                .allSatisfy(change -> assertThat(change.action()).isEqualTo("Modify"));
        assertThat(service.changes())
                .filteredOn(change -> change.logicalId().equals("OrdersApiLaunchTemplate"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.resourceType()).isEqualTo("AWS::EC2::LaunchTemplate");
                    assertThat(change.destroys()).isFalse();
                    assertThat(change.properties()).contains("LaunchTemplateData.InstanceType: t3.small → t3.large");
                });
        assertThat(run.out())
                .contains("**OrdersApiLaunchTemplate** (AWS::EC2::LaunchTemplate)")
                .contains("LaunchTemplateData.InstanceType: t3.small → t3.large");

        assertThat(changeSetIds().get(SERVICE)).isEmpty();
        assertThat(template(SERVICE)).contains("t3.small").doesNotContain("t3.large");
        assertThat(tags(describe(SERVICE))).containsEntry("plinth:template-sha256", sha256(small, "service"));
    }

    @Test
    @Order(4)
    void aDetailedPlanExitsZeroWhenAwsMatchesTheFolderAndTwoWhenItHasChanges() {
        CliRun same =
                plinth("plan", small.toString(), "--endpoint-url", endpoint, "--region", REGION, "--detailed-exitcode");
        assertThat(same.code()).as(same.describe()).isZero();
        assertThat(same.out()).contains("3 stacks: 0 to change, 3 unchanged");

        CliRun changed =
                plinth("plan", large.toString(), "--endpoint-url", endpoint, "--region", REGION, "--detailed-exitcode");
        assertThat(changed.code()).as(changed.describe()).isEqualTo(2);
        assertThat(changed.out()).contains("3 stacks: 1 to change, 2 unchanged");
    }

    @Test
    @Order(5)
    void materializingTheLargerInstanceTypeUpdatesTheServiceStackAlone() throws IOException {
        Map<String, String> parametersBefore = parameters(describe(SERVICE));

        CliRun run = plinth(
                "materialize",
                large.toString(),
                "--endpoint-url",
                endpoint,
                "--region",
                REGION,
                "--yes",
                "--report-json",
                temp.resolve("update.json").toString());

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("3 stacks: 1 applied, 2 unchanged, 0 failed, 0 skipped");
        RunReport report = report("update.json");
        for (String name : List.of("network", "bastion")) {
            assertThat(stack(report, name).outcome()).isEqualTo(StackReport.Outcome.UNCHANGED);
            assertThat(stack(report, name).apiCalls()).isEqualTo(1);
        }
        StackReport service = stack(report, "service");
        assertThat(service.action()).isEqualTo(StackReport.Action.UPDATE);
        assertThat(service.outcome()).isEqualTo(StackReport.Outcome.APPLIED);
        assertThat(service.changes()).extracting(ResourceChange::logicalId).contains("OrdersApiLaunchTemplate");

        Stack updated = describe(SERVICE);
        assertThat(updated.stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
        assertThat(updated.lastUpdatedTime()).isNotNull();
        assertThat(tags(updated)).containsEntry("plinth:template-sha256", sha256(large, "service"));
        assertThat(template(SERVICE)).contains("t3.large").doesNotContain("t3.small");
        assertThat(parameters(updated)).isEqualTo(parametersBefore);
        assertThat(describe(NETWORK).lastUpdatedTime()).isNull();
        assertThat(describe(BASTION).lastUpdatedTime()).isNull();

        CliRun again = plinth("materialize", large.toString(), "--endpoint-url", endpoint, "--region", REGION, "--yes");
        assertThat(again.code()).as(again.describe()).isZero();
        assertThat(again.out()).contains("3 stacks: 0 applied, 3 unchanged, 0 failed, 0 skipped");
    }

    @Test
    @Order(6)
    void anOfflinePlanAgainstTheFirstFolderShowsTheSameModify() throws IOException {
        CliRun run = plinth(
                "plan",
                large.toString(),
                "--against",
                small.toString(),
                "--report-json",
                temp.resolve("offline.json").toString());

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out())
                .containsPattern("\\| [^|]*Modify[^|]* \\| OrdersApiLaunchTemplate \\| AWS::EC2::LaunchTemplate \\|");
        RunReport report = report("offline.json");
        assertThat(stack(report, "network").changes()).isEmpty();
        assertThat(stack(report, "bastion").changes()).isEmpty();
        assertThat(stack(report, "service").changes()).singleElement().satisfies(change -> {
            assertThat(change.logicalId()).isEqualTo("OrdersApiLaunchTemplate");
            assertThat(change.resourceType()).isEqualTo("AWS::EC2::LaunchTemplate");
            assertThat(change.action()).isEqualTo("Modify");
            assertThat(change.changedProperties()).containsExactly("LaunchTemplateData");
            assertThat(change.destroys()).isFalse();
        });
    }

    private void writeLargerVariant() throws IOException {
        Compilation compilation = Plinth.compile(new StatelessService("t3.large"), "dev", CompileOptions.defaults())
                .writeTo(large);
        assertThat(compilation.diagnostics()).noneMatch(d -> d.isError());
        assertThat(compilation.output()).isPresent();
        assertThat(sha256(large, "network")).isEqualTo(sha256(small, "network"));
        assertThat(sha256(large, "bastion")).isEqualTo(sha256(small, "bastion"));
        assertThat(sha256(large, "service")).isNotEqualTo(sha256(small, "service"));
    }

    private static String sha256(Path folder, String stack) throws IOException {
        return Manifest.read(folder.resolve(Manifest.FILE_NAME))
                .stack(stack)
                .orElseThrow()
                .sha256();
    }

    private Stack describe(String stackName) {
        return cloudFormation
                .describeStacks(r -> r.stackName(stackName))
                .stacks()
                .get(0);
    }

    private String template(String stackName) {
        return cloudFormation.getTemplate(r -> r.stackName(stackName)).templateBody();
    }

    private static Map<String, String> outputs(Stack stack) {
        Map<String, String> outputs = new HashMap<>();
        for (Output output : stack.outputs()) {
            outputs.put(output.outputKey(), output.outputValue());
        }
        return outputs;
    }

    private static Map<String, String> parameters(Stack stack) {
        Map<String, String> parameters = new HashMap<>();
        for (Parameter parameter : stack.parameters()) {
            parameters.put(parameter.parameterKey(), parameter.parameterValue());
        }
        return parameters;
    }

    private static Map<String, String> tags(Stack stack) {
        Map<String, String> tags = new HashMap<>();
        for (Tag tag : stack.tags()) {
            tags.put(tag.key(), tag.value());
        }
        return tags;
    }

    /** The change set ids of each stack; moto lists every stack's change sets, so they are filtered by stack here. */
    private Map<String, List<String>> changeSetIds() {
        Map<String, List<String>> ids = new HashMap<>();
        for (String stackName : List.of(NETWORK, BASTION, SERVICE)) {
            String stackId = describe(stackName).stackId();
            List<String> mine = new ArrayList<>();
            for (ChangeSetSummary summary :
                    cloudFormation.listChangeSets(r -> r.stackName(stackId)).summaries()) {
                if (stackId.equals(summary.stackId())) {
                    mine.add(summary.changeSetId());
                }
            }
            ids.put(stackName, mine);
        }
        return ids;
    }

    private RunReport report(String file) throws IOException {
        return JsonReport.parse(Files.readString(temp.resolve(file), StandardCharsets.UTF_8));
    }

    private static StackReport stack(RunReport report, String name) {
        return report.stacks().stream()
                .filter(s -> s.stack().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stack " + name + " in the report"));
    }

    private CliRun plinth(String... args) {
        return CliRun.of(moto, args);
    }
}
