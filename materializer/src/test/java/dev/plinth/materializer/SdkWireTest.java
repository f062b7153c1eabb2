package dev.plinth.materializer;

import static dev.plinth.materializer.wire.QueryProtocolServer.error;
import static dev.plinth.materializer.wire.QueryProtocolServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateFormat;
import dev.plinth.materializer.diff.ResourceChange;
import dev.plinth.materializer.wire.QueryProtocolServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * The real SDK client (serialisation, error parsing) under the materializer's retry layer,
 * against a local server answering in CloudFormation's Query protocol. In this package because
 * what it drives ({@link EventStream}, {@link ChangeSetRun}, {@link StackWaits#isAbsent}) is
 * package-private; the server is in {@code wire}.
 */
class SdkWireTest {
    private static final String ARN = "arn:aws:cloudformation:eu-west-1:123456789012:stack/shop-dev-network/0a1b2c3d";
    private static final Map<String, String> SAVED = new HashMap<>();

    private QueryProtocolServer server;
    private CloudFormationClient client;
    private final RecordingTicker ticker = new RecordingTicker();
    private final CallCounter counter = new CallCounter();
    private CloudFormationApi cloudFormation;

    @BeforeAll
    static void dummyCredentials() {
        for (String key : List.of("aws.accessKeyId", "aws.secretAccessKey")) {
            SAVED.put(key, System.getProperty(key));
            System.setProperty(key, "plinth-wire-test");
        }
    }

    @AfterAll
    static void restoreCredentials() {
        SAVED.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @BeforeEach
    void start() throws IOException {
        server = new QueryProtocolServer();
        client = new AwsClients("eu-west-1", Optional.empty(), Optional.of(server.endpoint())).cloudFormation();
        cloudFormation = new RetryingCloudFormation(new SdkCloudFormation(client), ticker, counter);
    }

    @AfterEach
    void stop() {
        assertThat(server.unscripted()).as("requests with no scripted reply").isEmpty();
        client.close();
        server.close();
    }

    @Test
    void aThrottledDescribeStacksIsRetriedWithBackoffUntilItSucceeds() {
        server.on(
                "DescribeStacks",
                error(400, "Sender", "Throttling", "Rate exceeded"),
                error(400, "Sender", "Throttling", "Rate exceeded"),
                ok(
                        "DescribeStacks",
                        stacks(stack(
                                "CREATE_COMPLETE",
                                "<Outputs><member><OutputKey>NetworkVpc</OutputKey>"
                                        + "<OutputValue>vpc-0abc</OutputValue></member></Outputs>"))));

        Stack stack = cloudFormation
                .describeStacks(DescribeStacksRequest.builder()
                        .stackName("shop-dev-network")
                        .build())
                .stacks()
                .get(0);

        assertThat(stack.stackId()).isEqualTo(ARN);
        assertThat(StackState.of(stack).outputs()).containsExactly(Map.entry("NetworkVpc", "vpc-0abc"));
        assertThat(server.requests("DescribeStacks"))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("StackName", "shop-dev-network")
                        .containsEntry("Version", "2010-05-15"));
        assertThat(counter.byOperation()).containsExactly(Map.entry("DescribeStacks", 3));
        assertThat(ticker.sleeps).hasSize(2).allSatisfy(ms -> assertThat(ms).isPositive());
    }

    @Test
    void throttlingThatNeverEndsGivesUpAfterTheAttemptLimitWithTheThrottlingError() {
        for (int i = 0; i < RetryingCloudFormation.MAX_ATTEMPTS; i++) {
            server.on("DescribeStacks", error(400, "Sender", "Throttling", "Rate exceeded"));
        }

        CallFailedException failed = catchThrowableOfType(
                CallFailedException.class,
                () -> cloudFormation.describeStacks(DescribeStacksRequest.builder()
                        .stackName("shop-dev-network")
                        .build()));

        assertThat(failed)
                .hasMessageStartingWith("DescribeStacks to " + server.endpoint() + " failed after 12 attempts over ")
                .hasMessageEndingWith(": Throttling: Rate exceeded");
        AwsServiceException e = (AwsServiceException) failed.getCause();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
        assertThat(e.isThrottlingException()).isTrue();
        assertThat(server.requests("DescribeStacks")).hasSize(RetryingCloudFormation.MAX_ATTEMPTS);
        assertThat(ticker.sleeps).hasSize(RetryingCloudFormation.MAX_ATTEMPTS - 1);
    }

    @Test
    void aStackThatDoesNotExistIsAValidationErrorReadAsAbsentAndNotRetried() {
        server.on(
                "DescribeStacks",
                error(400, "Sender", "ValidationError", "Stack with id shop-dev-network does not exist"));

        AwsServiceException e = catchThrowableOfType(
                AwsServiceException.class,
                () -> cloudFormation.describeStacks(DescribeStacksRequest.builder()
                        .stackName("shop-dev-network")
                        .build()));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Stack with id shop-dev-network does not exist");
        assertThat(e.requestId()).isEqualTo("req-ValidationError");
        assertThat(StackWaits.isAbsent(e)).isTrue();
        assertThat(server.requests("DescribeStacks")).hasSize(1);
        assertThat(ticker.sleeps).isEmpty();
    }

    @Test
    void anotherValidationErrorIsNotReadAsAbsent() {
        server.on(
                "DescribeStacks",
                error(
                        400,
                        "Sender",
                        "ValidationError",
                        "1 validation error detected: Value 'shop dev' at 'stackName' "
                                + "failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*"));

        AwsServiceException e = catchThrowableOfType(
                AwsServiceException.class,
                () -> cloudFormation.describeStacks(
                        DescribeStacksRequest.builder().stackName("shop dev").build()));

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        assertThat(StackWaits.isAbsent(e)).isFalse();
    }

    @Test
    void accessDeniedIsNotRetriedAndNotReadAsAbsent() {
        server.on(
                "DescribeStacks",
                error(
                        403,
                        "Sender",
                        "AccessDenied",
                        "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: cloudformation:DescribeStacks"));

        AwsServiceException e = catchThrowableOfType(
                AwsServiceException.class,
                () -> cloudFormation.describeStacks(DescribeStacksRequest.builder()
                        .stackName("shop-dev-network")
                        .build()));

        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(StackWaits.isAbsent(e)).isFalse();
        assertThat(server.requests("DescribeStacks")).hasSize(1);
        assertThat(ticker.sleeps).isEmpty();
    }

    @Test
    void aServerErrorIsRetried() {
        server.on(
                "DescribeStacks",
                error(500, "Receiver", "InternalFailure", "We encountered an internal error. Please try again."),
                ok("DescribeStacks", stacks(stack("UPDATE_COMPLETE", ""))));

        Stack stack = cloudFormation
                .describeStacks(DescribeStacksRequest.builder()
                        .stackName("shop-dev-network")
                        .build())
                .stacks()
                .get(0);

        assertThat(stack.stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
        assertThat(server.requests("DescribeStacks")).hasSize(2);
    }

    @Test
    void stackEventsAreFollowedAcrossPagesAndStopAtTheFirstEventAlreadySeen() {
        server.on(
                "DescribeStackEvents",
                ok("DescribeStackEvents", events(List.of("e3", "e2"), "page-2")),
                ok("DescribeStackEvents", events(List.of("e1"), null)),
                ok("DescribeStackEvents", events(List.of("e6", "e5"), "page-2b")),
                ok("DescribeStackEvents", events(List.of("e4", "e3", "e2"), "page-3b")));
        EventStream stream = new EventStream(cloudFormation, ARN);

        stream.markStart();
        List<StackEvent> fresh = stream.poll();

        assertThat(fresh).extracting(StackEvent::eventId).containsExactly("e4", "e5", "e6");
        assertThat(fresh.get(0).resourceStatusAsString()).isEqualTo("UPDATE_COMPLETE");
        assertThat(fresh.get(0).logicalResourceId()).isEqualTo("Resource-e4");
        List<Map<String, String>> requests = server.requests("DescribeStackEvents");
        assertThat(requests).hasSize(4).allSatisfy(r -> assertThat(r).containsEntry("StackName", ARN));
        assertThat(requests).extracting(r -> r.get("NextToken")).containsExactly(null, "page-2", null, "page-2b");
    }

    @Test
    void changeSetChangesAreFollowedAcrossPages() {
        String changeSetArn = "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/plinth-network/9f8e7d6c";
        server.on(
                "CreateChangeSet",
                ok("CreateChangeSet", "<Id>" + changeSetArn + "</Id><StackId>" + ARN + "</StackId>"));
        server.on(
                "DescribeChangeSet",
                ok("DescribeChangeSet", changeSet("CREATE_PENDING", List.of(), null)),
                ok(
                        "DescribeChangeSet",
                        changeSet(
                                "CREATE_COMPLETE",
                                List.of(
                                        change("NetworkVpc", "AWS::EC2::VPC", "Modify", "True", "CidrBlock", "Always"),
                                        change(
                                                "NetworkSubnetAppA",
                                                "AWS::EC2::Subnet",
                                                "Modify",
                                                "Conditional",
                                                "VpcId",
                                                "Conditionally")),
                                "cs-page-2")),
                ok(
                        "DescribeChangeSet",
                        changeSet(
                                "CREATE_COMPLETE",
                                List.of(change("NetworkFlowLogs", "AWS::EC2::FlowLog", "Remove", null, null, null)),
                                null)));
        Manifest.Stack stack = networkStack();
        StackRequest request = new StackRequest(
                stack, "{}".getBytes(StandardCharsets.UTF_8), Map.of(), Set.of(), new TreeMap<>(), Optional.empty());
        MaterializerOptions options = MaterializerOptions.apply("wire");
        ChangeSetRun run = new ChangeSetRun(
                cloudFormation,
                new Polling(ticker, Long.MAX_VALUE),
                options,
                RunListener.NONE,
                request,
                Optional.empty());

        Optional<String> noChanges = run.create(
                ChangeSetType.UPDATE,
                List.of(),
                CreateChangeSetRequest.builder().templateBody("{}"));
        List<ResourceChange> changes = run.changes();

        assertThat(noChanges).isEmpty();
        assertThat(run.id()).isEqualTo(changeSetArn);
        assertThat(run.stackArn()).isEqualTo(ARN);
        assertThat(changes)
                .extracting(ResourceChange::logicalId)
                .containsExactly("NetworkVpc", "NetworkSubnetAppA", "NetworkFlowLogs");
        assertThat(changes.get(0).replacement()).contains("True");
        assertThat(changes.get(0).replacingProperties()).containsExactly("CidrBlock");
        assertThat(changes.get(1).replacement()).contains("Conditional");
        assertThat(changes.get(2).action()).isEqualTo("Remove");
        assertThat(changes.get(2).destroys()).isTrue();
        Map<String, String> create = server.requests("CreateChangeSet").get(0);
        assertThat(create)
                .containsEntry("ChangeSetName", "plinth-network")
                .containsEntry("ChangeSetType", "UPDATE")
                .containsEntry("StackName", "shop-dev-network")
                .containsEntry("ClientToken", "plinth-wire-network-change-set");
        assertThat(server.requests("DescribeChangeSet"))
                .extracting(r -> r.get("NextToken"))
                .containsExactly(null, null, "cs-page-2");
        assertThat(server.requests("DescribeChangeSet"))
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("ChangeSetName", changeSetArn)
                        .containsEntry("StackName", ARN));
    }

    @Test
    void aChangeSetWithoutChangesIsReportedFromItsFailedStatusReason() {
        server.on("CreateChangeSet", ok("CreateChangeSet", "<Id>arn:cs</Id><StackId>" + ARN + "</StackId>"));
        server.on(
                "DescribeChangeSet",
                ok(
                        "DescribeChangeSet",
                        "<Status>FAILED</Status><ExecutionStatus>UNAVAILABLE</ExecutionStatus>"
                                + "<StatusReason>The submitted information didn't contain changes. Submit different information to create a change set."
                                + "</StatusReason><Changes/>"));
        StackRequest request = new StackRequest(
                networkStack(),
                "{}".getBytes(StandardCharsets.UTF_8),
                Map.of(),
                Set.of(),
                new TreeMap<>(),
                Optional.empty());
        ChangeSetRun run = new ChangeSetRun(
                cloudFormation,
                new Polling(ticker, Long.MAX_VALUE),
                MaterializerOptions.apply("wire"),
                RunListener.NONE,
                request,
                Optional.empty());

        Optional<String> noChanges = run.create(
                ChangeSetType.UPDATE,
                List.of(),
                CreateChangeSetRequest.builder().templateBody("{}"));

        assertThat(noChanges)
                .hasValueSatisfying(
                        reason -> assertThat(reason).startsWith("The submitted information didn't contain changes"));
    }

    private static Manifest.Stack networkStack() {
        return new Manifest.Stack(
                "network",
                "shop-dev-network",
                "stacks/network.json",
                TemplateFormat.JSON,
                "0".repeat(64),
                2,
                false,
                3,
                new TreeMap<>(),
                List.of(),
                new TreeSet<>(),
                new TreeMap<>(),
                new TreeSet<>(),
                false,
                List.of(),
                List.of(),
                java.util.Optional.empty());
    }

    private static String stacks(String... members) {
        return "<Stacks>" + String.join("", members) + "</Stacks>";
    }

    private static String stack(String status, String extra) {
        return "<member><StackName>shop-dev-network</StackName><StackId>" + ARN + "</StackId>"
                + "<CreationTime>2024-05-01T10:00:00.000Z</CreationTime><StackStatus>" + status + "</StackStatus>"
                + "<EnableTerminationProtection>false</EnableTerminationProtection>" + extra + "</member>";
    }

    private static String events(List<String> ids, String nextToken) {
        StringBuilder xml = new StringBuilder("<StackEvents>");
        for (String id : ids) {
            xml.append("<member><EventId>")
                    .append(id)
                    .append("</EventId><StackId>")
                    .append(ARN)
                    .append("</StackId>")
                    .append("<StackName>shop-dev-network</StackName><LogicalResourceId>Resource-")
                    .append(id)
                    .append("</LogicalResourceId>")
                    .append("<PhysicalResourceId>phys-")
                    .append(id)
                    .append("</PhysicalResourceId><ResourceType>AWS::EC2::Subnet</ResourceType>")
                    .append("<Timestamp>2024-05-01T10:00:0")
                    .append(id.substring(1))
                    .append(".000Z</Timestamp>")
                    .append("<ResourceStatus>UPDATE_COMPLETE</ResourceStatus></member>");
        }
        xml.append("</StackEvents>");
        if (nextToken != null) {
            xml.append("<NextToken>").append(nextToken).append("</NextToken>");
        }
        return xml.toString();
    }

    private static String changeSet(String status, List<String> changes, String nextToken) {
        return "<ChangeSetName>plinth-network</ChangeSetName><StackId>" + ARN
                + "</StackId><StackName>shop-dev-network</StackName>"
                + "<Status>" + status + "</Status><ExecutionStatus>"
                + ("CREATE_COMPLETE".equals(status) ? "AVAILABLE" : "UNAVAILABLE")
                + "</ExecutionStatus><Changes>" + String.join("", changes) + "</Changes>"
                + (nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>");
    }

    private static String change(
            String logicalId, String type, String action, String replacement, String property, String recreation) {
        List<String> parts = new ArrayList<>();
        parts.add("<Action>" + action + "</Action><LogicalResourceId>" + logicalId
                + "</LogicalResourceId><ResourceType>" + type + "</ResourceType>");
        if (replacement != null) {
            parts.add("<Replacement>" + replacement + "</Replacement><Scope><member>Properties</member></Scope>");
            parts.add("<Details><member><Target><Attribute>Properties</Attribute><Name>" + property
                    + "</Name><RequiresRecreation>"
                    + recreation
                    + "</RequiresRecreation></Target><Evaluation>Static</Evaluation><ChangeSource>DirectModification</ChangeSource>"
                    + "</member></Details>");
        }
        return "<member><Type>Resource</Type><ResourceChange>" + String.join("", parts) + "</ResourceChange></member>";
    }

    /** Time that records each sleep and moves on at once. */
    private static final class RecordingTicker implements Ticker {
        final List<Long> sleeps = new ArrayList<>();
        private long now = 1_700_000_000_000L;

        @Override
        public synchronized long nowMillis() {
            return now;
        }

        @Override
        public synchronized void sleep(long millis) {
            sleeps.add(millis);
            now += millis;
        }
    }
}
