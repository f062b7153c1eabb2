package dev.plinth.materializer;

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
 * The CloudFormation calls the materializer makes, and nothing else. The real implementation
 * delegates to the SDK's client ({@link SdkCloudFormation}); tests use an in-memory fake.
 * Errors are the SDK's: {@code CloudFormationException} with an AWS error code.
 */
public interface CloudFormationApi {

    DescribeStacksResponse describeStacks(DescribeStacksRequest request);

    CreateChangeSetResponse createChangeSet(CreateChangeSetRequest request);

    DescribeChangeSetResponse describeChangeSet(DescribeChangeSetRequest request);

    ExecuteChangeSetResponse executeChangeSet(ExecuteChangeSetRequest request);

    DeleteChangeSetResponse deleteChangeSet(DeleteChangeSetRequest request);

    DeleteStackResponse deleteStack(DeleteStackRequest request);

    ContinueUpdateRollbackResponse continueUpdateRollback(ContinueUpdateRollbackRequest request);

    DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request);

    UpdateTerminationProtectionResponse updateTerminationProtection(UpdateTerminationProtectionRequest request);

    SetStackPolicyResponse setStackPolicy(SetStackPolicyRequest request);

    GetStackPolicyResponse getStackPolicy(GetStackPolicyRequest request);

    GetTemplateResponse getTemplate(GetTemplateRequest request);

    /** Where the calls go, for messages: the endpoint URL, or the service and region. */
    default String endpoint() {
        return "CloudFormation";
    }
}
