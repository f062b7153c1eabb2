package dev.plinth.dsl.compile;

import dev.plinth.cfn.s3.CfnBucket;
import java.util.List;
import java.util.Map;

/**
 * What a bucket's lowering publishes: the bucket, and the statements its policy must hold
 * (TLS only; S3 writing access logs). A distribution that serves the bucket writes the policy,
 * adding its own statement, since the policy then names the distribution.
 */
public record BucketResources(CfnBucket bucket, List<Map<String, Object>> policyStatements) {
    public BucketResources {
        policyStatements = List.copyOf(policyStatements);
    }
}
