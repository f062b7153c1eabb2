package dev.plinth.materializer.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.ContinueUpdateRollbackRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionRequest;

/** Short calls on the fake for its own tests. */
final class FakeCloudFormationClient {
    private final FakeCloudFormation cfn;

    FakeCloudFormationClient(FakeCloudFormation cfn) {
        this.cfn = cfn;
    }

    CreateChangeSetResponse createChangeSet(String stack, String name, ChangeSetType type, String body) {
        return createChangeSet(stack, name, type, body, null);
    }

    CreateChangeSetResponse createChangeSet(
            String stack, String name, ChangeSetType type, String body, String token, Capability... capabilities) {
        return cfn.createChangeSet(CreateChangeSetRequest.builder()
                .stackName(stack)
                .changeSetName(name)
                .changeSetType(type)
                .templateBody(body)
                .clientToken(token)
                .capabilities(capabilities)
                .build());
    }

    CreateChangeSetResponse createChangeSet(
            String stack, String name, ChangeSetType type, String body, String token, List<Parameter> parameters) {
        return cfn.createChangeSet(CreateChangeSetRequest.builder()
                .stackName(stack)
                .changeSetName(name)
                .changeSetType(type)
                .templateBody(body)
                .clientToken(token)
                .parameters(parameters)
                .build());
    }

    CreateChangeSetResponse createChangeSet(
            String stack, String name, ChangeSetType type, String body, List<Tag> tags) {
        return cfn.createChangeSet(CreateChangeSetRequest.builder()
                .stackName(stack)
                .changeSetName(name)
                .changeSetType(type)
                .templateBody(body)
                .tags(tags)
                .build());
    }

    CreateChangeSetResponse createChangeSetFromUrl(String stack, String name, String url) {
        return cfn.createChangeSet(CreateChangeSetRequest.builder()
                .stackName(stack)
                .changeSetName(name)
                .changeSetType(ChangeSetType.CREATE)
                .templateURL(url)
                .build());
    }

    DescribeChangeSetResponse describeChangeSet(String stack, String name, String nextToken) {
        return cfn.describeChangeSet(DescribeChangeSetRequest.builder()
                .stackName(stack)
                .changeSetName(name)
                .nextToken(nextToken)
                .build());
    }

    List<ResourceChange> allChanges(String stack, String name) {
        List<ResourceChange> out = new ArrayList<>();
        String token = null;
        do {
            DescribeChangeSetResponse page = describeChangeSet(stack, name, token);
            page.changes().stream().map(Change::resourceChange).forEach(out::add);
            token = page.nextToken();
        } while (token != null);
        return out;
    }

    void execute(String stack, String name, String token) {
        cfn.executeChangeSet(ExecuteChangeSetRequest.builder()
                .stackName(stack)
                .changeSetName(name)
                .clientRequestToken(token)
                .build());
    }

    void deleteChangeSet(String stack, String name) {
        cfn.deleteChangeSet(DeleteChangeSetRequest.builder()
                .stackName(stack)
                .changeSetName(name)
                .build());
    }

    Stack stack(String nameOrArn) {
        return cfn.describeStacks(
                        DescribeStacksRequest.builder().stackName(nameOrArn).build())
                .stacks()
                .get(0);
    }

    String output(String stack, String key) {
        return stack(stack).outputs().stream()
                .filter(o -> o.outputKey().equals(key))
                .map(Output::outputValue)
                .findFirst()
                .orElseThrow();
    }

    DescribeStackEventsResponse events(String stack, String nextToken) {
        return cfn.describeStackEvents(DescribeStackEventsRequest.builder()
                .stackName(stack)
                .nextToken(nextToken)
                .build());
    }

    List<StackEvent> allEventsOldestFirst(String stack) {
        List<StackEvent> out = new ArrayList<>();
        String token = null;
        do {
            DescribeStackEventsResponse page = events(stack, token);
            out.addAll(page.stackEvents());
            token = page.nextToken();
        } while (token != null);
        Collections.reverse(out);
        return out;
    }

    void deleteStack(String stack) {
        cfn.deleteStack(DeleteStackRequest.builder().stackName(stack).build());
    }

    void continueUpdateRollback(String stack, String token, String... skip) {
        cfn.continueUpdateRollback(ContinueUpdateRollbackRequest.builder()
                .stackName(stack)
                .clientRequestToken(token)
                .resourcesToSkip(skip)
                .build());
    }

    void terminationProtection(String stack, boolean enabled) {
        cfn.updateTerminationProtection(UpdateTerminationProtectionRequest.builder()
                .stackName(stack)
                .enableTerminationProtection(enabled)
                .build());
    }

    void createStack(String name, String template) {
        createChangeSet(name, "plinth-" + name, ChangeSetType.CREATE, template);
        cfn.ticker().advance(4000);
        execute(name, "plinth-" + name, "exec-" + name);
    }

    String createAndSettle(String name, String template) {
        createStack(name, template);
        cfn.ticker().advance(120_000);
        Stack stack = stack(name);
        if (!stack.stackStatusAsString().equals("CREATE_COMPLETE")) {
            throw new AssertionError(name + " is " + stack.stackStatusAsString());
        }
        return stack.stackId();
    }

    void updateStack(String name, String template) {
        createChangeSet(name, "update-" + name, ChangeSetType.UPDATE, template);
        cfn.ticker().advance(4000);
        execute(name, "update-" + name, "update-" + name);
    }

    static String code(Throwable e) {
        return ((CloudFormationException) e).awsErrorDetails().errorCode();
    }
}
