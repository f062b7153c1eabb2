package dev.plinth.templates;

/**
 * Where an instance reports the outcome of its user data: the stack and the logical id of the
 * resource whose creation policy waits for the signal.
 */
public record CfnSignal(String stackName, String resourceLogicalId) {

    public CfnSignal {
        stackName = Checks.stackName("stackName", stackName);
        resourceLogicalId = Checks.logicalId("resourceLogicalId", resourceLogicalId);
    }

    public static CfnSignal of(String stackName, String resourceLogicalId) {
        return new CfnSignal(stackName, resourceLogicalId);
    }

    @Override
    public String toString() {
        return stackName + "/" + resourceLogicalId;
    }
}
