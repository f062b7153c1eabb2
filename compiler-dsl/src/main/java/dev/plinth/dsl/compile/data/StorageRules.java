package dev.plinth.dsl.compile.data;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.data.DataCode;
import dev.plinth.dsl.data.Repository;
import dev.plinth.names.NameRules;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules of buckets and image repositories: names, keys and lifecycles. */
final class StorageRules {
    private static final Pattern REPOSITORY =
            Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*");
    private static final Map<Bucket.StorageClass, Integer> MINIMUM_DAYS = Map.of(
            Bucket.StorageClass.STANDARD_IA,
            30,
            Bucket.StorageClass.INTELLIGENT_TIERING,
            0,
            Bucket.StorageClass.GLACIER_IR,
            0,
            Bucket.StorageClass.GLACIER,
            0,
            Bucket.StorageClass.DEEP_ARCHIVE,
            0);

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    StorageRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(Bucket bucket) {
        DslPath path = platform.path(bucket);
        bucket.bucketName()
                .filter(n -> !NameRules.S3_BUCKET.accepts(n))
                .ifPresent(n -> out.report(
                        DataCode.INVALID_BUCKET_NAME,
                        path.child("bucketName"),
                        "'" + n + "' is not a valid S3 bucket name",
                        NameRules.S3_BUCKET.fix()));
        if (bucket.encryption() == Bucket.Encryption.SSE_S3
                && bucket.kmsKeyArn().isPresent()) {
            out.report(
                    DataCode.INVALID_KMS_KEY,
                    path.child("kmsKeyArn"),
                    "a KMS key is given but the bucket uses SSE-S3",
                    "set encryption(SSE_KMS), or remove the key");
        }
        DataRules.kmsKey(bucket.kmsKeyArn(), path.child("kmsKeyArn"), out);
        bucket.expireNoncurrentAfterDays().ifPresent(days -> {
            if (days < 1) {
                out.report(
                        DataCode.INVALID_LIFECYCLE,
                        path.child("expireNoncurrentAfterDays"),
                        "noncurrent versions expire after at least 1 day, not " + days,
                        "give 1 day or more");
            }
            if (!bucket.versioned()) {
                out.report(
                        DataCode.INVALID_LIFECYCLE,
                        path.child("expireNoncurrentAfterDays"),
                        "the bucket keeps no versions to expire",
                        "turn versioning on, or remove the rule");
            }
        });
        bucket.transitions().forEach((storageClass, days) -> {
            int minimum = MINIMUM_DAYS.get(storageClass);
            if (days < minimum || days < 0) {
                out.report(
                        DataCode.INVALID_LIFECYCLE,
                        path.child("transition").child(storageClass.toString()),
                        "objects move to " + storageClass + " after " + minimum + " days or more, not " + days,
                        "give " + minimum + " days or more");
            }
        });
        bucket.accessLogs().ifPresent(logs -> {
            if (logs == bucket) {
                out.report(
                        DataCode.INVALID_LIFECYCLE,
                        path.child("accessLogs"),
                        "the bucket writes its access logs into itself",
                        "log to another bucket");
            } else {
                SharedRules.placed(platform, bucket, logs, out);
            }
        });
    }

    void check(Repository repository) {
        DslPath path = platform.path(repository);
        String name = repository.effectiveName();
        if (!REPOSITORY.matcher(name).matches() || name.length() < 2 || name.length() > 256) {
            out.report(
                    DataCode.INVALID_REPOSITORY_NAME,
                    path.child("repositoryName"),
                    "'" + name + "' is not a valid ECR repository name",
                    "use lower-case letters, digits and . _ - separators, with / between namespaces");
        }
        if (repository.keepLastImages() < 1) {
            out.report(
                    DataCode.INVALID_REPOSITORY_LIFECYCLE,
                    path.child("keepLastImages"),
                    "the lifecycle would keep " + repository.keepLastImages() + " images and delete every image pushed",
                    "keep at least 1 image (30 unless given)");
        }
        if (repository.expireUntaggedAfterDays() < 1) {
            out.report(
                    DataCode.INVALID_REPOSITORY_LIFECYCLE,
                    path.child("expireUntaggedAfterDays"),
                    "untagged images expire after at least 1 day, not " + repository.expireUntaggedAfterDays(),
                    "give 1 day or more");
        }
        DataRules.kmsKey(repository.kmsKeyArn(), path.child("kmsKeyArn"), out);
    }
}
