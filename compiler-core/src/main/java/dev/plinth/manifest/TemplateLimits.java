package dev.plinth.manifest;

/**
 * CloudFormation's template quotas, which every template a manifest names meets: the compiler
 * checks them ({@code dev.plinth.cfn.validation}) and records in {@code needsS3} whether a body is
 * over the inline limit; the materializer relies on that. Each limit is defined here only.
 */
public final class TemplateLimits {
    public static final int MAX_RESOURCES = 500;
    public static final int MAX_PARAMETERS = 200;
    public static final int MAX_OUTPUTS = 200;
    public static final int MAX_MAPPINGS = 200;
    public static final int MAX_LOGICAL_ID_LENGTH = 255;
    /** The largest body CreateStack and CreateChangeSet take inline (TemplateBody). */
    public static final int MAX_INLINE_BODY_BYTES = 51_200;
    /** The largest body CloudFormation takes from S3 (TemplateURL). */
    public static final int MAX_S3_BODY_BYTES = 1_000_000;

    private TemplateLimits() {}
}
