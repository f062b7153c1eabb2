package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.materializer.CloudFormationApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ContinueUpdateRollbackRequest;
import software.amazon.awssdk.services.cloudformation.model.ContinueUpdateRollbackResponse;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.GetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.GetStackPolicyResponse;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateRequest;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionRequest;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionResponse;

/**
 * An in-memory CloudFormation for the materializer's tests, written to FAKE-CLOUDFORMATION.md
 * beside it. Statuses move with a {@link VirtualTicker}; every call is counted and logged;
 * failures, throttling and stale reads are scripted per test. Thread-safe (one lock).
 */
public final class FakeCloudFormation implements CloudFormationApi {

    /** One call as the service saw it: the operation, the stack's name (if known), whether it was throttled. */
    public record Call(String operation, String stackName, boolean throttled) {}

    private final VirtualTicker ticker;
    private final StackStore store;
    private final Map<String, String> templateObjects = new HashMap<>();
    private final Calls calls = new Calls();
    private final ChangeSetDiff diff = new ChangeSetDiff();
    private final Operations operations = new Operations();
    private long changeSetStepMillis = 2000;
    private long changeSetDeleteMillis = 1000;
    private int changesPageSize = 2;
    private int eventsPageSize = 5;
    private int staleReadsAfterExecute;
    private final List<String> deploymentModes = new ArrayList<>();

    public FakeCloudFormation() {
        this(new VirtualTicker());
    }

    public FakeCloudFormation(VirtualTicker ticker) {
        this.ticker = ticker;
        this.store = new StackStore(ticker);
    }

    public VirtualTicker ticker() {
        return ticker;
    }

    public synchronized FakeCloudFormation changeSetStepMillis(long millis) {
        this.changeSetStepMillis = millis;
        return this;
    }

    public synchronized FakeCloudFormation changeSetDeleteMillis(long millis) {
        this.changeSetDeleteMillis = millis;
        return this;
    }

    public synchronized FakeCloudFormation operationStepMillis(long millis) {
        operations.stepMillis = millis;
        return this;
    }

    public synchronized FakeCloudFormation changesPageSize(int size) {
        this.changesPageSize = size;
        return this;
    }

    public synchronized FakeCloudFormation eventsPageSize(int size) {
        this.eventsPageSize = size;
        return this;
    }

    public synchronized FakeCloudFormation staleReadsAfterExecute(int reads) {
        this.staleReadsAfterExecute = reads;
        return this;
    }

    public synchronized FakeCloudFormation replacement(String resourceType, String property, String rule) {
        diff.replacement(resourceType, property, rule);
        return this;
    }

    public synchronized FakeCloudFormation throttle(String operation, int times) {
        calls.throttle(operation, times);
        return this;
    }

    /**
     * The next {@code times} calls of {@code operation} on {@code stackName} (any stack when null)
     * fail with this error and change nothing; 5xx statuses are retried by the client, 4xx are not.
     */
    public synchronized FakeCloudFormation failCall(
            String operation, String stackName, int times, int status, String code, String message) {
        calls.fail(operation, stackName, times, status, code, message);
        return this;
    }

    public FakeCloudFormation failResource(String stackName, String logicalId) {
        return failResource(stackName, logicalId, Operations.FAILURE);
    }

    public synchronized FakeCloudFormation failResource(String stackName, String logicalId, String reason) {
        operations.failResource(stackName, logicalId, reason);
        return this;
    }

    public FakeCloudFormation failRollback(String stackName, String logicalId) {
        return failRollback(stackName, logicalId, Operations.ROLLBACK_FAILURE);
    }

    public synchronized FakeCloudFormation failRollback(String stackName, String logicalId, String reason) {
        operations.failRollback(stackName, logicalId, reason);
        return this;
    }

    public synchronized FakeCloudFormation putTemplate(String url, String body) {
        templateObjects.put(url, body);
        return this;
    }

    public synchronized int calls(String operation) {
        return calls.count(operation);
    }

    public synchronized int calls(String operation, String stackName) {
        return calls.count(operation, stackName);
    }

    /** The deployment mode of each change set created with a DeploymentConfig, in order. */
    public synchronized List<String> deploymentModes() {
        return List.copyOf(deploymentModes);
    }

    public synchronized List<Call> callLog() {
        return calls.log();
    }

    public synchronized void resetCalls() {
        calls.reset();
    }

    public StackSeed seed(String stackName) {
        return new StackSeed(this, stackName);
    }

    public synchronized String leftoverChangeSet(String stackName, String changeSetName) {
        FakeStack stack = store.liveOrThrow(stackName);
        String body = stack.templateBody != null ? stack.templateBody : "{\"Resources\":{}}";
        return StackSeed.leftover(store, diff, changeSetStepMillis, stackName, changeSetName, body);
    }

