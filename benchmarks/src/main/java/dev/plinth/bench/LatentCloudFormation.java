package dev.plinth.bench;

import dev.plinth.materializer.CloudFormationApi;
import dev.plinth.materializer.fake.FakeCloudFormation;
import dev.plinth.materializer.fake.VirtualTicker;
import java.util.function.Supplier;
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
 * The fake CloudFormation at a distance: every call sleeps {@code latencyMillis} of real time
 * first, and the fake's virtual clock is moved up to the real time elapsed since construction,
 * so its statuses settle in real time while the materializer polls with {@code Ticker.SYSTEM}.
 */
final class LatentCloudFormation implements CloudFormationApi {
    private final FakeCloudFormation fake;
    private final long latencyMillis;
    private final long realStart = System.currentTimeMillis();
    private final long virtualStart;

    LatentCloudFormation(FakeCloudFormation fake, long latencyMillis) {
        this.fake = fake;
        this.latencyMillis = latencyMillis;
        this.virtualStart = fake.ticker().nowMillis();
    }

    private <T> T call(Supplier<T> operation) {
        try {
            Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the fake", e);
        }
        VirtualTicker ticker = fake.ticker();
        synchronized (this) {
            long behind = (System.currentTimeMillis() - realStart) - (ticker.nowMillis() - virtualStart);
            if (behind > 0) {
                ticker.advance(behind);
            }
        }
        return operation.get();
    }

    @Override
    public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
        return call(() -> fake.describeStacks(request));
    }

    @Override
    public CreateChangeSetResponse createChangeSet(CreateChangeSetRequest request) {
        return call(() -> fake.createChangeSet(request));
    }

    @Override
    public DescribeChangeSetResponse describeChangeSet(DescribeChangeSetRequest request) {
        return call(() -> fake.describeChangeSet(request));
    }

    @Override
    public ExecuteChangeSetResponse executeChangeSet(ExecuteChangeSetRequest request) {
        return call(() -> fake.executeChangeSet(request));
    }

    @Override
    public DeleteChangeSetResponse deleteChangeSet(DeleteChangeSetRequest request) {
        return call(() -> fake.deleteChangeSet(request));
    }

    @Override
    public DeleteStackResponse deleteStack(DeleteStackRequest request) {
        return call(() -> fake.deleteStack(request));
    }

    @Override
    public ContinueUpdateRollbackResponse continueUpdateRollback(ContinueUpdateRollbackRequest request) {
        return call(() -> fake.continueUpdateRollback(request));
    }

    @Override
    public DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
        return call(() -> fake.describeStackEvents(request));
    }

    @Override
    public UpdateTerminationProtectionResponse updateTerminationProtection(UpdateTerminationProtectionRequest request) {
        return call(() -> fake.updateTerminationProtection(request));
    }

    @Override
    public SetStackPolicyResponse setStackPolicy(SetStackPolicyRequest request) {
        return call(() -> fake.setStackPolicy(request));
    }

    @Override
    public GetTemplateResponse getTemplate(GetTemplateRequest request) {
        return call(() -> fake.getTemplate(request));
    }

    @Override
    public GetStackPolicyResponse getStackPolicy(GetStackPolicyRequest request) {
        return call(() -> fake.getStackPolicy(request));
    }
}
