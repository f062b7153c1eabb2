package dev.plinth.dsl.compile;

import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.elasticloadbalancingv2.CfnListener;
import dev.plinth.cfn.elasticloadbalancingv2.CfnTargetGroup;
import java.util.Map;

/**
 * What a load balancer's lowering publishes for the components that refer to it: the balancer
 * (application, network or classic), the name and zone a DNS alias points at, and its listeners
 * and target groups by listener port (none for a classic load balancer).
 */
public record LoadBalancerResources(
        Resource balancer,
        Value<String> dnsName,
        Value<String> canonicalHostedZoneId,
        Map<Integer, CfnListener> listeners,
        Map<Integer, CfnTargetGroup> targetGroups) {

    public LoadBalancerResources {
        listeners = Map.copyOf(listeners);
        targetGroups = Map.copyOf(targetGroups);
    }

    public CfnListener listener(int port) {
        return require(listeners.get(port), "listener", port);
    }

    /** The target group a listener forwards to. */
    public CfnTargetGroup targetGroup(int port) {
        return require(targetGroups.get(port), "target group", port);
    }

    private static <T> T require(T value, String what, int port) {
        if (value == null) {
            throw new IllegalStateException("the load balancer has no " + what + " for port " + port);
        }
        return value;
    }
}
