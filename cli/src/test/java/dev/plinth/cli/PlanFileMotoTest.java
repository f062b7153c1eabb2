package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.Plinth;
import dev.plinth.materializer.AwsClients;
import dev.plinth.samples.StatelessService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;

/**
 * The CI flow against moto: plan on the pull request with --out, materialize exactly that plan on
 * merge; a plan made before a hand change is refused at apply with nothing changed; without --yes
 * and off a terminal, changes that need approval are refused (exit 3) before any change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanFileMotoTest {
    private static final String REGION = "eu-west-1";

    @TempDir
    static Path temp;

    private MotoServer moto;
    private String endpoint;
    private CloudFormationClient cloudFormation;
    private Path small;
    private Path large;

    @BeforeAll
    void startMoto() throws Exception {
        moto = MotoServer.start(temp);
        endpoint = moto.endpoint();
        cloudFormation = new AwsClients(REGION, Optional.empty(), Optional.of(URI.create(endpoint))).cloudFormation();
        small = temp.resolve("small");
        large = temp.resolve("large");
        assertThat(plinth("compile", "stateless-service", "--env", "dev", "--out", small.toString())
                        .code())
                .isZero();
        Compilation compilation = Plinth.compile(new StatelessService("t3.large"), "dev", CompileOptions.defaults())
                .writeTo(large);
        assertThat(compilation.output())
                .as(compilation.diagnostics().toString())
                .isPresent();
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
    void withoutYesOffATerminalChangesThatNeedApprovalAreRefusedWithNothingChanged() {
        CliRun run = plinth("materialize", small.toString(), "--endpoint-url", endpoint, "--region", REGION);

        assertThat(run.code()).as(run.describe()).isEqualTo(3);
        assertThat(run.err())
                .contains("plinth: [NEEDS_APPROVAL] these changes need approval (--require-approval broadening)")
                .contains(
                        "BastionRole (AWS::IAM::Role) widens permissions: + Allow sts:AssumeRole by Service:ec2.amazonaws.com")
                .contains(
                        "BastionSecurityGroup (AWS::EC2::SecurityGroup) widens network ingress: + ingress tcp 22 from 203.0.113.0/24");
        assertThat(liveStacks()).isEmpty();
    }

    @Test
    @Order(2)
    void aPlanWrittenWithOutIsAppliedExactlyByMaterializePlan() throws IOException {
        Path planFile = temp.resolve("plan.json");
        // The commands of docs/ci/github-actions.yml: exit 2 of --detailed-exitcode means "changes", not a failure.
        CliRun plan = plinth(
                "plan",
                small.toString(),
                "--endpoint-url",
                endpoint,
                "--region",
                REGION,
                "--out",
                planFile.toString(),
                "--report-md",
                temp.resolve("plan.md").toString(),
                "--detailed-exitcode");

        assertThat(plan.code()).as(plan.describe()).isEqualTo(2);
        assertThat(Files.readString(temp.resolve("plan.md")))
                .startsWith("## Plinth Plan: stateless-service / dev / eu-west-1");
        assertThat(Files.readString(planFile)).contains("\"changeSetArn\"").contains("\"knownAfterApply\" : true");
        assertThat(plan.err()).contains("plan written to " + planFile);

        CliRun apply = plinth(
                "materialize",
                small.toString(),
                "--endpoint-url",
                endpoint,
                "--region",
                REGION,
                "--plan",
                planFile.toString(),
                "--yes");

        assertThat(apply.code()).as(apply.describe()).isZero();
        assertThat(apply.out()).contains("3 stacks: 3 applied, 0 unchanged, 0 failed, 0 skipped");
        assertThat(liveStacks()).extracting(StackSummary::stackStatusAsString).containsOnly("CREATE_COMPLETE");
    }

    @Test
    @Order(3)
    void aPlanMadeBeforeAHandChangeIsRefusedAtApplyAndChangesNothing() throws IOException {
        Path planFile = temp.resolve("large-plan.json");
        assertThat(plinth(
                                "plan",
                                large.toString(),
                                "--endpoint-url",
                                endpoint,
                                "--region",
                                REGION,
                                "--out",
                                planFile.toString())
                        .code())
                .isZero();
        // Someone adds an output to the service stack by hand after the plan was reviewed.
        Stack service = describe("stateless-service-dev-service");
        ObjectNode template = (ObjectNode) new ObjectMapper()
                .readTree(cloudFormation
                        .getTemplate(r -> r.stackName(service.stackId()))
                        .templateBody());
        template.with("Outputs").putObject("HandMade").put("Value", "by-hand");
        String byHand = cloudFormation
                .createChangeSet(r -> r.stackName(service.stackId())
                        .changeSetName("by-hand")
                        .changeSetType("UPDATE")
                        .templateBody(template.toString())
                        .parameters(service.parameters().stream()
                                .map(p -> software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
                                        .parameterKey(p.parameterKey())
                                        .usePreviousValue(true)
                                        .build())
                                .toList())
                        .capabilitiesWithStrings(List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"))
                        .tags(service.tags()))
                .id();
        cloudFormation.executeChangeSet(r -> r.changeSetName(byHand).stackName(service.stackId()));

        CliRun apply = plinth(
                "materialize",
                large.toString(),
                "--endpoint-url",
                endpoint,
                "--region",
                REGION,
                "--plan",
                planFile.toString(),
                "--yes");

        assertThat(apply.code()).as(apply.describe()).isEqualTo(1);
        assertThat(apply.err())
                .contains("[PLAN_MOVED] stack stateless-service-dev-service moved since the plan was reviewed");
        assertThat(cloudFormation
                        .getTemplate(r -> r.stackName("stateless-service-dev-service"))
                        .templateBody())
                .contains("t3.small")
                .doesNotContain("t3.large");
    }

    private List<StackSummary> liveStacks() {
        return cloudFormation.listStacks().stackSummaries().stream()
                .filter(s -> !s.stackStatusAsString().equals("DELETE_COMPLETE")
                        && !s.stackStatusAsString().equals("REVIEW_IN_PROGRESS"))
                .toList();
    }

    private Stack describe(String stackName) {
        return cloudFormation
                .describeStacks(r -> r.stackName(stackName))
                .stacks()
                .get(0);
    }

    private CliRun plinth(String... args) {
        return CliRun.of(moto, args);
    }
}
