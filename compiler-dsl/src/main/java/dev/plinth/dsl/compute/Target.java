package dev.plinth.dsl.compute;

import dev.plinth.dsl.Secured;
import dev.plinth.dsl.network.Network;
import java.util.Optional;

/**
 * Something a load balancer listener can send traffic to: a fleet's instances, an ECS service's
 * tasks. The target registers itself with the target group the listener gets, and is allowed in
 * from the load balancer on the target port.
 */
public interface Target extends Secured {

    Network network();

    /** The port the target's software listens on, when it says; a listener's target port must match it. */
    Optional<Integer> servicePort();

    /** How the target group addresses targets: {@code instance} or {@code ip}. */
    default String targetType() {
        return "instance";
    }
}
