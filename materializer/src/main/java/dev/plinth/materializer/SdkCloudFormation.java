package dev.plinth.materializer;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
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

/** {@link CloudFormationApi} over the AWS SDK for Java v2's client. */
public final class SdkCloudFormation implements CloudFormationApi {
    private final CloudFormationClient client;

    public SdkCloudFormation(CloudFormationClient client) {
        this.client = client;
    }

    @Override
    public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
        return client.describeStacks(request);
    }

    @Override
    public CreateChangeSetResponse createChangeSet(CreateChangeSetRequest request) {
        return client.createChangeSet(request);
    }

    @Override
    public DescribeChangeSetResponse describeChangeSet(DescribeChangeSetRequest request) {
        return client.describeChangeSet(request);
    }

    @Override
    public ExecuteChangeSetResponse executeChangeSet(ExecuteChangeSetRequest request) {
        return client.executeChangeSet(request);
    }

    @Override
    public DeleteChangeSetResponse deleteChangeSet(DeleteChangeSetRequest request) {
        return client.deleteChangeSet(request);
    }

    @Override
    public DeleteStackResponse deleteStack(DeleteStackRequest request) {
        return client.deleteStack(request);
    }

    @Override
    public ContinueUpdateRollbackResponse continueUpdateRollback(ContinueUpdateRollbackRequest request) {
        return client.continueUpdateRollback(request);
    }

    @Override
    public DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
        return client.describeStackEvents(request);
    }

    @Override
    public UpdateTerminationProtectionResponse updateTerminationProtection(UpdateTerminationProtectionRequest request) {
        return client.updateTerminationProtection(request);
    }

    @Override
    public SetStackPolicyResponse setStackPolicy(SetStackPolicyRequest request) {
        return client.setStackPolicy(request);
    }

    @Override
    public GetTemplateResponse getTemplate(GetTemplateRequest request) {
        return client.getTemplate(request);
    }

    @Override
    public GetStackPolicyResponse getStackPolicy(GetStackPolicyRequest request) {
        return client.getStackPolicy(request);
    }

    @Override
    public String endpoint() {
        var configuration = client.serviceClientConfiguration();
        return configuration
                .endpointOverride()
                .map(Object::toString)
                .orElse("CloudFormation in " + configuration.region());
    }
}
