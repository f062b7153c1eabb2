package dev.plinth.dsl.compile.loadbalancer;

import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.elasticloadbalancingv2.CfnListener;
import dev.plinth.cfn.elasticloadbalancingv2.CfnLoadBalancer;
import dev.plinth.cfn.elasticloadbalancingv2.CfnTargetGroup;
import dev.plinth.dsl.compile.LoadBalancerResources;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.NetworkRefs;
import dev.plinth.dsl.compile.SecurityGroups;
import dev.plinth.dsl.compile.Tiers;
import dev.plinth.dsl.compute.NamedCidr;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application or network load balancer becomes the balancer, a security group open on its
 * listener ports to its allowed ranges, a target group per forwarding listener (registered by
 * the target fleet's group) and the listeners. Classic load balancers are {@link ClassicLowering}'s.
 */
final class LoadBalancerLowering {
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    private final LoweringContext context;
    private final LoadBalancer lb;

    LoadBalancerLowering(LoweringContext context, LoadBalancer lb) {
        this.context = context;
        this.lb = lb;
    }

    CfnSecurityGroup securityGroup() {
        List<CfnSecurityGroup.IngressProperty> ingress = new ArrayList<>();
        for (Listener listener : lb.listeners()) {
            for (NamedCidr source : sources(lb, context)) {
                ingress.add(SecurityGroups.inline(
                        listener.port(), source.cidr(), listener.protocol() + " from " + source.name()));
            }
        }
        return SecurityGroups.create(
                context,
                lb,
                "SecurityGroup",
                lb.network(),
                "Load balancer " + lb.name() + ": its listener ports",
                ingress);
    }

    /** Who may connect: the ranges given, or everyone when internet-facing, or the VPC when internal. */
    static List<NamedCidr> sources(LoadBalancer lb, LoweringContext context) {
        if (!lb.allowFrom().isEmpty()) {
            return lb.allowFrom();
        }
        return List.of(
                lb.internetFacing()
                        ? NamedCidr.of("the internet", "0.0.0.0/0")
                        : NamedCidr.of("the VPC", lb.network().cidr()));
    }

    static List<Value<String>> subnets(LoweringContext context, LoadBalancer lb) {
        SubnetTier.Kind kind = lb.internetFacing() ? SubnetTier.Kind.PUBLIC : SubnetTier.Kind.PRIVATE;
        SubnetTier tier = Tiers.find(lb.network(), lb.tier(), kind).orElseThrow();
        List<Value<String>> ids = new ArrayList<>();
        for (CfnSubnet subnet : context.subnets(lb.network(), tier.name())) {
            ids.add(subnet.ref());
        }
        return ids;
    }

    void lower() {
        boolean application = lb.type() == LoadBalancer.Type.APPLICATION;
        List<CfnLoadBalancer.LoadBalancerAttributeProperty> attributes = new ArrayList<>();
        attributes.add(attribute(
                "deletion_protection.enabled", context.platform().environment().production()));
        if (application) {
            attributes.add(attribute("routing.http.drop_invalid_header_fields.enabled", true));
        } else {
            attributes.add(attribute("load_balancing.cross_zone.enabled", lb.crossZone()));
        }
        lb.accessLogsBucket().ifPresent(bucket -> {
            attributes.add(attribute("access_logs.s3.enabled", true));
            attributes.add(CfnLoadBalancer.LoadBalancerAttributeProperty.builder()
                    .key("access_logs.s3.bucket")
                    .value(bucket)
                    .build());
            attributes.add(CfnLoadBalancer.LoadBalancerAttributeProperty.builder()
                    .key("access_logs.s3.prefix")
                    .value(lb.accessLogsPrefix())
                    .build());
        });
        CfnLoadBalancer balancer = context.add(
                lb,
                "LoadBalancer",
                CfnLoadBalancer.builder()
                        .type(application ? "application" : "network")
                        .scheme(lb.internetFacing() ? "internet-facing" : "internal")
                        .subnets(subnets(context, lb))
                        .securityGroups(context.securityGroup(lb).attrGroupId())
                        .loadBalancerAttributes(
                                attributes.toArray(new CfnLoadBalancer.LoadBalancerAttributeProperty[0]))
                        .tags(Tag.of("Name", Names.physicalName(context.platform(), lb)))
                        .build());
        Map<Integer, CfnListener> listeners = new LinkedHashMap<>();
        Map<Integer, CfnTargetGroup> targetGroups = new LinkedHashMap<>();
        for (Listener listener : lb.listeners()) {
            CfnListener.Builder built = CfnListener.builder()
                    .loadBalancerArn(balancer.ref())
                    .port(listener.port())
                    .protocol(listener.protocol().name());
            listener.certificateArn()
                    .ifPresent(arn -> built.certificates(CfnListener.CertificateProperty.builder()
                                    .certificateArn(arn)
                                    .build())
                            .sslPolicy(TLS_POLICY));
            if (listener.redirectToHttps()) {
                built.defaultActions(CfnListener.ActionProperty.builder()
                        .type("redirect")
                        .redirectConfig(CfnListener.RedirectConfigProperty.builder()
                                .protocol("HTTPS")
                                .port("443")
                                .statusCode("HTTP_301")
                                .build())
                        .build());
            } else if (listener.canary().isPresent()) {
                CfnTargetGroup main = targetGroup(listener, application, "");
                CfnTargetGroup canary = targetGroup(listener, application, "Canary");
                built.defaultActions(CfnListener.ActionProperty.builder()
                        .type("forward")
                        .forwardConfig(CfnListener.ForwardConfigProperty.builder()
                                .targetGroups(
                                        CfnListener.TargetGroupTupleProperty.builder()
                                                .targetGroupArn(main.ref())
                                                .weight(100 - listener.canaryWeight())
                                                .build(),
                                        CfnListener.TargetGroupTupleProperty.builder()
                                                .targetGroupArn(canary.ref())
                                                .weight(listener.canaryWeight())
                                                .build())
                                .build())
                        .build());
                context.targetGroup(listener.target().get(), lb, main.ref());
                targetGroups.put(listener.port(), main);
                context.targetGroup(listener.canary().get(), lb, canary.ref());
            } else {
                CfnTargetGroup group = targetGroup(listener, application, "");
                built.defaultActions(CfnListener.ActionProperty.builder()
                        .type("forward")
                        .targetGroupArn(group.ref())
                        .build());
                context.targetGroup(listener.target().get(), lb, group.ref());
                targetGroups.put(listener.port(), group);
            }
            listeners.put(listener.port(), context.add(lb, "Listener" + listener.port(), built.build()));
        }
        context.publish(
                lb,
                new LoadBalancerResources(
                        balancer,
                        balancer.attrDNSName(),
                        balancer.attrCanonicalHostedZoneID(),
                        listeners,
                        targetGroups));
    }

    private CfnTargetGroup targetGroup(Listener listener, boolean application, String role) {
        int port = listener.targetPort().get();
        CfnTargetGroup.Builder group = CfnTargetGroup.builder()
                .vpcId(NetworkRefs.vpc(context, lb.network()))
                .port(port)
                .protocol(application ? "HTTP" : "TCP")
                .targetType(listener.target().get().targetType())
                .healthCheckIntervalSeconds(listener.healthCheck().intervalSeconds())
                .healthyThresholdCount(listener.healthCheck().healthyThreshold())
                .unhealthyThresholdCount(listener.healthCheck().unhealthyThreshold())
                .targetGroupAttributes(CfnTargetGroup.TargetGroupAttributeProperty.builder()
                        .key("deregistration_delay.timeout_seconds")
                        .value("30")
                        .build());
        if (application) {
            group.healthCheckProtocol("HTTP")
                    .healthCheckPath(listener.healthCheck().path());
        } else {
            group.healthCheckProtocol("TCP");
        }
        return context.add(lb, "Targets" + listener.port() + role, group.build());
    }

    private static CfnLoadBalancer.LoadBalancerAttributeProperty attribute(String key, boolean value) {
        return CfnLoadBalancer.LoadBalancerAttributeProperty.builder()
                .key(key)
                .value(Boolean.toString(value))
                .build();
    }
}