    public synchronized String leftoverChangeSet(String stackName, String changeSetName, String templateBody) {
        return StackSeed.leftover(store, diff, changeSetStepMillis, stackName, changeSetName, templateBody);
    }

    synchronized String seed(StackSeed seed) {
        return seed.apply(store, operations);
    }

    @Override
    public synchronized DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
        store.settle();
        String id = request.stackName();
        calls.enter("DescribeStacks", id == null ? null : StackStore.stackName(id));
        if (id == null) {
            return DescribeStacksResponse.builder()
                    .stacks(store.all().stream()
                            .filter(FakeStack::live)
                            .map(s -> s.describe(false))
                            .toList())
                    .build();
        }
        FakeStack stack =
                store.find(id).orElseThrow(() -> CfnErrors.validation("Stack with id " + id + " does not exist"));
        boolean stale = stack.staleReads > 0;
        if (stale) {
            stack.staleReads--;
        }
        Stack described = stack.describe(stale);
        return DescribeStacksResponse.builder().stacks(described).build();
    }

    @Override
    public synchronized CreateChangeSetResponse createChangeSet(CreateChangeSetRequest request) {
        store.settle();
        String stackName = request.stackName();
        calls.enter("CreateChangeSet", StackStore.stackName(stackName));
        String type = request.changeSetTypeAsString() == null ? "UPDATE" : request.changeSetTypeAsString();
        Optional<FakeStack> existing = store.find(stackName);
        if (existing.isPresent() && request.clientToken() != null) {
            FakeChangeSet same = existing.get().changeSets.get(request.changeSetName());
            if (same != null && request.clientToken().equals(same.clientToken)) {
                return CreateChangeSetResponse.builder()
                        .id(same.arn)
                        .stackId(same.stack.arn)
                        .build();
            }
        }
        if (request.deploymentConfig() != null) {
            deploymentModes.add(request.deploymentConfig().modeAsString());
        }
        String body = Templates.body(request, templateObjects);
        JsonNode template = Templates.parse(body);
        Templates.validate(template);
        FakeStack stack;
        if (type.equals("CREATE")) {
            if (existing.isPresent() && !existing.get().status.equals("REVIEW_IN_PROGRESS")) {
                throw CfnErrors.validation(
                        "Stack [" + stackName + "] already exists and cannot be created again with the " + "changeSet ["
                                + request.changeSetName() + "].");
            }
            stack = existing.orElse(null);
        } else if (type.equals("UPDATE")) {
            stack = existing.orElseThrow(() -> CfnErrors.stackNotFound(stackName));
            if (!Set.of(
                            "CREATE_COMPLETE",
                            "UPDATE_COMPLETE",
                            "UPDATE_ROLLBACK_COMPLETE",
                            "IMPORT_COMPLETE",
                            "IMPORT_ROLLBACK_COMPLETE")
                    .contains(stack.status)) {
                throw CfnErrors.validation(
                        "Stack:" + stack.arn + " is in " + stack.status + " state and can not be updated.");
            }
            ChangeSetDiff.checkTypes(stack.template, template);
        } else {
            throw CfnErrors.validation("ChangeSetType " + type + " is not supported by the fake");
        }
        if (stack != null && stack.changeSets.containsKey(request.changeSetName())) {
            throw CfnErrors.alreadyExists("ChangeSet [" + request.changeSetName() + "] already exists");
        }
        Templates.checkCapabilities(template, request.capabilitiesAsStrings());
        Map<String, String> previous = stack == null ? Map.of() : stack.parameters;
        Map<String, String> parameters = Templates.resolveParameters(template, request.parameters(), previous);
        Map<String, String> tags = new LinkedHashMap<>();
        if (request.hasTags()) {
            request.tags().forEach(t -> tags.put(t.key(), t.value()));
        } else if (stack != null) {
            tags.putAll(stack.tags);
        }
        if (stack == null) {
            stack = store.create(stackName);
            stack.apply(new FakeStack.Moment(
                    ticker.nowMillis(), null, null, null, "REVIEW_IN_PROGRESS", "User Initiated", null, true, null));
        }
        ChangeSetDiff.Side before = ChangeSetDiff.Side.of(stack);
        ChangeSetDiff.Side after = new ChangeSetDiff.Side(template, parameters, tags);
        boolean noChanges = type.equals("UPDATE") && ChangeSetDiff.identical(before, after);
        FakeStack target = stack;
        int incarnation = store.nextIncarnation(stack.arn + "/cs/" + request.changeSetName());
        FakeChangeSet cs = new FakeChangeSet(
                request.changeSetName(),
                stack,
                incarnation,
                type,
                request.clientToken(),
                request.description(),
                ticker.nowMillis(),
                changeSetStepMillis,
                template,
                body,
                parameters,
                tags,
                request.capabilitiesAsStrings(),
                diff.diff(before, after, target.physicalIds::get),
                noChanges);
        cs.notificationArns = List.copyOf(request.notificationARNs());
        stack.changeSets.put(cs.name, cs);
        return CreateChangeSetResponse.builder().id(cs.arn).stackId(stack.arn).build();
    }

    @Override
    public synchronized DescribeChangeSetResponse describeChangeSet(DescribeChangeSetRequest request) {
        store.settle();
        calls.enter("DescribeChangeSet", store.stackNameForChangeSet(request.changeSetName(), request.stackName()));
        FakeChangeSet cs = store.changeSet(request.changeSetName(), request.stackName());
        long now = ticker.nowMillis();
        boolean ready = !cs.creating(now) && cs.deleteUntil == null;
        List<ResourceChange> changes = ready ? cs.changes : List.of();
        int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        int to = Math.min(changes.size(), from + changesPageSize);
        return DescribeChangeSetResponse.builder()
                .changeSetName(cs.name)
                .changeSetId(cs.arn)
                .stackId(cs.stack.arn)
                .stackName(cs.stack.name)
                .description(cs.description)
                .parameters(cs.parameters.entrySet().stream()
                        .map(e -> Parameter.builder()
                                .parameterKey(e.getKey())
                                .parameterValue(e.getValue())
                                .build())
                        .toList())
                .tags(cs.tags.entrySet().stream()
                        .map(e -> Tag.builder()
                                .key(e.getKey())
                                .value(e.getValue())
                                .build())
                        .toList())
                .capabilitiesWithStrings(cs.capabilities)
                .creationTime(cs.creationTime())
                .status(cs.status(now))
                .statusReason(cs.statusReason(now))
                .executionStatus(cs.executionStatus(now))
                .changes(changes.subList(from, to).stream()
                        .map(c -> Change.builder()
                                .type("Resource")
                                .resourceChange(
                                        c.toBuilder().changeSetId(cs.arn).build())
                                .build())
                        .toList())
                .nextToken(to < changes.size() ? Integer.toString(to) : null)
                .build();
    }

    @Override
    public synchronized ExecuteChangeSetResponse executeChangeSet(ExecuteChangeSetRequest request) {
        store.settle();
        calls.enter("ExecuteChangeSet", store.stackNameForChangeSet(request.changeSetName(), request.stackName()));
        FakeChangeSet cs = store.changeSet(request.changeSetName(), request.stackName());
        long now = ticker.nowMillis();
        String token = request.clientRequestToken();
        if (token != null && token.equals(cs.executionToken)) {
            return ExecuteChangeSetResponse.builder().build();
        }
        FakeStack stack = cs.stack;
        String executionStatus = cs.executionStatus(now);
        if (!executionStatus.equals("AVAILABLE") || stack.busy()) {
            throw CfnErrors.invalidChangeSetStatus("ChangeSet [" + cs.arn + "] cannot be executed in its current "
                    + "execution status of [" + executionStatus + "]");
        }
        stack.changeSets.values().removeIf(other -> other != cs);
        cs.executionStatus = "EXECUTE_IN_PROGRESS";
        cs.executionToken = token;
        stack.staleStatus = stack.status;
        stack.staleReason = stack.reason;
        stack.staleReads = staleReadsAfterExecute;
        if (cs.type.equals("CREATE")) {
            operations.create(stack, cs, token, now);
        } else {
            operations.update(stack, cs, token, now);
        }
        return ExecuteChangeSetResponse.builder().build();
    }

    @Override
    public synchronized DeleteChangeSetResponse deleteChangeSet(DeleteChangeSetRequest request) {
        store.settle();
        calls.enter("DeleteChangeSet", store.stackNameForChangeSet(request.changeSetName(), request.stackName()));
        FakeChangeSet cs = store.changeSet(request.changeSetName(), request.stackName());
        long now = ticker.nowMillis();
        if (cs.creating(now) || "EXECUTE_IN_PROGRESS".equals(cs.executionStatus)) {
            throw CfnErrors.invalidChangeSetStatus(
                    "ChangeSet [" + cs.arn + "] cannot be deleted in its current status of ["
                            + (cs.creating(now) ? cs.status(now) : cs.executionStatus) + "]");
        }
        if (cs.deleteUntil == null) {
            cs.deleteUntil = now + changeSetDeleteMillis;
            store.settle();
        }
        return DeleteChangeSetResponse.builder().build();
    }

    @Override
    public synchronized DeleteStackResponse deleteStack(DeleteStackRequest request) {
        store.settle();
        String id = request.stackName();
        calls.enter("DeleteStack", StackStore.stackName(id));
        Optional<FakeStack> found = store.find(id).filter(FakeStack::live);
        if (found.isEmpty()) {
            return DeleteStackResponse.builder().build();
        }
        FakeStack stack = found.get();
        if (stack.terminationProtection) {
            throw CfnErrors.validation("Stack [" + id + "] cannot be deleted while TerminationProtection is enabled");
        }
        if (stack.status.equals("DELETE_IN_PROGRESS")) {
            return DeleteStackResponse.builder().build();
        }
        if (stack.busy()) {
            throw CfnErrors.validation("Stack [" + id + "] cannot be deleted while in status " + stack.status);
        }
        operations.delete(stack, request.clientRequestToken(), ticker.nowMillis());
        return DeleteStackResponse.builder().build();
    }

    @Override
    public synchronized ContinueUpdateRollbackResponse continueUpdateRollback(ContinueUpdateRollbackRequest request) {
        store.settle();
        String id = request.stackName();
        calls.enter("ContinueUpdateRollback", StackStore.stackName(id));
        FakeStack stack = store.liveOrThrow(id);
        if (!stack.status.equals("UPDATE_ROLLBACK_FAILED")) {
            throw CfnErrors.validation(
                    "Stack [" + stack.arn + "] is in " + stack.status + " state and can not continue update rollback.");
        }
        operations.continueRollback(
                stack, Set.copyOf(request.resourcesToSkip()), request.clientRequestToken(), ticker.nowMillis());
        return ContinueUpdateRollbackResponse.builder().build();
    }

    @Override
    public synchronized DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
        store.settle();
        String id = request.stackName();
        calls.enter("DescribeStackEvents", StackStore.stackName(id));
        FakeStack stack = store.find(id).orElseThrow(() -> CfnErrors.stackNotFound(id));
        List<StackEvent> newestFirst = new ArrayList<>(stack.events);
        Collections.reverse(newestFirst);
        int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        int to = Math.min(newestFirst.size(), from + eventsPageSize);
        return DescribeStackEventsResponse.builder()
                .stackEvents(newestFirst.subList(from, to))
                .nextToken(to < newestFirst.size() ? Integer.toString(to) : null)
                .build();
    }

    @Override
    public synchronized SetStackPolicyResponse setStackPolicy(SetStackPolicyRequest request) {
        store.settle();
        calls.enter("SetStackPolicy", StackStore.stackName(request.stackName()));
        FakeStack stack = store.liveOrThrow(request.stackName());
        stack.stackPolicy = request.stackPolicyBody();
        return SetStackPolicyResponse.builder().build();
    }

    @Override
    public synchronized GetStackPolicyResponse getStackPolicy(GetStackPolicyRequest request) {
        store.settle();
        calls.enter("GetStackPolicy", StackStore.stackName(request.stackName()));
        FakeStack stack = store.liveOrThrow(request.stackName());
        return GetStackPolicyResponse.builder()
                .stackPolicyBody(stack.stackPolicy)
                .build();
    }

    @Override
    public synchronized GetTemplateResponse getTemplate(GetTemplateRequest request) {
        store.settle();
        if (request.changeSetName() != null) {
            calls.enter("GetTemplate", store.stackNameForChangeSet(request.changeSetName(), request.stackName()));
            FakeChangeSet cs = store.changeSet(request.changeSetName(), request.stackName());
            return GetTemplateResponse.builder()
                    .templateBody(cs.templateBody)
                    .stagesAvailableWithStrings("Original", "Processed")
                    .build();
        }
        calls.enter("GetTemplate", StackStore.stackName(request.stackName()));
        FakeStack stack =
                store.find(request.stackName()).orElseThrow(() -> CfnErrors.stackNotFound(request.stackName()));
        return GetTemplateResponse.builder()
                .templateBody(stack.templateBody == null ? "{}" : stack.templateBody)
                .stagesAvailableWithStrings("Original", "Processed")
                .build();
    }

    /** The policy body last set on a stack, if any. */
    public synchronized java.util.Optional<String> stackPolicy(String stackName) {
        return java.util.Optional.ofNullable(store.liveOrThrow(stackName).stackPolicy);
    }

    @Override
    public synchronized UpdateTerminationProtectionResponse updateTerminationProtection(
            UpdateTerminationProtectionRequest request) {
        store.settle();
        String id = request.stackName();
        calls.enter("UpdateTerminationProtection", StackStore.stackName(id));
        FakeStack stack = store.liveOrThrow(id);
        stack.terminationProtection = Boolean.TRUE.equals(request.enableTerminationProtection());
        return UpdateTerminationProtectionResponse.builder().stackId(stack.arn).build();
    }
}
