package dev.plinth.dsl.loadbalancer;

import dev.plinth.dsl.compute.Target;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A port the load balancer listens on, and where it sends what arrives: a target's port, or a
 * redirect of HTTP to HTTPS.
 */
@Value.Immutable
public abstract class Listener {

    /** The listener protocols. */
    public enum Protocol {
        HTTP,
        HTTPS,
        TCP,
        TLS
    }

    public abstract int port();

    public abstract Protocol protocol();

    /** The certificate (ACM ARN) for HTTPS and TLS listeners. */
    public abstract Optional<String> certificateArn();

    /** Where traffic goes: a fleet, an ECS service. */
    public abstract Optional<Target> target();

    /**
     * A canary beside the target: it gets {@link #canaryWeight()} percent of the requests through
     * a weighted forward to a second target group. Application load balancers only.
     */
    public abstract Optional<Target> canary();

    @Value.Default
    public int canaryWeight() {
        return 10;
    }

    /** The port on the target. */
    public abstract Optional<Integer> targetPort();

    @Value.Default
    public HealthCheck healthCheck() {
        return HealthCheck.defaults();
    }

    /** Answers HTTP with a redirect to HTTPS on 443 instead of forwarding. */
    @Value.Default
    public boolean redirectToHttps() {
        return false;
    }

    public static Listener http(int port, Target fleet, int targetPort) {
        return builder()
                .port(port)
                .protocol(Protocol.HTTP)
                .target(fleet)
                .targetPort(targetPort)
                .build();
    }

    public static Listener https(int port, String certificateArn, Target fleet, int targetPort) {
        return builder()
                .port(port)
                .protocol(Protocol.HTTPS)
                .certificateArn(certificateArn)
                .target(fleet)
                .targetPort(targetPort)
                .build();
    }

    public static Listener tcp(int port, Target fleet, int targetPort) {
        return builder()
                .port(port)
                .protocol(Protocol.TCP)
                .target(fleet)
                .targetPort(targetPort)
                .build();
    }

    /** Port 80, redirecting every request to HTTPS on 443. */
    public static Listener redirectHttpToHttps() {
        return builder().port(80).protocol(Protocol.HTTP).redirectToHttps(true).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Listener}. */
    public static class Builder extends ImmutableListener.Builder {}
}
