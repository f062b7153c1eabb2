package dev.plinth.dsl.compile.loadbalancer;

import dev.plinth.cfn.elasticloadbalancing.CfnLoadBalancer;
import dev.plinth.dsl.compile.LoadBalancerResources;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A classic load balancer: listeners to instance ports, one health check (the first forwarding
 * listener's), cross-zone balancing, connection draining and optional access logs. The target
 * fleet's group registers with it by name.
 */
final class ClassicLowering {
    private final LoweringContext context;
    private final LoadBalancer lb;

    ClassicLowering(LoweringContext context, LoadBalancer lb) {
        this.context = context;
        this.lb = lb;
    }

    void lower() {
        List<CfnLoadBalancer.ListenersProperty> listeners = new ArrayList<>();
        Listener checked = null;
        for (Listener listener : lb.listeners()) {
            if (listener.target().isEmpty()) {
                continue;
            }
            String instanceProtocol = listener.protocol() == Listener.Protocol.HTTPS
                    ? "HTTP"
                    : listener.protocol() == Listener.Protocol.TLS
                            ? "TCP"
                            : listener.protocol().name();
            CfnLoadBalancer.ListenersProperty.Builder built = CfnLoadBalancer.ListenersProperty.builder()
                    .loadBalancerPort(Integer.toString(listener.port()))
                    .instancePort(Integer.toString(listener.targetPort().get()))
                    .protocol(
                            listener.protocol() == Listener.Protocol.TLS
                                    ? "SSL"
                                    : listener.protocol().name())
                    .instanceProtocol(instanceProtocol);
            listener.certificateArn().ifPresent(built::sslCertificateId);
            listeners.add(built.build());
            if (checked == null) {
                checked = listener;
            }
        }
        HealthCheck health = checked.healthCheck();
        boolean http = checked.protocol() == Listener.Protocol.HTTP || checked.protocol() == Listener.Protocol.HTTPS;
        String target = (http ? "HTTP:" : "TCP:") + checked.targetPort().get() + (http ? health.path() : "");
        CfnLoadBalancer.Builder balancer = CfnLoadBalancer.builder()
                .listeners(listeners.toArray(new CfnLoadBalancer.ListenersProperty[0]))
                .healthCheck(CfnLoadBalancer.HealthCheckProperty.builder()
                        .target(target)
                        .interval(Integer.toString(health.intervalSeconds()))
                        .timeout(Integer.toString(Math.max(2, health.intervalSeconds() - 5)))
                        .healthyThreshold(Integer.toString(health.healthyThreshold()))
                        .unhealthyThreshold(Integer.toString(health.unhealthyThreshold()))
                        .build())
                .crossZone(lb.crossZone())
                .connectionDrainingPolicy(CfnLoadBalancer.ConnectionDrainingPolicyProperty.builder()
                        .enabled(true)
                        .timeout(30)
                        .build())
                .subnets(LoadBalancerLowering.subnets(context, lb))
                .securityGroups(context.securityGroup(lb).attrGroupId());
        if (!lb.internetFacing()) {
            balancer.scheme("internal");
        }
        lb.accessLogsBucket()
                .ifPresent(bucket -> balancer.accessLoggingPolicy(CfnLoadBalancer.AccessLoggingPolicyProperty.builder()
                        .enabled(true)
                        .s3BucketName(bucket)
                        .s3BucketPrefix(lb.accessLogsPrefix())
                        .emitInterval(5)
                        .build()));
        CfnLoadBalancer built = context.add(lb, "LoadBalancer", balancer.build());
        context.publish(
                lb,
                new LoadBalancerResources(
                        built, built.attrDNSName(), built.attrCanonicalHostedZoneNameID(), Map.of(), Map.of()));
        for (Listener listener : lb.listeners()) {
            listener.target().ifPresent(fleet -> context.classicLoadBalancer(fleet, lb, built.ref()));
        }
    }
}
