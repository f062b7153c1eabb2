package dev.plinth.cli;

import dev.plinth.materializer.CloudFormationApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
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
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyResponse;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionRequest;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionResponse;

/**
 * A {@link CloudFormationApi} in front of a real one that injects two faults: the Nth call of an
 * operation fails once with AccessDenied (HTTP 400, not retried), and "the process is killed"
 * right after a named call on a named stack: that call goes through, and every call from then on
 * throws {@link ProcessKilled}, an {@link Error} nothing in the materializer catches, so no
 * cleanup call reaches the emulator. Records every call as {@code Operation stack-or-arn}.
 */
final class FaultyCloudFormation implements CloudFormationApi {
    private final CloudFormationApi delegate;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile String failOperation;
    private volatile int failOn;
    private volatile String failedCall;
    private volatile String killOperation;
    private volatile String killStack;
    private volatile String killedAfter;

    FaultyCloudFormation(CloudFormationApi delegate) {
        this.delegate = delegate;
    }

    /** The {@code nth} call (from 1) of {@code operation} fails with AccessDenied; the others go through. */
    FaultyCloudFormation failOnce(String operation, int nth) {
        this.failOperation = Objects.requireNonNull(operation);
        this.failOn = nth;
        return this;
    }

    /** Once {@code operation} on stack {@code stackName} (by name or ARN) has returned, every call throws {@link ProcessKilled}. */
    FaultyCloudFormation killAfter(String operation, String stackName) {
        this.killOperation = Objects.requireNonNull(operation);
        this.killStack = Objects.requireNonNull(stackName);
        return this;
    }

    /** The call that was failed, such as {@code SetStackPolicy arn:...:stack/ecs-prod-data/...}; null while none was. */
    String failedCall() {
        return failedCall;
    }

    /** The call after which the process was killed; null while it was not. */
    String killedAfter() {
        return killedAfter;
    }

    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private <Q, R> R call(String operation, String stack, Q request, Function<Q, R> function) {
        String call = operation + " " + stack;
        if (killedAfter != null) {
            throw new ProcessKilled(call, killedAfter);
        }
        calls.add(call);
        int n = counts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        if (operation.equals(failOperation) && n == failOn) {
            failedCall = call;
            throw (CloudFormationException) CloudFormationException.builder()
                    .statusCode(400)
                    .message("User is not authorized to perform: cloudformation:" + operation
                            + " (injected by the test)")
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("AccessDenied")
                            .serviceName("CloudFormation")
                            .errorMessage("User is not authorized to perform: cloudformation:" + operation
                                    + " (injected by the test)")
                            .build())
                    .build();
        }
        R response = function.apply(request);
        if (operation.equals(killOperation) && sameStack(stack, killStack)) {
            killedAfter = call;
        }
        return response;
    }

    /** Whether a StackName parameter (a name or an ARN {@code arn:aws:cloudformation:...:stack/NAME/ID}) is that stack. */
    static boolean sameStack(String stackNameOrArn, String name) {
        return stackNameOrArn != null
                && (stackNameOrArn.equals(name) || stackNameOrArn.contains(":stack/" + name + "/"));
    }

    @Override
    public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
        return call("DescribeStacks", request.stackName(), request, delegate::describeStacks);
    }

    @Override
    public CreateChangeSetResponse createChangeSet(CreateChangeSetRequest request) {
        return call("CreateChangeSet", request.stackName(), request, delegate::createChangeSet);
    }

    @Override
    public DescribeChangeSetResponse describeChangeSet(DescribeChangeSetRequest request) {
        return call("DescribeChangeSet", request.stackName(), request, delegate::describeChangeSet);
    }

    @Override
    public ExecuteChangeSetResponse executeChangeSet(ExecuteChangeSetRequest request) {
        return call("ExecuteChangeSet", request.stackName(), request, delegate::executeChangeSet);
    }

    @Override
    public DeleteChangeSetResponse deleteChangeSet(DeleteChangeSetRequest request) {
        return call("DeleteChangeSet", request.stackName(), request, delegate::deleteChangeSet);
    }

    @Override
    public DeleteStackResponse deleteStack(DeleteStackRequest request) {
        return call("DeleteStack", request.stackName(), request, delegate::deleteStack);
    }

    @Override
    public ContinueUpdateRollbackResponse continueUpdateRollback(ContinueUpdateRollbackRequest request) {
        return call("ContinueUpdateRollback", request.stackName(), request, delegate::continueUpdateRollback);
    }

    @Override
    public DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
        return call("DescribeStackEvents", request.stackName(), request, delegate::describeStackEvents);
    }

    @Override
    public UpdateTerminationProtectionResponse updateTerminationProtection(UpdateTerminationProtectionRequest request) {
        return call("UpdateTerminationProtection", request.stackName(), request, delegate::updateTerminationProtection);
    }

    @Override
    public SetStackPolicyResponse setStackPolicy(SetStackPolicyRequest request) {
        return call("SetStackPolicy", request.stackName(), request, delegate::setStackPolicy);
    }

    @Override
    public GetStackPolicyResponse getStackPolicy(GetStackPolicyRequest request) {
        return call("GetStackPolicy", request.stackName(), request, delegate::getStackPolicy);
    }

    @Override
    public GetTemplateResponse getTemplate(GetTemplateRequest request) {
        return call("GetTemplate", request.stackName(), request, delegate::getTemplate);
    }

    @Override
    public String endpoint() {
        return delegate.endpoint();
    }

    /** The process "died": thrown for every call after the kill point, and never caught by the materializer. */
    static final class ProcessKilled extends Error {
        private static final long serialVersionUID = 1L;

        ProcessKilled(String call, String after) {
            super("process killed after " + after + "; " + call + " never left it");
        }
    }
}
