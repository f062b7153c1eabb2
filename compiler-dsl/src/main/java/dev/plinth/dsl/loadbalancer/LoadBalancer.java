package dev.plinth.dsl.loadbalancer;

import dev.plinth.dsl.Secured;
import dev.plinth.dsl.compute.NamedCidr;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application, network or classic load balancer. Each fleet a listener targets is allowed
 * in from the load balancer on its target port automatically.
 */
@Value.Immutable
public abstract class LoadBalancer implements Secured {

    /** The kinds of load balancer. */
    public enum Type {
        APPLICATION,
        NETWORK,
        CLASSIC
    }

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "load-balancer";
    }

    public abstract Network network();

    public abstract Type type();

    @Value.Default
    public boolean internetFacing() {
        return true;
    }

    /** The subnet tier; the first public tier when internet-facing, else the first private one. */
    public abstract Optional<String> tier();

    public abstract List<Listener> listeners();

    /** Who may connect; everyone (0.0.0.0/0) for an internet-facing load balancer unless given. */
    public abstract List<NamedCidr> allowFrom();

    /** A bucket for access logs, and the prefix to write under. */
    public abstract Optional<String> accessLogsBucket();

    @Value.Default
    public String accessLogsPrefix() {
        return name();
    }

    /** Cross-zone load balancing (always on for application load balancers). */
    @Value.Default
    public boolean crossZone() {
        return true;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LoadBalancer}. */
    public static class Builder extends ImmutableLoadBalancer.Builder {}
}
