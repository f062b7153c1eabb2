package dev.plinth.dsl.data;

import dev.plinth.dsl.Component;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An S3 bucket: encrypted, public access blocked, versioned, reachable over TLS only, retained
 * when its stack is deleted. Its lifecycle expires old versions and moves objects to cheaper
 * storage when asked.
 */
@Value.Immutable
public abstract class Bucket implements Component {

    /** Server-side encryption. */
    public enum Encryption {
        SSE_S3,
        SSE_KMS
    }

    /** A move to a cheaper storage class after some days. */
    public enum StorageClass {
        STANDARD_IA,
        INTELLIGENT_TIERING,
        GLACIER_IR,
        GLACIER,
        DEEP_ARCHIVE
    }

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "bucket";
    }

    /** The S3 name; CloudFormation makes one up unless given. */
    public abstract Optional<String> bucketName();

    @Value.Default
    public Encryption encryption() {
        return Encryption.SSE_S3;
    }

    /** The key for SSE-KMS; the AWS managed key ({@code aws/s3}) unless given. */
    public abstract Optional<String> kmsKeyArn();

    @Value.Default
    public boolean versioned() {
        return true;
    }

    /** Deletes noncurrent versions this many days after they are replaced. */
    public abstract Optional<Integer> expireNoncurrentAfterDays();

    /** Moves current objects to a storage class after some days, by class. */
    public abstract Map<StorageClass, Integer> transitions();

    /** Where S3 writes access logs. */
    public abstract Optional<Bucket> accessLogs();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Bucket}. */
    public static class Builder extends ImmutableBucket.Builder {
        public Builder transition(StorageClass storageClass, int afterDays) {
            putTransition(storageClass, afterDays);
            return this;
        }
    }
}
