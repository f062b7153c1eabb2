package dev.plinth.dsl.compute;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An auto scaling group of instances that run one artifact on one runtime, spread across the
 * network's private subnets. Its launch template requires IMDSv2 and encrypts volumes; its
 * instance profile may read its own artifact and write its own logs, nothing more. Running in a
 * public subnet with public IPv4 addresses must be written out with {@link #publicAddresses()}
 * and a reason; it is warned about in production.
 */
@Value.Immutable
public abstract class Fleet implements Target {

    /** How the group decides an instance is unhealthy. */
    public enum HealthCheck {
        EC2,
        ELB
    }

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "fleet";
    }

    @Override
    public abstract Network network();

    @Override
    public Optional<Integer> servicePort() {
        return artifact().port();
    }

    /**
     * The subnet tier to run in; the network's first private tier unless named, or its first
     * public tier when the fleet has {@link #publicAddresses()}.
     */
    public abstract Optional<String> tier();

    /**
     * Why the fleet's instances run in a public tier with public IPv4 addresses (egress through
     * the internet gateway, no NAT needed), for example {@code "dev only: no NAT to save cost"}.
     * Empty (the default): the fleet runs in a private tier and its instances get no public
     * address. Insecure: every instance is on the internet, guarded by its security group alone;
     * compiles with a warning in production.
     */
    public abstract Optional<String> publicAddresses();

    public abstract Runtime runtime();

    public abstract Artifact artifact();

    @Value.Default
    public int minSize() {
        return 1;
    }

    @Value.Default
    public int maxSize() {
        return Math.max(minSize(), 1);
    }

    public abstract Optional<Integer> desiredCapacity();

    /** ELB when a load balancer sends the fleet traffic, EC2 otherwise, unless set. */
    public abstract Optional<HealthCheck> healthCheck();

    @Value.Default
    public int healthCheckGraceSeconds() {
        return 300;
    }

    /** How long a new instance has to signal that it booted (ISO-8601 duration). */
    @Value.Default
    public String signalTimeout() {
        return "PT15M";
    }

    /** Instances replaced at once during a rolling update. */
    @Value.Default
    public int maxBatchSize() {
        return 1;
    }

    public abstract List<LifecycleHook> lifecycleHooks();

    public abstract List<TargetTracking> scaling();

    /** Traffic allowed in besides what load balancers send (they are allowed automatically). */
    public abstract List<Ingress> allowFrom();

    @Value.Default
    public int logRetentionDays() {
        return 30;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Fleet}. */
    public static class Builder extends ImmutableFleet.Builder {
        /** Lets {@code source}'s security group reach the fleet on {@code port}. */
        public Builder allowFrom(Component source, int port) {
            addAllowFrom(Ingress.from(source, port));
            return this;
        }
    }
}
