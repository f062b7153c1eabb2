package dev.plinth.dsl.cluster;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.compute.Target;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A long-running ECS service on a cluster's instances. Tasks use awsvpc networking: each task
 * has its own network interface in the cluster's subnets and the service's own security group,
 * so a load balancer's target group addresses tasks by IP and only the load balancer (and the
 * sources allowed) reach the container ports. Deployments roll with a circuit breaker that rolls
 * back; service auto scaling tracks CPU between the minimum and maximum count.
 */
@Value.Immutable
public abstract class EcsService implements Target {

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "ecs-service";
    }

    public abstract EcsCluster cluster();

    @Override
    public Network network() {
        return cluster().network();
    }

    /**
     * Empty: a task's containers may serve several ports, so the service's rules check each
     * listener's target port against all of them.
     */
    @Override
    public Optional<Integer> servicePort() {
        return Optional.empty();
    }

    @Override
    public String targetType() {
        return "ip";
    }

    public abstract List<Container> containers();

    @Value.Default
    public int desiredCount() {
        return 2;
    }

    @Value.Default
    public int minCount() {
        return Math.min(desiredCount(), 1);
    }

    @Value.Default
    public int maxCount() {
        return Math.max(desiredCount(), 1) * 2;
    }

    /** Service auto scaling keeps the tasks' average CPU near this percentage. */
    @Value.Default
    public double cpuTarget() {
        return 60;
    }

    @Value.Default
    public int minimumHealthyPercent() {
        return 100;
    }

    @Value.Default
    public int maximumPercent() {
        return 200;
    }

    /** How long new tasks have before load balancer health checks count. */
    @Value.Default
    public int healthCheckGraceSeconds() {
        return 60;
    }

    @Value.Default
    public int logRetentionDays() {
        return 30;
    }

    /** What the application may do with its task role; nothing unless given. */
    public abstract List<TaskPermission> taskPermissions();

    /** Traffic allowed in besides what load balancers send (they are allowed automatically). */
    public abstract List<Ingress> allowFrom();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EcsService}. */
    public static class Builder extends ImmutableEcsService.Builder {
        /** Lets {@code source}'s security group reach the tasks on {@code port}. */
        public Builder allowFrom(Component source, int port) {
            addAllowFrom(Ingress.from(source, port));
            return this;
        }
    }
}
