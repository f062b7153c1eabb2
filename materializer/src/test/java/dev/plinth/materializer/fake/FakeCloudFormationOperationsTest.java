package dev.plinth.materializer.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

class FakeCloudFormationOperationsTest {
    static final String APP = FakeCloudFormationTest.APP;

    final FakeCloudFormation cfn = new FakeCloudFormation();
    final FakeCloudFormationClient client = new FakeCloudFormationClient(cfn);

    @Test
    void aScriptedResourceFailureCancelsTheOthersAndRollsBackToRollbackComplete() {
        cfn.failResource("app", "Queue", "Resource handler returned message: \"Queue limit\"");
        client.createStack("app", APP);
        cfn.ticker().advance(60_000);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("ROLLBACK_COMPLETE");
        assertThat(stack.outputs()).isEmpty();
        assertThat(client.allEventsOldestFirst("app"))
                .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString()
                        + (e.resourceStatusReason() == null ? "" : " " + e.resourceStatusReason()))
                .containsExactly(
                        "app REVIEW_IN_PROGRESS User Initiated",
                        "app CREATE_IN_PROGRESS User Initiated",
                        "Bucket CREATE_IN_PROGRESS",
                        "Queue CREATE_IN_PROGRESS",
                        "Topic CREATE_IN_PROGRESS",
                        "Bucket CREATE_COMPLETE",
                        "Queue CREATE_FAILED Resource handler returned message: \"Queue limit\"",
                        "Topic CREATE_FAILED Resource creation cancelled",
                        "app ROLLBACK_IN_PROGRESS The following resource(s) failed to create: [Queue, Topic]. "
                                + "Rollback requested by user.",
                        "Bucket DELETE_IN_PROGRESS",
                        "Bucket DELETE_COMPLETE",
                        "Topic DELETE_COMPLETE",
                        "Queue DELETE_COMPLETE",
                        "app ROLLBACK_COMPLETE");
    }

    @Test
    void aFailedCreateRollbackEndsInRollbackFailed() {
        cfn.failResource("app", "Topic").failRollback("app", "Bucket");
        client.createStack("app", APP);
        cfn.ticker().advance(60_000);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("ROLLBACK_FAILED");
        assertThat(stack.stackStatusReason()).isEqualTo("The following resource(s) failed to delete: [Bucket]. ");
    }

    @Test
    void aFailedUpdateRollsBackToTheFormerTemplateAndDeletesAddedResources() {
        client.createAndSettle("app", APP);
        String changed = APP.replace("\"DelaySeconds\": 0", "\"DelaySeconds\": 5")
                .replace("\"Topic\": {", "\"Extra\": {\"Type\": \"AWS::SNS::Topic\"}, \"Topic\": {");
        cfn.failResource("app", "Queue");
        client.updateStack("app", changed);
        cfn.ticker().advance(60_000);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
        List<String> events = client.allEventsOldestFirst("app").stream()
                .map(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                .toList();
        assertThat(events.subList(events.indexOf("app UPDATE_IN_PROGRESS"), events.size()))
                .containsExactly(
                        "app UPDATE_IN_PROGRESS",
                        "Queue UPDATE_IN_PROGRESS",
                        "Extra CREATE_IN_PROGRESS",
                        "Queue UPDATE_FAILED",
                        "Extra CREATE_FAILED",
                        "app UPDATE_ROLLBACK_IN_PROGRESS",
                        "Queue UPDATE_IN_PROGRESS",
                        "Queue UPDATE_COMPLETE",
                        "app UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
                        "Extra DELETE_COMPLETE",
                        "app UPDATE_ROLLBACK_COMPLETE");
        client.createChangeSet("app", "again", ChangeSetType.UPDATE, APP);
        cfn.ticker().advance(10_000);
        assertThat(client.describeChangeSet("app", "again", null).statusAsString())
                .isEqualTo("FAILED");
    }

    @Test
    void aFailedUpdateRollbackEndsInUpdateRollbackFailedAndContinueUpdateRollbackCompletesIt() {
        client.createAndSettle("app", APP);
        cfn.failResource("app", "Queue")
                .failRollback("app", "Queue", "Queue is busy")
                .failRollback("app", "Queue");
        client.updateStack("app", APP.replace("\"DelaySeconds\": 0", "\"DelaySeconds\": 5"));
        cfn.ticker().advance(60_000);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_FAILED");
        assertThat(stack.stackStatusReason()).isEqualTo("The following resource(s) failed to update: [Queue]. ");
        assertThat(client.allEventsOldestFirst("app"))
                .extracting(StackEvent::resourceStatusReason)
                .contains("Queue is busy");

        client.continueUpdateRollback("app", "c1");
        cfn.ticker().advance(60_000);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_FAILED");

        client.continueUpdateRollback("app", "c2");
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_IN_PROGRESS");
        cfn.ticker().advance(60_000);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
        assertThat(client.allEventsOldestFirst("app")
                        .get(client.allEventsOldestFirst("app").size() - 1)
                        .clientRequestToken())
                .isEqualTo("c2");
        assertThatThrownBy(() -> client.continueUpdateRollback("app", "c3"))
                .hasMessageContaining("is in UPDATE_ROLLBACK_COMPLETE state and can not continue update rollback.");
    }

    @Test
    void continueUpdateRollbackOfASeededStackRetriesItsBlockersAndSkipsThoseAsked() {
        cfn.seed("app")
                .template(APP)
                .status("UPDATE_ROLLBACK_FAILED")
                .rollbackBlockers("Queue", "Topic")
                .create();
        client.continueUpdateRollback("app", null, "Topic");
        cfn.ticker().advance(60_000);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
        assertThat(client.allEventsOldestFirst("app"))
                .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                .contains("Queue UPDATE_COMPLETE", "Topic UPDATE_COMPLETE");
        assertThat(client.allEventsOldestFirst("app"))
                .extracting(StackEvent::resourceStatusReason)
                .contains("Resource skipped during UPDATE_ROLLBACK");
    }

    @Test
    void terminationProtectionRefusesDeleteStackWithTheRealMessage() {
        cfn.seed("app")
                .template(APP)
                .status("ROLLBACK_COMPLETE")
                .terminationProtection(true)
                .create();
        assertThatThrownBy(() -> client.deleteStack("app"))
                .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("ValidationError"))
                .hasMessageContaining("Stack [app] cannot be deleted while TerminationProtection is enabled");
        client.terminationProtection("app", false);
        client.deleteStack("app");
        cfn.ticker().advance(60_000);
        assertThatThrownBy(() -> client.stack("app")).hasMessageContaining("Stack with id app does not exist");
    }

    @Test
    void aDeletedStackIsFoundByArnButNotByName() {
        String arn = client.createAndSettle("app", APP);
        client.deleteStack("app");
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("DELETE_IN_PROGRESS");
        cfn.ticker().advance(60_000);
        assertThatThrownBy(() -> client.stack("app"))
                .isExactlyInstanceOf(CloudFormationException.class)
                .satisfies(e ->
                        assertThat(((CloudFormationException) e).statusCode()).isEqualTo(400))
                .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("ValidationError"))
                .satisfies(e -> assertThat(
                                ((CloudFormationException) e).awsErrorDetails().errorMessage())
                        .isEqualTo("Stack with id app does not exist"));
        Stack deleted = client.stack(arn);
        assertThat(deleted.stackStatusAsString()).isEqualTo("DELETE_COMPLETE");
        assertThat(deleted.deletionTime()).isNotNull();
        assertThat(client.allEventsOldestFirst(arn))
                .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                .endsWith(
                        "Topic DELETE_IN_PROGRESS",
                        "Topic DELETE_COMPLETE",
                        "Queue DELETE_IN_PROGRESS",
                        "Queue DELETE_COMPLETE",
                        "Bucket DELETE_IN_PROGRESS",
                        "Bucket DELETE_COMPLETE",
                        "app DELETE_COMPLETE");
        String again = client.createAndSettle("app", APP);
        assertThat(again).isNotEqualTo(arn);
        client.deleteStack(arn);
    }

    @Test
    void aReplacementGetsANewPhysicalIdAndTheOldOneIsDeletedInCleanup() {
        cfn.replacement("AWS::S3::Bucket", "BucketName", "Always");
        client.createAndSettle("app", APP);
        String oldArn = client.output("app", "BucketArn");
        client.updateStack("app", APP.replace("app-${Env}", "new-${Env}"));
        cfn.ticker().advance(60_000);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
        assertThat(client.output("app", "BucketArn")).isNotEqualTo(oldArn);
        assertThat(client.allEventsOldestFirst("app"))
                .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                .endsWith(
                        "Bucket UPDATE_COMPLETE",
                        "app UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
                        "Bucket DELETE_IN_PROGRESS",
                        "Bucket DELETE_COMPLETE",
                        "app UPDATE_COMPLETE");
        assertThat(client.allEventsOldestFirst("app"))
                .extracting(StackEvent::resourceStatusReason)
                .contains("Requested update requires the creation of a new physical resource; hence creating one.");
    }

    @Test
    void aSeededInProgressStackSettlesAfterItsTime() {
        cfn.seed("app")
                .template(APP)
                .status("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")
                .settlesAfter(30_000, "UPDATE_COMPLETE")
                .create();
        assertThatThrownBy(() -> client.deleteStack("app"))
                .hasMessageContaining("cannot be deleted while in status UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");
        cfn.ticker().advance(29_999);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");
        cfn.ticker().advance(1);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
    }

    @Test
    void severalStacksConvergeInParallelOnOneFake() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "s" + i;
                done.add(pool.submit(() -> {
                    client.createChangeSet(name, "plinth-" + name, ChangeSetType.CREATE, APP);
                    while (!client.describeChangeSet(name, "plinth-" + name, null)
                            .executionStatusAsString()
                            .equals("AVAILABLE")) {
                        cfn.ticker().sleep(500);
                    }
                    client.execute(name, "plinth-" + name, "exec-" + name);
                    while (client.stack(name).stackStatusAsString().endsWith("IN_PROGRESS")) {
                        cfn.ticker().sleep(500);
                    }
                    return client.stack(name).stackStatusAsString();
                }));
            }
            for (Future<String> f : done) {
                assertThat(f.get()).isEqualTo("CREATE_COMPLETE");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void executingACreateChangeSetCreatesTheStackOverVirtualTimeWithEventsAndOutputs() {
        client.createStack("app", APP);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("CREATE_IN_PROGRESS");
        cfn.ticker().advance(3000);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("CREATE_IN_PROGRESS");
        cfn.ticker().advance(60_000);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
        assertThat(stack.parameters())
                .containsExactly(Parameter.builder()
                        .parameterKey("Env")
                        .parameterValue("dev")
                        .build());
        List<StackEvent> events = client.allEventsOldestFirst("app");
        assertThat(events)
                .extracting(e -> e.logicalResourceId() + " " + e.resourceStatusAsString())
                .containsExactly(
                        "app REVIEW_IN_PROGRESS",
                        "app CREATE_IN_PROGRESS",
                        "Bucket CREATE_IN_PROGRESS",
                        "Queue CREATE_IN_PROGRESS",
                        "Topic CREATE_IN_PROGRESS",
                        "Bucket CREATE_COMPLETE",
                        "Queue CREATE_COMPLETE",
                        "Topic CREATE_COMPLETE",
                        "app CREATE_COMPLETE");
        assertThat(events.subList(1, events.size()))
                .allSatisfy(e -> assertThat(e.clientRequestToken()).isEqualTo("exec-app"));
        assertThat(events.get(1).resourceType()).isEqualTo("AWS::CloudFormation::Stack");
        assertThat(events.get(1).physicalResourceId()).isEqualTo(stack.stackId());
        assertThat(events.get(1).timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:04Z"));
        for (int i = 2; i < events.size(); i++) {
            assertThat(events.get(i).timestamp()).isAfter(events.get(i - 1).timestamp());
        }
        String queueId = events.get(6).physicalResourceId();
        assertThat(queueId).matches("app-Queue-[0-9A-F]{12}");
        assertThat(stack.outputs())
                .extracting(Output::outputKey, Output::outputValue, Output::exportName)
                .containsExactly(
                        tuple(
                                "BucketArn",
                                "arn:aws:s3:eu-west-1:123456789012:"
                                        + events.get(5).physicalResourceId(),
                                null),
                        tuple("QueueUrl", queueId, "app-queue"),
                        tuple("Joined", "dev/eu-west-1/x", null));
    }

    @Test
    void eventsArePagedNewestFirstFiveAtATime() {
        client.createAndSettle("app", APP);
        var first = client.events("app", null);
        assertThat(first.stackEvents()).hasSize(5);
        assertThat(first.stackEvents().get(0).resourceStatusAsString()).isEqualTo("CREATE_COMPLETE");
        assertThat(first.stackEvents().get(0).logicalResourceId()).isEqualTo("app");
        var second = client.events("app", first.nextToken());
        assertThat(second.stackEvents()).hasSize(4);
        assertThat(second.nextToken()).isNull();
        assertThat(second.stackEvents().get(3).resourceStatusAsString()).isEqualTo("REVIEW_IN_PROGRESS");
    }

    @Test
    void describeStacksRightAfterExecuteAnswersTheStatusFromBeforeTheExecute() {
        cfn.staleReadsAfterExecute(2);
        client.createStack("app", APP);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("REVIEW_IN_PROGRESS");
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("REVIEW_IN_PROGRESS");
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("CREATE_IN_PROGRESS");
    }

    @Test
    void aScriptedFailureDuringDeleteStackEndsInDeleteFailed() {
        cfn.seed("app").template(APP).create();
        cfn.failResource("app", "Queue", "Queue in use");
        client.deleteStack("app");
        cfn.ticker().advance(60_000);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("DELETE_FAILED");
        assertThat(stack.stackStatusReason()).isEqualTo("The following resource(s) failed to delete: [Queue]. ");
        client.deleteStack("app");
        cfn.ticker().advance(60_000);
        assertThat(client.stack(stack.stackId()).stackStatusAsString()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void callsOnAnUnknownStackSayItDoesNotExistAndDeletingItDoesNothing() {
        assertThatThrownBy(() -> client.events("ghost", null))
                .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("ValidationError"))
                .hasMessageContaining("Stack [ghost] does not exist");
        assertThatThrownBy(() -> client.terminationProtection("ghost", true))
                .hasMessageContaining("Stack [ghost] does not exist");
        client.deleteStack("ghost");
        assertThat(cfn.calls("DeleteStack", "ghost")).isEqualTo(1);
    }
}
