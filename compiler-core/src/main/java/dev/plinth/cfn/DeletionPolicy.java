package dev.plinth.cfn;

/** What CloudFormation does with a resource's physical resource when it leaves the stack. */
public enum DeletionPolicy {
    DELETE("Delete"),
    RETAIN("Retain"),
    RETAIN_EXCEPT_ON_CREATE("RetainExceptOnCreate"),
    SNAPSHOT("Snapshot");

    private final String templateName;

    DeletionPolicy(String templateName) {
        this.templateName = templateName;
    }

    /** The name as written in a template. */
    public String templateName() {
        return templateName;
    }
}
