package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.GetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionRequest;

/**
 * What protects one stack: its stack policy, read back and compared rather than trusted from a
 * tag, and its termination protection, each set to what the manifest asks for.
 */
final class StackProtection {
    private final CloudFormationApi cloudFormation;
    private final Manifest.Stack stack;
    private final Steps steps;

    StackProtection(CloudFormationApi cloudFormation, Manifest.Stack stack, Steps steps) {
        this.cloudFormation = cloudFormation;
        this.stack = stack;
        this.steps = steps;
    }

    /** Whether the stack has the policy the manifest asks for (always, when it asks for none). */
    boolean policyInPlace(String arn) {
        Optional<String> wanted = stack.stackPolicy();
        if (wanted.isEmpty()) {
            return true;
        }
        String actual = cloudFormation
                .getStackPolicy(GetStackPolicyRequest.builder().stackName(arn).build())
                .stackPolicyBody();
        return StackPolicies.same(wanted.get(), actual);
    }

    /** Sets the stack policy; an allowed replacement lifts it while it executes, then it is set back. */
    void setPolicy(String arn, String policy) {
        steps.step(
                policy.equals(StackRequest.ALLOW_ALL_POLICY)
                        ? "lifting the stack policy for the allowed replacement"
                        : "setting the stack policy");
        cloudFormation.setStackPolicy(SetStackPolicyRequest.builder()
                .stackName(arn)
                .stackPolicyBody(policy)
                .build());
    }

    void setTerminationProtectionIfNeeded(StackState state) {
        if (state.terminationProtection() != stack.terminationProtection()) {
            setTerminationProtection(state.arn());
        }
    }

    void setTerminationProtection(String arn) {
        cloudFormation.updateTerminationProtection(UpdateTerminationProtectionRequest.builder()
                .stackName(arn)
                .enableTerminationProtection(stack.terminationProtection())
                .build());
    }
}
