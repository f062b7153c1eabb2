package dev.plinth.dsl.cluster;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.Secured;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.compute.MachineImage;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ECS cluster on container instances in an auto scaling group over the network's private
 * subnets. The instances boot the ECS-optimised image with IMDSv2 required and encrypted
 * volumes, carry only the role AWS documents for container instances, and join the cluster from
 * their user-data. A capacity provider with managed scaling sizes the group to the tasks, and
 * protects and drains instances that still run tasks before scale-in removes them.
 */
@Value.Immutable
public abstract class EcsCluster implements Secured {
    public static final String ECS_OPTIMIZED_AL2023 =
            "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id";

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "ecs-cluster";
    }

    public abstract Network network();

    /** The subnet tier to run in; the network's first private tier unless named. */
    public abstract Optional<String> tier();

    /** Such as {@code m6i.large}. */
    public abstract String instanceType();

    @Value.Default
    public MachineImage image() {
        return MachineImage.ssmParameter(ECS_OPTIMIZED_AL2023);
    }

    /** The encrypted gp3 root volume, which also holds the images containers run. */
    @Value.Default
    public int volumeSizeGib() {
        return 30;
    }

    @Value.Default
    public int minSize() {
        return 1;
    }

    @Value.Default
    public int maxSize() {
        return Math.max(minSize(), 1);
    }

    @Value.Default
    public boolean containerInsights() {
        return true;
    }

    /** How full managed scaling keeps the instances, in percent: 100 leaves no spare instance. */
    @Value.Default
    public int targetCapacityPercent() {
        return 100;
    }

    /** Scale-in leaves instances that run tasks alone until the capacity provider has drained them. */
    @Value.Default
    public boolean managedTerminationProtection() {
        return true;
    }

    /** How long a container has after SIGTERM before the agent kills it. */
    @Value.Default
    public int containerStopTimeoutSeconds() {
        return 30;
    }

    /** How long a new instance has to signal that it booted (ISO-8601 duration). */
    @Value.Default
    public String signalTimeout() {
        return "PT15M";
    }

    /** Traffic allowed in to the instances themselves; tasks have security groups of their own. */
    public abstract List<Ingress> allowFrom();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EcsCluster}. */
    public static class Builder extends ImmutableEcsCluster.Builder {
        /** Lets {@code source}'s security group reach the instances on {@code port}. */
        public Builder allowFrom(Component source, int port) {
            addAllowFrom(Ingress.from(source, port));
            return this;
        }
    }
}
