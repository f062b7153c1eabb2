package dev.plinth.materializer;

import java.time.Duration;
import java.util.function.Function;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;
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
 * Retries throttling and transient errors on every call, with the SDK's standard retry strategy
 * (exponential backoff with jitter, AWS's list of retryable errors) driving the decisions and
 * the {@link Ticker} doing the waiting. The SDK client itself is built without retries, so this
 * is the one retry layer, and the in-memory fake goes through it too.
 */
public final class RetryingCloudFormation implements CloudFormationApi {
    /** CloudFormation throttles hard under parallel runs; 12 attempts with backoff ride that out. */
    static final int MAX_ATTEMPTS = 12;

    private final CloudFormationApi delegate;
    private final Ticker ticker;
    private final RetryStrategy strategy;
    private final CallCounter counter;
    private final int maxAttempts;

    public RetryingCloudFormation(CloudFormationApi delegate, Ticker ticker, CallCounter counter) {
        this(delegate, ticker, counter, MAX_ATTEMPTS);
    }

    /** With fewer attempts, for the one call that checks the endpoint can be reached at all. */
    RetryingCloudFormation(CloudFormationApi delegate, Ticker ticker, CallCounter counter, int maxAttempts) {
        this.delegate = delegate;
        this.ticker = ticker;
        this.counter = counter;
        this.maxAttempts = maxAttempts;
        this.strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .circuitBreakerEnabled(false)
                .build();
    }

    private <Q, R> R call(String operation, Q request, Function<Q, R> function) {
        AcquireInitialTokenResponse initial =
                strategy.acquireInitialToken(AcquireInitialTokenRequest.create("cloudformation"));
        RetryToken token = initial.token();
        long started = ticker.nowMillis();
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                counter.count(operation);
                R response = function.apply(request);
                strategy.recordSuccess(RecordSuccessRequest.create(token));
                return response;
            } catch (RuntimeException failure) {
                Duration delay;
                try {
                    RefreshRetryTokenResponse refreshed = strategy.refreshRetryToken(RefreshRetryTokenRequest.builder()
                            .token(token)
                            .failure(failure)
                            .build());
                    delay = refreshed.delay();
                    token = refreshed.token();
                } catch (TokenAcquisitionFailedException exhausted) {
                    if (attempts < maxAttempts) {
                        throw failure;
                    }
                    throw new CallFailedException(
                            operation, delegate.endpoint(), attempts, ticker.nowMillis() - started, failure);
                }
                try {
                    ticker.sleep(Math.max(delay.toMillis(), 50));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    @Override
    public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
        return call("DescribeStacks", request, delegate::describeStacks);
    }

    @Override
    public CreateChangeSetResponse createChangeSet(CreateChangeSetRequest request) {
        return call("CreateChangeSet", request, delegate::createChangeSet);
    }

    @Override
    public DescribeChangeSetResponse describeChangeSet(DescribeChangeSetRequest request) {
        return call("DescribeChangeSet", request, delegate::describeChangeSet);
    }

    @Override
    public ExecuteChangeSetResponse executeChangeSet(ExecuteChangeSetRequest request) {
        return call("ExecuteChangeSet", request, delegate::executeChangeSet);
    }

    @Override
    public DeleteChangeSetResponse deleteChangeSet(DeleteChangeSetRequest request) {
        return call("DeleteChangeSet", request, delegate::deleteChangeSet);
    }

    @Override
    public DeleteStackResponse deleteStack(DeleteStackRequest request) {
        return call("DeleteStack", request, delegate::deleteStack);
    }

    @Override
    public ContinueUpdateRollbackResponse continueUpdateRollback(ContinueUpdateRollbackRequest request) {
        return call("ContinueUpdateRollback", request, delegate::continueUpdateRollback);
    }

    @Override
    public DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
        return call("DescribeStackEvents", request, delegate::describeStackEvents);
    }

    @Override
    public UpdateTerminationProtectionResponse updateTerminationProtection(UpdateTerminationProtectionRequest request) {
        return call("UpdateTerminationProtection", request, delegate::updateTerminationProtection);
    }

    @Override
    public SetStackPolicyResponse setStackPolicy(SetStackPolicyRequest request) {
        return call("SetStackPolicy", request, delegate::setStackPolicy);
    }

    @Override
    public GetTemplateResponse getTemplate(GetTemplateRequest request) {
        return call("GetTemplate", request, delegate::getTemplate);
    }

    @Override
    public GetStackPolicyResponse getStackPolicy(GetStackPolicyRequest request) {
        return call("GetStackPolicy", request, delegate::getStackPolicy);
    }

    @Override
    public String endpoint() {
        return delegate.endpoint();
    }
}
