package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.Plinth;
import dev.plinth.dsl.Platform;
import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CloudFormationApi;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.SdkCloudFormation;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.Ticker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResource;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/**
 * Four defects of the materializer from the issue "Materializer defects found against an
 * independent emulator", reproduced against moto through the real SDK client: (1) a stack
 * policy that failed to be set, or was never set because the process died, is never set by a
 * later run; (2) a parameter whose value is the template's default keeps the previous default
 * (UsePreviousValue) when the default changes; (3) a stack that Plinth did not create is taken
 * over without being asked, and two manifest entries with one stack name are applied; (4) what
 * is knowable before the first call (a template too large without a bucket, a bucket that does
 * not exist, an unwritable report, a zero timeout) is found only after stacks were applied.
 *
 * <p>Each test starts its own moto, so "no stack exists" means none at all. Faults are injected
 * in-process with {@link FaultyCloudFormation}; everything else goes through the plinth command.
 * Skipped when python3 has no moto, unless PLINTH_REQUIRE_MOTO=1, as the other moto tests are.
 */
class MaterializerDefectsMotoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A stack someone else made: one topic, their tags, none of Plinth's. */
    private static final String FOREIGN_TEMPLATE =
            "{\"Resources\": {\"TheirTopic\": {\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"TopicName\": \"their-topic\"}}}}";

    @TempDir
    Path temp;

    private MotoServer moto;
    private final Map<String, CloudFormationClient> clients = new HashMap<>();

    @BeforeEach
    void startMoto() throws Exception {
        moto = MotoServer.start(temp);
    }

    @AfterEach
    void stopMoto() throws InterruptedException {
        clients.values().forEach(CloudFormationClient::close);
        if (moto != null) {
            moto.close();
        }
    }

    // Defect 1: the stack policy of a production stack is lost.

    /** The control: without a fault, the emulator shows the policy and protection the next two tests expect. */
    @Test
    void aFaultFreeCreateLeavesTheDataStackWithItsPolicyAndTerminationProtection() throws IOException {
        Path dir = compile("ecs", "prod");
        Manifest.Stack data = manifest(dir).stack("data").orElseThrow();
        CloudFormationClient cloudFormation = cloudFormation(manifest(dir).region());

        RunReport run = materialize(new SdkCloudFormation(cloudFormation), dir, "control1");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(run.succeeded())
                .as("the run succeeds: %s", run.stacks())
                .isTrue();
        assertProtected(softly, cloudFormation, data);
        softly.assertAll();
    }

    @Test
    void aStackPolicyThatFailedToBeSetOnceIsSetByTheNextRun() throws IOException {
        Path dir = compile("ecs", "prod");
        Manifest.Stack data = manifest(dir).stack("data").orElseThrow();
        assertThat(data.stackPolicy())
                .as("ecs prod's data stack has a stack policy")
                .isPresent();
        CloudFormationClient cloudFormation = cloudFormation(manifest(dir).region());

        FaultyCloudFormation faulty =
                new FaultyCloudFormation(new SdkCloudFormation(cloudFormation)).failOnce("SetStackPolicy", 1);
        RunReport first = materialize(faulty, dir, "policyfault1");

        assertThat(faulty.failedCall()).as("the injected failure").isNotNull();
        assertThat(FaultyCloudFormation.sameStack(
                        faulty.failedCall().substring("SetStackPolicy ".length()), data.stackName()))
                .isTrue();
        assertThat(stack(first, "data").outcome()).isEqualTo(StackReport.Outcome.FAILED);
        assertThat(stack(first, "data").message())
                .hasValueSatisfying(message -> assertThat(message).contains("AccessDenied"));

        RunReport second = materialize(new SdkCloudFormation(cloudFormation), dir, "policyclean2");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(second.succeeded())
                .as("the clean rerun succeeds: %s", second.stacks())
                .isTrue();
        assertProtected(softly, cloudFormation, data);
        softly.assertAll();
    }

    @Test
    void aStackPolicyNeverSetBecauseTheProcessDiedAfterExecutingIsSetByTheNextRun()
            throws IOException, InterruptedException {
        Path dir = compile("ecs", "prod");
        Manifest.Stack data = manifest(dir).stack("data").orElseThrow();
        CloudFormationClient cloudFormation = cloudFormation(manifest(dir).region());

        FaultyCloudFormation faulty = new FaultyCloudFormation(new SdkCloudFormation(cloudFormation))
                .killAfter("ExecuteChangeSet", data.stackName());
        Throwable crash = catchThrowable(() -> materialize(faulty, dir, "killed1"));

        assertThat(faulty.killedAfter())
                .as("the process was killed after the data stack's ExecuteChangeSet")
                .isNotNull();
        assertThat(causes(crash)).anyMatch(cause -> cause instanceof FaultyCloudFormation.ProcessKilled);
        assertThat(settle(cloudFormation, data.stackName())).isEqualTo("CREATE_COMPLETE");

        RunReport rerun = materialize(new SdkCloudFormation(cloudFormation), dir, "afterkill2");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(rerun.succeeded())
                .as("the clean rerun succeeds: %s", rerun.stacks())
                .isTrue();
        assertProtected(softly, cloudFormation, data);
        softly.assertAll();
    }

    // Defect 2: a parameter whose value is the template's default keeps the old default.

    @Test
    void aParameterLeftToItsDefaultTakesTheNewDefaultWhenTheTemplateChangesIt() throws IOException {
        Path v1 = write(new ImageSwitchPlatform(false), "dev", temp.resolve("v1"));
        Path v2 = write(new ImageSwitchPlatform(true), "dev", temp.resolve("v2"));
        Manifest.Stack bastion = manifest(v1).stack("bastion").orElseThrow();
        assertThat(bastion.parameters().get("BastionImageId").source()).isEqualTo(Manifest.Source.DEFAULT);
        assertThat(bastion.parameters().get("BastionImageId").value()).contains(ImageSwitchPlatform.X86_64);
        assertThat(manifest(v2)
                        .stack("bastion")
                        .orElseThrow()
                        .parameters()
                        .get("BastionImageId")
                        .value())
                .contains(ImageSwitchPlatform.ARM64);
        CloudFormationClient cloudFormation = cloudFormation(manifest(v1).region());
        String shownForV1 = valueShownForADefault(cloudFormation, ImageSwitchPlatform.X86_64);
        String shownForV2 = valueShownForADefault(cloudFormation, ImageSwitchPlatform.ARM64);
        assertThat(shownForV2).as("the emulator tells the two defaults apart").isNotEqualTo(shownForV1);

        Run first = plinth("materialize", v1.toString(), "--yes", "--endpoint-url", moto.endpoint());
        assertThat(first.code).as(first.describe()).isZero();
        assertThat(parameters(describe(cloudFormation, bastion.stackName())))
                .containsEntry("BastionImageId", shownForV1);

        Run second = plinth(
                "materialize",
                v2.toString(),
                "--yes",
                "--endpoint-url",
                moto.endpoint(),
                "--report-json",
                temp.resolve("v2.json").toString());
        assertThat(second.code).as(second.describe()).isZero();
        assertThat(second.out).contains("1 applied");

        assertThat(parameters(describe(cloudFormation, bastion.stackName())).get("BastionImageId"))
                .as(
                        "BastionImageId of %s after applying v2, whose default is %s (v1's was %s)",
                        bastion.stackName(), ImageSwitchPlatform.ARM64, ImageSwitchPlatform.X86_64)
                .isEqualTo(shownForV2);
    }

    // Defect 3: stacks Plinth did not create, and two entries with one stack name.

    @Test
    void aStackPlinthDidNotCreateIsRefusedUntilAdoptedAndKeepsItsResourcesMeanwhile() throws IOException {
        Path dir = compile("stateless-service", "dev");
        Manifest.Stack network = manifest(dir).stack("network").orElseThrow();
        CloudFormationClient cloudFormation = cloudFormation(manifest(dir).region());
        cloudFormation.createStack(r -> r.stackName(network.stackName())
                .templateBody(FOREIGN_TEMPLATE)
                .tags(Tag.builder().key("owner").value("another-team").build()));

        Run refused = plinth("materialize", dir.toString(), "--yes", "--endpoint-url", moto.endpoint());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(logicalIds(cloudFormation, network.stackName()))
                .as("the foreign stack's resources afterwards")
                .containsExactly("TheirTopic");
        softly.assertThat(tags(describe(cloudFormation, network.stackName())))
                .as("the foreign stack's tags afterwards")
                .containsEntry("owner", "another-team")
                .doesNotContainKeys("plinth:template-sha256", "plinth:stack");
        softly.assertThat(refused.code).as(refused.describe()).isEqualTo(1);
        softly.assertThat(refused.all())
                .as("what materialize said")
                .contains(network.stackName())
                .contains("was not created by Plinth")
                .contains("--adopt");
        softly.assertAll();

        Run adopted =
                plinth("materialize", dir.toString(), "--yes", "--endpoint-url", moto.endpoint(), "--adopt", "network");

        assertThat(adopted.code).as(adopted.describe()).isZero();
        Stack converged = describe(cloudFormation, network.stackName());
        assertThat(tags(converged))
                .containsEntry("plinth:template-sha256", network.sha256())
                .containsEntry("plinth:stack", "network");
        assertThat(JSON.readTree(cloudFormation
                        .getTemplate(r -> r.stackName(network.stackName()))
                        .templateBody()))
                .isEqualTo(JSON.readTree(dir.resolve(network.template()).toFile()));
        assertThat(logicalIds(cloudFormation, network.stackName())).doesNotContain("TheirTopic");
    }

    @Test
    void twoManifestEntriesWithOneStackNameAreRefusedBeforeAnyCall() throws IOException {
        Path dir = compile("stateless-service", "dev");
        Path file = dir.resolve(Manifest.FILE_NAME);
        ObjectNode tree = (ObjectNode) JSON.readTree(file.toFile());
        String networkName = tree.get("stacks").get(0).get("stackName").asText();
        ((ObjectNode) tree.get("stacks").get(1)).put("stackName", networkName);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);

        Run run = plinth("materialize", dir.toString(), "--yes", "--endpoint-url", moto.endpoint());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(liveStacks(cloudFormation(manifest(dir).region())))
                .as("stacks in moto afterwards")
                .isEmpty();
        softly.assertThat(run.code).as(run.describe()).isEqualTo(1);
        softly.assertThat(run.all()).as("what materialize said").contains("both deploy to stack name");
        softly.assertAll();
    }

    // Defect 4: refusals that come after stacks were applied.

    @Test
    void aTemplateTooLargeToSendInlineWithoutABucketIsRefusedBeforeAnyStackIsApplied() throws IOException {
        Path dir = compile("mesos", "prod");
        assertThat(manifest(dir).stacks()).anyMatch(Manifest.Stack::needsS3);

        Run run = plinth("materialize", dir.toString(), "--yes", "--endpoint-url", moto.endpoint());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(liveStacks(cloudFormation(manifest(dir).region())))
                .as("stacks in moto afterwards")
                .isEmpty();
        softly.assertThat(run.code).as(run.describe()).isEqualTo(1);
        softly.assertThat(run.all()).as("what materialize said").contains("--template-bucket");
        softly.assertAll();
    }

    @Test
    void aTemplateBucketThatDoesNotExistIsRefusedBeforeAnyStackIsApplied() throws IOException {
        Path dir = compile("mesos", "prod");

        Run run = plinth(
                "materialize",
                dir.toString(),
                "--yes",
                "--endpoint-url",
                moto.endpoint(),
                "--template-bucket",
                "plinth-no-such-bucket");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(liveStacks(cloudFormation(manifest(dir).region())))
                .as("stacks in moto afterwards")
                .isEmpty();
        softly.assertThat(run.code).as(run.describe()).isEqualTo(1);
        softly.assertThat(run.all()).as("what materialize said").contains("template bucket");
        softly.assertAll();
    }

    @Test
    void aReportThatCannotBeWrittenIsRefusedBeforeAnyStackIsApplied() throws IOException {
        Path dir = compile("stateless-service", "dev");
        Path file = Files.writeString(temp.resolve("somefile"), "", StandardCharsets.UTF_8);

        Run run = plinth(
                "materialize",
                dir.toString(),
                "--yes",
                "--endpoint-url",
                moto.endpoint(),
                "--report-json",
                file.resolve("report.json").toString());

        assertThat(liveStacks(cloudFormation(manifest(dir).region())))
                .as("stacks in moto afterwards")
                .isEmpty();
        assertThat(run.code).as(run.describe()).isNotZero();
        assertThat(run.err).contains("cannot write the report to " + file.resolve("report.json"));
    }

    @Test
    void aZeroTimeoutIsAUsageErrorBeforeAnyStackIsApplied() throws IOException {
        Path dir = compile("stateless-service", "dev");

        Run run = plinth("materialize", dir.toString(), "--yes", "--endpoint-url", moto.endpoint(), "--timeout", "0s");

        assertThat(run.code).as(run.describe()).isEqualTo(2);
        assertThat(run.err).contains("--timeout");
        assertThat(liveStacks(cloudFormation(manifest(dir).region())))
                .as("stacks in moto afterwards")
                .isEmpty();
    }

    /** The stack has the manifest's stack policy (compared as JSON) and termination protection. */
    private static void assertProtected(
            SoftAssertions softly, CloudFormationClient cloudFormation, Manifest.Stack stack) throws IOException {
        String policy = cloudFormation
                .getStackPolicy(r -> r.stackName(stack.stackName()))
                .stackPolicyBody();
        softly.assertThat(policy).as("GetStackPolicy of %s", stack.stackName()).isNotNull();
        if (policy != null) {
            softly.assertThat(JSON.readTree(policy))
                    .as("stack policy of %s", stack.stackName())
                    .isEqualTo(JSON.readTree(stack.stackPolicy().orElseThrow()));
        }
        softly.assertThat(describe(cloudFormation, stack.stackName()).enableTerminationProtection())
                .as("termination protection of %s", stack.stackName())
                .isTrue();
    }

    /** What DescribeStacks shows for an SSM image parameter left to this default: the name (AWS) or the image it names (moto). */
    private static String valueShownForADefault(CloudFormationClient cloudFormation, String defaultValue) {
        String name = "probe-" + Integer.toHexString(defaultValue.hashCode());
        cloudFormation.createStack(r -> r.stackName(name)
                .templateBody("{\"Parameters\": {\"Image\": {\"Type\": "
                        + "\"AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>\", \"Default\": \"" + defaultValue
                        + "\"}}, "
                        + "\"Resources\": {\"Topic\": {\"Type\": \"AWS::SNS::Topic\"}}}"));
        String shown = parameters(describe(cloudFormation, name)).get("Image");
        cloudFormation.deleteStack(r -> r.stackName(name));
        return shown;
    }

    private RunReport materialize(CloudFormationApi api, Path dir, String runId) throws IOException {
        MaterializerOptions options = MaterializerOptions.apply(runId)
                .withPolls(Duration.ofMillis(200), Duration.ofMillis(100))
                .withTimeout(Duration.ofMinutes(5));
        return new Materializer(api, Ticker.SYSTEM, new CallCounter())
                .run(CompiledOutputs.read(dir), options, RunListener.NONE);
    }

    /** Waits until the stack is in no *_IN_PROGRESS status, and returns that status. */
    private static String settle(CloudFormationClient cloudFormation, String stackName) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status = describe(cloudFormation, stackName).stackStatusAsString();
        while (status.endsWith("_IN_PROGRESS") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = describe(cloudFormation, stackName).stackStatusAsString();
        }
        return status;
    }

    private Path compile(String platform, String environment) {
        Path dir = temp.resolve("out").resolve(platform).resolve(environment);
        Run run = plinth("compile", platform, "--env", environment, "--out", dir.toString());
        assertThat(run.code).as(run.describe()).isZero();
        return dir;
    }

    private static Path write(Platform platform, String environment, Path dir) {
        Compilation compilation =
                Plinth.compile(platform, environment, CompileOptions.defaults()).writeTo(dir);
        assertThat(compilation.diagnostics()).noneMatch(d -> d.isError());
        assertThat(compilation.output()).isPresent();
        return dir;
    }

    private static Manifest manifest(Path dir) throws IOException {
        return Manifest.read(dir.resolve(Manifest.FILE_NAME));
    }

    private CloudFormationClient cloudFormation(String region) {
        return clients.computeIfAbsent(
                region,
                r -> new AwsClients(r, Optional.empty(), Optional.of(URI.create(moto.endpoint()))).cloudFormation());
    }

    private static Stack describe(CloudFormationClient cloudFormation, String stackName) {
        return cloudFormation
                .describeStacks(r -> r.stackName(stackName))
                .stacks()
                .get(0);
    }

    /** Every stack that exists in the region: any status but DELETE_COMPLETE. */
    private static List<String> liveStacks(CloudFormationClient cloudFormation) {
        List<String> names = new ArrayList<>();
        for (StackSummary summary : cloudFormation.listStacksPaginator(r -> {}).stackSummaries()) {
            if (!"DELETE_COMPLETE".equals(summary.stackStatusAsString())) {
                names.add(summary.stackName() + " (" + summary.stackStatusAsString() + ")");
            }
        }
        return names;
    }

    private static List<String> logicalIds(CloudFormationClient cloudFormation, String stackName) {
        return cloudFormation.describeStackResources(r -> r.stackName(stackName)).stackResources().stream()
                .map(StackResource::logicalResourceId)
                .sorted()
                .collect(Collectors.toList());
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

    private static StackReport stack(RunReport report, String name) {
        return report.stacks().stream()
                .filter(s -> s.stack().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stack " + name + " in the report"));
    }

    private static List<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, Objects::nonNull, Throwable::getCause).collect(Collectors.toList());
    }

    private Run plinth(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString(), moto.logTail());
    }

    private record Run(int code, String out, String err, String motoLog) {
        String all() {
            return out + err;
        }

        String describe() {
            return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err + "\nmoto log (tail):\n" + motoLog;
        }
    }
}
