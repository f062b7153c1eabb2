package dev.plinth.materializer.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.GetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateRequest;
import software.amazon.awssdk.services.cloudformation.model.InsufficientCapabilitiesException;
import software.amazon.awssdk.services.cloudformation.model.InvalidChangeSetStatusException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.Tag;

class FakeCloudFormationTest {
    static final String APP = """
      {"Parameters": {"Env": {"Type": "String", "Default": "dev"}},
       "Resources": {
         "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "app-${Env}"}}},
         "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 0}},
         "Topic": {"Type": "AWS::SNS::Topic"}},
       "Outputs": {
         "BucketArn": {"Value": {"Fn::GetAtt": ["Bucket", "Arn"]}},
         "QueueUrl": {"Value": {"Ref": "Queue"}, "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-queue"}}},
         "Joined": {"Value": {"Fn::Join": ["/", [{"Ref": "Env"}, {"Ref": "AWS::Region"}, "x"]]}}}}
      """;

    final FakeCloudFormation cfn = new FakeCloudFormation();
    final FakeCloudFormationClient client = new FakeCloudFormationClient(cfn);

    @Test
    void aCreateChangeSetMakesAReviewInProgressStackAndSettlesOverTime() {
        client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("REVIEW_IN_PROGRESS");
        assertThat(stack.stackId()).matches("arn:aws:cloudformation:eu-west-1:123456789012:stack/app/[0-9a-f-]{36}");
        assertThat(stack.parameters()).isEmpty();
        assertThat(statusOf("app")).isEqualTo("CREATE_PENDING/UNAVAILABLE");
        cfn.ticker().advance(2000);
        assertThat(statusOf("app")).isEqualTo("CREATE_IN_PROGRESS/UNAVAILABLE");
        cfn.ticker().advance(2000);
        assertThat(statusOf("app")).isEqualTo("CREATE_COMPLETE/AVAILABLE");
        assertThat(client.allChanges("app", "plinth-app"))
                .extracting(ResourceChange::actionAsString)
                .containsExactly("Add", "Add", "Add");
    }

