package dev.plinth.templates;

/**
 * Where an instance reports the outcome of its user data: the stack and the logical id of the
 * resource whose creation policy waits for the signal.
 */
public final class CfnSignal {
  private final String stackName;
  private final String resourceLogicalId;

  private CfnSignal(String stackName, String resourceLogicalId) {
    this.stackName = Checks.stackName("stackName", stackName);
    this.resourceLogicalId = Checks.logicalId("resourceLogicalId", resourceLogicalId);
  }

  public static CfnSignal of(String stackName, String resourceLogicalId) {
    return new CfnSignal(stackName, resourceLogicalId);
  }

  public String stackName() {
    return stackName;
  }

  public String resourceLogicalId() {
    return resourceLogicalId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CfnSignal
        && ((CfnSignal) o).stackName.equals(stackName)
        && ((CfnSignal) o).resourceLogicalId.equals(resourceLogicalId);
  }

  @Override
  public int hashCode() {
    return 31 * stackName.hashCode() + resourceLogicalId.hashCode();
  }

  @Override
  public String toString() {
    return stackName + "/" + resourceLogicalId;
  }
}
