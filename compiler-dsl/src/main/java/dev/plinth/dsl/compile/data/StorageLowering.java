package dev.plinth.dsl.compile.data;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.ecr.CfnRepository;
import dev.plinth.cfn.s3.CfnBucket;
import dev.plinth.cfn.s3.CfnBucketPolicy;
import dev.plinth.dsl.cdn.Distribution;
import dev.plinth.dsl.compile.BucketResources;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.data.Repository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bucket becomes an S3 bucket (encrypted, public access blocked, owner-enforced, versioned,
 * its lifecycle, retained) and a policy that denies every request not made over TLS; a
 * repository becomes an ECR repository scanned on push with its lifecycle policy.
 */
final class StorageLowering {
    private final LoweringContext context;

    StorageLowering(LoweringContext context) {
        this.context = context;
    }

    void lower(Bucket bucket) {
        CfnBucket.Builder built = CfnBucket.builder()
                .bucketEncryption(CfnBucket.BucketEncryptionProperty.builder()
                        .serverSideEncryptionConfiguration(encryption(bucket))
                        .build())
                .publicAccessBlockConfiguration(CfnBucket.PublicAccessBlockConfigurationProperty.builder()
                        .blockPublicAcls(true)
                        .blockPublicPolicy(true)
                        .ignorePublicAcls(true)
                        .restrictPublicBuckets(true)
                        .build())
                .ownershipControls(CfnBucket.OwnershipControlsProperty.builder()
                        .rules(CfnBucket.OwnershipControlsRuleProperty.builder()
                                .objectOwnership(ownership(bucket))
                                .build())
                        .build())
                .versioningConfiguration(CfnBucket.VersioningConfigurationProperty.builder()
                        .status(bucket.versioned() ? "Enabled" : "Suspended")
                        .build())
                .lifecycleConfiguration(CfnBucket.LifecycleConfigurationProperty.builder()
                        .rules(lifecycle(bucket))
                        .build())
                .tags(Tag.of("Name", Names.physicalName(context.platform(), bucket)))
                .deletionPolicy(DeletionPolicy.RETAIN)
                .updateReplacePolicy(DeletionPolicy.RETAIN);
        bucket.bucketName().ifPresent(built::bucketName);
        bucket.accessLogs()
                .ifPresent(logs -> built.loggingConfiguration(CfnBucket.LoggingConfigurationProperty.builder()
                        .destinationBucketName(context.published(logs, BucketResources.class)
                                .bucket()
                                .ref())
                        .logFilePrefix(bucket.name() + "/")
                        .build()));
        CfnBucket s3 = context.add(bucket, "Bucket", built.build());
        List<Map<String, Object>> statements = statements(bucket, s3);
        context.publish(bucket, new BucketResources(s3, statements));
        if (context.platform().components(Distribution.class).stream()
                .anyMatch(d -> d.buckets().contains(bucket))) {
            // The distribution's lowering writes this bucket's policy in its own stack: the policy names the
            // distribution.
            return;
        }
        context.add(
                bucket,
                "Policy",
                CfnBucketPolicy.builder()
                        .bucket(s3.ref())
                        .policyDocument(Iam.document(statements))
                        .build());
    }