    @Test
    void anUpdateIdenticalToTheStackFailsWithTheNoChangesReason() {
        client.createAndSettle("app", APP);
        assertThatThrownBy(() -> client.createChangeSet("app", "plinth-app", ChangeSetType.UPDATE, APP))
                .as("the executed change set keeps its name")
                .isInstanceOf(AlreadyExistsException.class);
        client.createChangeSet("app", "plan", ChangeSetType.UPDATE, APP);
        cfn.ticker().advance(10_000);
        DescribeChangeSetResponse cs = client.describeChangeSet("app", "plan", null);
        assertThat(cs.statusAsString()).isEqualTo("FAILED");
        assertThat(cs.statusReason())
                .isEqualTo(
                        "The submitted information didn't contain changes. Submit different information to create a change set.");
        assertThat(cs.executionStatusAsString()).isEqualTo("UNAVAILABLE");
        assertThatThrownBy(() -> client.execute("app", "plan", "t"))
                .isInstanceOf(InvalidChangeSetStatusException.class)
                .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("InvalidChangeSetStatus"));
    }

    @Test
    void aChangeToOutputsAloneCompletesWithAnEmptyChangeListAndIsExecutable() {
        client.createAndSettle("app", APP);
        String withOutput = APP.replace("\"Outputs\": {", "\"Outputs\": {\"Extra\": {\"Value\": \"literal\"},");
        client.createChangeSet("app", "outputs", ChangeSetType.UPDATE, withOutput);
        cfn.ticker().advance(10_000);
        DescribeChangeSetResponse cs = client.describeChangeSet("app", "outputs", null);
        assertThat(cs.statusAsString()).isEqualTo("CREATE_COMPLETE");
        assertThat(cs.executionStatusAsString()).isEqualTo("AVAILABLE");
        assertThat(cs.changes()).isEmpty();
        client.execute("app", "outputs", "t2");
        cfn.ticker().advance(10_000);
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
        assertThat(stack.outputs()).extracting(Output::outputKey).contains("Extra");
        assertThat(client.allEventsOldestFirst("app"))
                .extracting(StackEvent::resourceStatusAsString)
                .endsWith("UPDATE_IN_PROGRESS", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "UPDATE_COMPLETE");
    }

    @Test
    void changesArePagedTwoAtATimeWithANextToken() {
        client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP);
        cfn.ticker().advance(10_000);
        DescribeChangeSetResponse first = client.describeChangeSet("app", "plinth-app", null);
        assertThat(first.changes()).hasSize(2);
        assertThat(first.nextToken()).isNotNull();
        DescribeChangeSetResponse second = client.describeChangeSet("app", "plinth-app", first.nextToken());
        assertThat(second.changes())
                .extracting(c -> c.resourceChange().logicalResourceId())
                .containsExactly("Topic");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void aRepeatedClientTokenReturnsTheSameChangeSetAndCreatesNoOther() {
        String first = client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP, "token-1")
                .id();
        String again = client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP, "token-1")
                .id();
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP, "token-2"))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void executingTwiceWithTheSameClientRequestTokenStartsOneOperation() {
        client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP);
        cfn.ticker().advance(10_000);
        client.execute("app", "plinth-app", "exec-1");
        client.execute("app", "plinth-app", "exec-1");
        assertThatThrownBy(() -> client.execute("app", "plinth-app", "exec-2"))
                .isInstanceOf(InvalidChangeSetStatusException.class);
        cfn.ticker().advance(60_000);
        assertThat(client.allEventsOldestFirst("app"))
                .filteredOn(e -> e.resourceStatusAsString().equals("CREATE_COMPLETE")
                        && e.logicalResourceId().equals("app"))
                .hasSize(1);
    }

    @Test
    void aLeftoverChangeSetMakesTheNameAlreadyExistUntilItsDeletionFinishes() {
        cfn.seed("app").template(APP).create();
        cfn.leftoverChangeSet("app", "plinth-app");
        assertThat(client.describeChangeSet("app", "plinth-app", null).statusAsString())
                .isEqualTo("FAILED");
        assertThatThrownBy(() -> client.createChangeSet("app", "plinth-app", ChangeSetType.UPDATE, APP))
                .isInstanceOf(AlreadyExistsException.class)
                .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("AlreadyExistsException"));
        client.deleteChangeSet("app", "plinth-app");
        assertThat(client.describeChangeSet("app", "plinth-app", null).statusAsString())
                .isEqualTo("DELETE_IN_PROGRESS");
        assertThatThrownBy(() -> client.createChangeSet("app", "plinth-app", ChangeSetType.UPDATE, APP))
                .isInstanceOf(AlreadyExistsException.class);
        cfn.ticker().advance(1000);
        assertThatThrownBy(() -> client.describeChangeSet("app", "plinth-app", null))
                .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("ChangeSetNotFound"))
                .hasMessageContaining("ChangeSet [plinth-app] does not exist");
        client.createChangeSet("app", "plinth-app", ChangeSetType.UPDATE, APP);
    }

    @Test
    void deletingTheChangeSetOfAReviewInProgressStackLeavesTheEmptyStack() {
        client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP);
        assertThatThrownBy(() -> client.deleteChangeSet("app", "plinth-app"))
                .isInstanceOf(InvalidChangeSetStatusException.class);
        cfn.ticker().advance(10_000);
        client.deleteChangeSet("app", "plinth-app");
        cfn.ticker().advance(10_000);
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("REVIEW_IN_PROGRESS");
        assertThatThrownBy(() -> client.createChangeSet("app", "plinth-app", ChangeSetType.UPDATE, APP))
                .hasMessageContaining("is in REVIEW_IN_PROGRESS state and can not be updated.");
        client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP);
    }

    @Test
    void aThrottledOperationThrowsRateExceededThenSucceedsAndEveryCallIsCounted() {
        cfn.seed("app").template(APP).create();
        cfn.throttle("DescribeStacks", 2);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.stack("app"))
                    .isExactlyInstanceOf(CloudFormationException.class)
                    .hasMessageContaining("Rate exceeded")
                    .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("Throttling"))
                    .satisfies(e -> assertThat(((CloudFormationException) e).statusCode())
                            .isEqualTo(400));
        }
        assertThat(client.stack("app").stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
        assertThat(cfn.calls("DescribeStacks")).isEqualTo(3);
        assertThat(cfn.calls("DescribeStacks", "app")).isEqualTo(3);
        assertThat(cfn.callLog()).extracting(FakeCloudFormation.Call::throttled).containsExactly(true, true, false);
    }

    @Test
    void aScriptedErrorFailsTheNextCallsOfThatOperationOnThatStackAndChangesNothing() {
        cfn.seed("app").template(APP).create();
        cfn.seed("other").template(APP).create();
        cfn.failCall(
                "SetStackPolicy",
                "app",
                1,
                400,
                "AccessDenied",
                "not authorized to perform cloudformation:SetStackPolicy");
        SetStackPolicyRequest policy = SetStackPolicyRequest.builder()
                .stackName("app")
                .stackPolicyBody("{\"Statement\":[]}")
                .build();

        assertThatThrownBy(() -> cfn.setStackPolicy(policy))
                .isExactlyInstanceOf(CloudFormationException.class)
                .hasMessageContaining("not authorized")
                .satisfies(e -> assertThat(FakeCloudFormationClient.code(e)).isEqualTo("AccessDenied"));
        assertThat(cfn.stackPolicy("app")).isEmpty();
        cfn.setStackPolicy(policy.toBuilder().stackName("other").build());
        cfn.setStackPolicy(policy);
        assertThat(cfn.stackPolicy("app")).contains("{\"Statement\":[]}");
    }

    @Test
    void aStackPolicyIsReadBackAsSetAndAStackWithoutOneHasNoBody() {
        cfn.seed("app").template(APP).create();
        GetStackPolicyRequest get =
                GetStackPolicyRequest.builder().stackName("app").build();

        assertThat(cfn.getStackPolicy(get).stackPolicyBody()).isNull();
        cfn.setStackPolicy(SetStackPolicyRequest.builder()
                .stackName("app")
                .stackPolicyBody("{\"Statement\":[]}")
                .build());
        assertThat(cfn.getStackPolicy(get).stackPolicyBody()).isEqualTo("{\"Statement\":[]}");
        assertThatThrownBy(() -> cfn.getStackPolicy(
                        GetStackPolicyRequest.builder().stackName("nope").build()))
                .hasMessageContaining("Stack [nope] does not exist");
    }

    @Test
    void theTemplateOfAStackOrOfAChangeSetIsReadBack() {
        String arn = cfn.seed("app").template(APP).create();
        String changed = APP.replace("\"DelaySeconds\": 0", "\"DelaySeconds\": 5");
        client.createChangeSet("app", "cs", ChangeSetType.UPDATE, changed);

        assertThat(cfn.getTemplate(GetTemplateRequest.builder()
                                .stackName(arn)
                                .templateStage("Original")
                                .build())
                        .templateBody())
                .isEqualTo(APP);
        assertThat(cfn.getTemplate(GetTemplateRequest.builder()
                                .stackName("app")
                                .changeSetName("cs")
                                .build())
                        .templateBody())
                .isEqualTo(changed);
        assertThatThrownBy(() -> cfn.getTemplate(
                        GetTemplateRequest.builder().stackName("nope").build()))
                .hasMessageContaining("Stack [nope] does not exist");
    }

    @Test
    void callsByArnAreCountedUnderTheStackName() {
        String arn = cfn.seed("app").template(APP).create();
        client.stack(arn);
        client.events(arn, null);
        assertThat(cfn.calls("DescribeStacks", "app")).isEqualTo(1);
        assertThat(cfn.callLog())
                .containsExactly(
                        new FakeCloudFormation.Call("DescribeStacks", "app", false),
                        new FakeCloudFormation.Call("DescribeStackEvents", "app", false));
    }

    @Test
    void anIamTemplateNeedsTheIamCapabilityAndANamedRoleTheNamedOne() {
        String iam = "{\"Resources\": {\"Role\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": {}}}}";
        assertThatThrownBy(() -> client.createChangeSet("app", "cs", ChangeSetType.CREATE, iam))
                .isInstanceOf(InsufficientCapabilitiesException.class)
                .hasMessageContaining("Requires capabilities : [CAPABILITY_IAM]")
                .satisfies(e ->
                        assertThat(FakeCloudFormationClient.code(e)).isEqualTo("InsufficientCapabilitiesException"));
        String named = iam.replace("{}", "{\"RoleName\": \"r\"}");
        assertThatThrownBy(() -> client.createChangeSet(
                        "app", "cs", ChangeSetType.CREATE, named, null, Capability.CAPABILITY_IAM))
                .hasMessageContaining("Requires capabilities : [CAPABILITY_NAMED_IAM]");
        client.createChangeSet("app", "cs", ChangeSetType.CREATE, named, null, Capability.CAPABILITY_NAMED_IAM);
    }

    @Test
    void aModifiedPropertyReplacesAsTheReplacementTableSays() {
        cfn.replacement("AWS::S3::Bucket", "BucketName", "Always")
                .replacement("AWS::SQS::Queue", "DelaySeconds", "Conditional");
        client.createAndSettle("app", APP);
        String changed = APP.replace("app-${Env}", "new-${Env}")
                .replace("\"DelaySeconds\": 0", "\"DelaySeconds\": 5")
                .replace(
                        "\"Type\": \"AWS::SNS::Topic\"",
                        "\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"TopicName\": \"t\"}");
        client.createChangeSet("app", "cs", ChangeSetType.UPDATE, changed);
        cfn.ticker().advance(10_000);
        List<ResourceChange> changes = client.allChanges("app", "cs");
        assertThat(changes)
                .extracting(
                        ResourceChange::logicalResourceId,
                        ResourceChange::actionAsString,
                        ResourceChange::replacementAsString)
                .containsExactly(
                        tuple("Bucket", "Modify", "True"),
                        tuple("Queue", "Modify", "Conditional"),
                        tuple("Topic", "Modify", "False"));
        assertThat(changes.get(0).details()).singleElement().satisfies(d -> {
            assertThat(d.target().attributeAsString()).isEqualTo("Properties");
            assertThat(d.target().name()).isEqualTo("BucketName");
            assertThat(d.target().requiresRecreationAsString()).isEqualTo("Always");
        });
        assertThat(changes.get(1).details().get(0).target().requiresRecreationAsString())
                .isEqualTo("Conditionally");
        assertThat(changes.get(2).details().get(0).target().requiresRecreationAsString())
                .isEqualTo("Never");
        assertThat(changes.get(0).physicalResourceId()).startsWith("app-Bucket-");
    }

    @Test
    void additionsAndRemovalsAreListedWithTheirPolicyAction() {
        String before = "{\"Resources\": {\"A\": {\"Type\": \"AWS::SNS::Topic\"}, "
                + "\"Kept\": {\"Type\": \"AWS::S3::Bucket\", \"DeletionPolicy\": \"Retain\"}}}";
        client.createAndSettle("app", before);
        client.createChangeSet(
                "app", "cs", ChangeSetType.UPDATE, "{\"Resources\": {\"B\": {\"Type\": \"AWS::SNS::Topic\"}}}");
        cfn.ticker().advance(10_000);
        assertThat(client.allChanges("app", "cs"))
                .extracting(
                        ResourceChange::logicalResourceId,
                        ResourceChange::actionAsString,
                        ResourceChange::policyActionAsString)
                .containsExactly(
                        tuple("B", "Add", null), tuple("A", "Remove", "Delete"), tuple("Kept", "Remove", "Retain"));
    }

    @Test
    void usePreviousValueKeepsTheStackValueAndAChangedParameterModifiesWhatReferencesIt() {
        client.createAndSettle("app", APP);
        client.createChangeSet(
                "app",
                "same",
                ChangeSetType.UPDATE,
                APP,
                null,
                List.of(Parameter.builder()
                        .parameterKey("Env")
                        .usePreviousValue(true)
                        .build()));
        client.createChangeSet(
                "app",
                "prod",
                ChangeSetType.UPDATE,
                APP,
                null,
                List.of(Parameter.builder()
                        .parameterKey("Env")
                        .parameterValue("prod")
                        .build()));
        cfn.ticker().advance(10_000);
        assertThat(client.describeChangeSet("app", "same", null).statusAsString())
                .isEqualTo("FAILED");
        assertThat(client.allChanges("app", "prod")).singleElement().satisfies(c -> {
            assertThat(c.logicalResourceId()).isEqualTo("Bucket");
            assertThat(c.details().get(0).changeSourceAsString()).isEqualTo("ParameterReference");
            assertThat(c.details().get(0).causingEntity()).isEqualTo("Env");
        });
        assertThatThrownBy(() -> client.createChangeSet(
                        "app",
                        "bad",
                        ChangeSetType.UPDATE,
                        APP,
                        null,
                        List.of(Parameter.builder()
                                .parameterKey("Nope")
                                .parameterValue("x")
                                .build())))
                .hasMessageContaining("Parameters: [Nope] do not exist in the template");
    }

    @Test
    void aTagsOnlyChangeModifiesEveryResourceInScopeTags() {
        client.createAndSettle("app", APP);
        client.createChangeSet(
                "app",
                "cs",
                ChangeSetType.UPDATE,
                APP,
                List.of(Tag.builder().key("k").value("v").build()));
        cfn.ticker().advance(10_000);
        assertThat(client.allChanges("app", "cs"))
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.scopeAsStrings()).containsExactly("Tags"));
    }

    @Test
    void anUpdateChangeSetNeedsAStackInAnUpdatableStatus() {
        assertThatThrownBy(() -> client.createChangeSet("nope", "cs", ChangeSetType.UPDATE, APP))
                .hasMessageContaining("Stack [nope] does not exist");
        String arn = cfn.seed("app").template(APP).status("ROLLBACK_COMPLETE").create();
        assertThatThrownBy(() -> client.createChangeSet("app", "cs", ChangeSetType.UPDATE, APP))
                .hasMessageContaining("Stack:" + arn + " is in ROLLBACK_COMPLETE state and can not be updated.");
        assertThatThrownBy(() -> client.createChangeSet("app", "cs", ChangeSetType.CREATE, APP))
                .hasMessageContaining(
                        "Stack [app] already exists and cannot be created again with the changeSet [cs].");
    }

    @Test
    void aSeededStackKeepsItsParametersTagsAndOutputs() {
        cfn.seed("app")
                .template(APP)
                .parameter("Env", "prod")
                .tag("plinth:template-sha256", "abc")
                .create();
        Stack stack = client.stack("app");
        assertThat(stack.stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
        assertThat(cfn.calls("DescribeStacks", "app")).isEqualTo(1);
        assertThat(stack.tags())
                .containsExactly(
                        Tag.builder().key("plinth:template-sha256").value("abc").build());
        assertThat(client.output("app", "Joined")).isEqualTo("prod/eu-west-1/x");
    }

    @Test
    void aTemplateUrlIsReadFromTheRegisteredObjectsAndABodyOverTheLimitIsRefused() {
        cfn.putTemplate("https://bucket.s3.amazonaws.com/abc", APP);
        client.createChangeSetFromUrl("app", "cs", "https://bucket.s3.amazonaws.com/abc");
        assertThatThrownBy(
                        () -> client.createChangeSetFromUrl("other", "cs", "https://bucket.s3.amazonaws.com/missing"))
                .hasMessageContaining("S3 error: Access Denied");
        String big = APP.replace("\"literal\"", "x")
                .replace(
                        "\"Resources\": {",
                        "\"Metadata\": {\"Pad\": \"" + "x".repeat(52_000) + "\"}, \"Resources\": {");
        assertThatThrownBy(() -> client.createChangeSet("big", "cs", ChangeSetType.CREATE, big))
                .hasMessageContaining("Member must have length less than or equal to 51200");
    }

    @Test
    void yamlTemplatesAreReadAndBadTemplatesRefused() {
        String yaml = """
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
        Outputs:
          Name:
            Value:
              Ref: Bucket
        """;
        client.createAndSettle("app", yaml);
        assertThat(client.output("app", "Name")).startsWith("app-Bucket-");
        assertThatThrownBy(() -> client.createChangeSet("x", "cs", ChangeSetType.CREATE, "{\"Resources\": {}}"))
                .hasMessageContaining("Template format error: At least one Resources member must be defined.");
        assertThatThrownBy(() -> client.createChangeSet("x", "cs", ChangeSetType.CREATE, "{not json"))
                .hasMessageContaining("Template format error: JSON not well-formed.");
        assertThatThrownBy(
                        () -> client.createChangeSet(
                                "x",
                                "cs",
                                ChangeSetType.CREATE,
                                "{\"Resources\": {\"A\": {\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"X\": {\"Ref\": \"Ghost\"}}}}}"))
                .hasMessageContaining("Unresolved resource dependencies [Ghost]");
    }

    @Test
    void aChangeSetIsFoundByItsArnAndAnUnknownOneIsNotFound() {
        String arn = client.createChangeSet("app", "plinth-app", ChangeSetType.CREATE, APP)
                .id();
        assertThat(arn).matches("arn:aws:cloudformation:eu-west-1:123456789012:changeSet/plinth-app/[0-9a-f-]{36}");
        assertThat(cfn.describeChangeSet(DescribeChangeSetRequest.builder()
                                .changeSetName(arn)
                                .build())
                        .stackName())
                .isEqualTo("app");
        assertThat(cfn.calls("DescribeChangeSet", "app")).isEqualTo(1);
        assertThatThrownBy(() -> client.describeChangeSet("app", "other", null))
                .satisfies(e ->
                        assertThat(((CloudFormationException) e).statusCode()).isEqualTo(404));
    }

    @Test
    void aParameterWithoutValueOrDefaultAndATransformWithoutAutoExpandAreRefused() {
        String needsValue = "{\"Parameters\": {\"Size\": {\"Type\": \"Number\"}}, "
                + "\"Resources\": {\"A\": {\"Type\": \"AWS::SNS::Topic\"}}}";
        assertThatThrownBy(() -> client.createChangeSet("app", "cs", ChangeSetType.CREATE, needsValue))
                .hasMessageContaining("Parameters: [Size] must have values");
        String transform = "{\"Transform\": \"AWS::Serverless-2016-10-31\", "
                + "\"Resources\": {\"A\": {\"Type\": \"AWS::SNS::Topic\"}}}";
        assertThatThrownBy(() -> client.createChangeSet("app", "cs", ChangeSetType.CREATE, transform))
                .hasMessageContaining("Requires capabilities : [CAPABILITY_AUTO_EXPAND]");
    }

    private String statusOf(String stack) {
        DescribeChangeSetResponse cs = client.describeChangeSet(stack, "plinth-" + stack, null);
        return cs.statusAsString() + "/" + cs.executionStatusAsString();
    }
}
