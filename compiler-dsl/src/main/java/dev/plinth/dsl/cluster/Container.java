package dev.plinth.dsl.cluster;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One container of a service's task: its image (pinned by tag or digest), the port it serves,
 * its environment, the secrets ECS injects from SSM Parameter Store or Secrets Manager at start,
 * its share of the task's CPU and memory, and its health check. Its output goes to the service's
 * log group.
 */
@Value.Immutable
public abstract class Container {

    public abstract String name();

    /** An ECR URI or a public image, with a tag or a digest: {@code 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/web:1.4.2}. */
    public abstract String image();

    /** The TCP port the container serves on; a load balancer's listener may target it. */
    public abstract Optional<Integer> port();

    /** CPU units (1,024 to a vCPU). */
    @Value.Default
    public int cpu() {
        return 256;
    }

    /** The hard memory limit in MiB. */
    @Value.Default
    public int memoryMib() {
        return 512;
    }

    @Value.NaturalOrder
    public abstract SortedMap<String, String> environment();

    /** Variable name → SSM parameter ARN or name ({@code /shop/db-password}), or Secrets Manager secret ARN. */
    @Value.NaturalOrder
    public abstract SortedMap<String, String> secrets();

    /** Docker's health check: {@code CMD-SHELL, curl -f http://localhost:8080/health || exit 1}. */
    public abstract List<String> healthCheckCommand();

    /** A task whose essential container stops is stopped and replaced. */
    @Value.Default
    public boolean essential() {
        return true;
    }

    public static Container of(String name, String image, int port) {
        return builder().name(name).image(image).port(port).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Container}. */
    public static class Builder extends ImmutableContainer.Builder {}
}