    /** Deny requests without TLS; let S3 write access logs when another bucket logs here. */
    private List<Map<String, Object>> statements(Bucket bucket, CfnBucket s3) {
        List<Map<String, Object>> statements = new ArrayList<>();
        statements.add(denyInsecureTransport(s3));
        if (context.platform().components(Bucket.class).stream()
                .anyMatch(b -> b.accessLogs().filter(l -> l == bucket).isPresent())) {
            Map<String, Object> logging =
                    Iam.statement(List.of("s3:PutObject"), List.of(Fn.sub("${Arn}/*", Map.of("Arn", s3.attrArn()))));
            logging.put("Principal", Map.of("Service", "logging.s3.amazonaws.com"));
            logging.put("Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Pseudo.accountId())));
            statements.add(logging);
        }
        return statements;
    }

    void lower(Repository repository) {
        CfnRepository.Builder built = CfnRepository.builder()
                .repositoryName(repository.effectiveName())
                .imageScanningConfiguration(CfnRepository.ImageScanningConfigurationProperty.builder()
                        .scanOnPush(repository.scanOnPush())
                        .build())
                .imageTagMutability(repository.immutableTags() ? "IMMUTABLE" : "MUTABLE")
                .encryptionConfiguration(repository
                        .kmsKeyArn()
                        .map(key -> CfnRepository.EncryptionConfigurationProperty.builder()
                                .encryptionType("KMS")
                                .kmsKey(key)
                                .build())
                        .orElse(CfnRepository.EncryptionConfigurationProperty.builder()
                                .encryptionType("AES256")
                                .build()))
                .lifecyclePolicy(CfnRepository.LifecyclePolicyProperty.builder()
                        .lifecyclePolicyText(lifecyclePolicy(repository))
                        .build())
                .tags(Tag.of("Name", Names.physicalName(context.platform(), repository)))
                .deletionPolicy(DeletionPolicy.RETAIN)
                .updateReplacePolicy(DeletionPolicy.RETAIN);
        context.add(repository, "Repository", built.build());
    }

    /** The policy as ECR wants it: JSON text, untagged images expiring first, then all but the last N. */
    static String lifecyclePolicy(Repository repository) {
        return "{\"rules\":["
                + "{\"rulePriority\":1,\"description\":\"Expire untagged images after "
                + repository.expireUntaggedAfterDays() + " days\","
                + "\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":"
                + repository.expireUntaggedAfterDays() + "},\"action\":{\"type\":\"expire\"}},"
                + "{\"rulePriority\":2,\"description\":\"Keep the last " + repository.keepLastImages() + " images\","
                + "\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":"
                + repository.keepLastImages() + "},"
                + "\"action\":{\"type\":\"expire\"}}]}";
    }

    /** CloudFront standard logging grants itself an ACL on the bucket, which needs ACLs enabled; objects stay the owner's otherwise. */
    private String ownership(Bucket bucket) {
        boolean logsHere = context.platform().components(Distribution.class).stream()
                .anyMatch(d -> d.logs().filter(l -> l == bucket).isPresent());
        return logsHere ? "BucketOwnerPreferred" : "BucketOwnerEnforced";
    }

    private static Map<String, Object> denyInsecureTransport(CfnBucket s3) {
        Map<String, Object> deny = new LinkedHashMap<>();
        deny.put("Sid", "DenyInsecureTransport");
        deny.put("Effect", "Deny");
        deny.put("Principal", "*");
        deny.put("Action", "s3:*");
        deny.put("Resource", List.of(s3.attrArn(), Fn.sub("${Arn}/*", Map.of("Arn", s3.attrArn()))));
        deny.put("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")));
        return deny;
    }

    private CfnBucket.ServerSideEncryptionRuleProperty encryption(Bucket bucket) {
        CfnBucket.ServerSideEncryptionByDefaultProperty.Builder byDefault =
                CfnBucket.ServerSideEncryptionByDefaultProperty.builder();
        if (bucket.encryption() == Bucket.Encryption.SSE_KMS) {
            byDefault.sseAlgorithm("aws:kms");
            bucket.kmsKeyArn().ifPresent(byDefault::kmsMasterKeyID);
        } else {
            byDefault.sseAlgorithm("AES256");
        }
        return CfnBucket.ServerSideEncryptionRuleProperty.builder()
                .serverSideEncryptionByDefault(byDefault.build())
                .bucketKeyEnabled(bucket.encryption() == Bucket.Encryption.SSE_KMS)
                .build();
    }

    private static CfnBucket.RuleProperty[] lifecycle(Bucket bucket) {
        List<CfnBucket.RuleProperty> rules = new ArrayList<>();
        rules.add(CfnBucket.RuleProperty.builder()
                .id("abort-incomplete-uploads")
                .status("Enabled")
                .abortIncompleteMultipartUpload(CfnBucket.AbortIncompleteMultipartUploadProperty.builder()
                        .daysAfterInitiation(7)
                        .build())
                .build());
        bucket.expireNoncurrentAfterDays()
                .ifPresent(days -> rules.add(CfnBucket.RuleProperty.builder()
                        .id("expire-noncurrent")
                        .status("Enabled")
                        .noncurrentVersionExpiration(CfnBucket.NoncurrentVersionExpirationProperty.builder()
                                .noncurrentDays(days)
                                .build())
                        .build()));
        if (!bucket.transitions().isEmpty()) {
            List<CfnBucket.TransitionProperty> transitions = new ArrayList<>();
            new TreeMap<>(bucket.transitions())
                    .forEach((storageClass, days) -> transitions.add(CfnBucket.TransitionProperty.builder()
                            .storageClass(storageClass.name())
                            .transitionInDays(days)
                            .build()));
            rules.add(CfnBucket.RuleProperty.builder()
                    .id("transitions")
                    .status("Enabled")
                    .transitions(transitions.toArray(new CfnBucket.TransitionProperty[0]))
                    .build());
        }
        return rules.toArray(new CfnBucket.RuleProperty[0]);
    }
}
