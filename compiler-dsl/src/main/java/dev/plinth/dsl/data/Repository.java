package dev.plinth.dsl.data;

import dev.plinth.dsl.Component;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ECR repository: images scanned on push, tags immutable unless allowed to move, encrypted
 * (AES-256, or KMS), and a lifecycle policy that keeps the last N images and expires untagged
 * ones.
 */
@Value.Immutable
public abstract class Repository implements Component {

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "repository";
    }

    /** The ECR name, such as {@code shop/web}; the component name unless given. */
    public abstract Optional<String> repositoryName();

    @Value.Default
    public boolean scanOnPush() {
        return true;
    }

    @Value.Default
    public boolean immutableTags() {
        return true;
    }

    /** Encrypts with this KMS key instead of AES-256. */
    public abstract Optional<String> kmsKeyArn();

    @Value.Default
    public int keepLastImages() {
        return 30;
    }

    @Value.Default
    public int expireUntaggedAfterDays() {
        return 14;
    }

    public String effectiveName() {
        return repositoryName().orElse(name());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Repository}. */
    public static class Builder extends ImmutableRepository.Builder {}
}
