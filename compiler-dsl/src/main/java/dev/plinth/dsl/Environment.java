package dev.plinth.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One environment of a platform (dev, staging, prod): where it runs and how it is treated.
 * Per-environment values in a platform are plain Java: {@code env.production() ? 3 : 1}.
 */
@Value.Immutable
public abstract class Environment {

    public abstract String name();

    /** The AWS region, such as {@code eu-west-1}. */
    public abstract String region();

    /** The availability zones the environment may use, in order of preference. */
    public abstract List<String> availabilityZones();

    /** The account the environment lives in, when the platform pins it. */
    public abstract Optional<String> accountId();

    /** Tags for every stack and resource of the environment. */
    public abstract Map<String, String> tags();

    /** SNS topics every stack of the environment sends its CloudFormation events to. */
    public abstract List<String> notificationArns();

    /** Production environments get termination protection and stricter defaults. */
    @Value.Default
    public boolean production() {
        return false;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Environment}. */
    public static class Builder extends ImmutableEnvironment.Builder {}
}
