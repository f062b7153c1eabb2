package dev.plinth.dsl.loadbalancer;

import org.immutables.value.Value;

/** How a load balancer checks its targets. */
@Value.Immutable
public abstract class HealthCheck {

    /** The path checked with HTTP(S); ignored for TCP. */
    @Value.Default
    public String path() {
        return "/";
    }

    @Value.Default
    public int intervalSeconds() {
        return 15;
    }

    @Value.Default
    public int healthyThreshold() {
        return 2;
    }

    @Value.Default
    public int unhealthyThreshold() {
        return 3;
    }

    public static HealthCheck path(String path) {
        return builder().path(path).build();
    }

    public static HealthCheck defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HealthCheck}. */
    public static class Builder extends ImmutableHealthCheck.Builder {}
}
