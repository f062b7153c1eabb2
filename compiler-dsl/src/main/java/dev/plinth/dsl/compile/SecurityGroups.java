package dev.plinth.dsl.compile;

import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSecurityGroupIngress;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Set;

/**
 * A component's own security groups and the ingress rules into them: rules of the group's own
 * (ranges on a port), or rules as resources of their own, one per source and port.
 */
public final class SecurityGroups {
    private SecurityGroups() {}

    /**
     * The component's security group in its network's VPC, whose rules are resources of their own:
     * {@code description} says what it lets in.
     */
    public static CfnSecurityGroup create(
            LoweringContext context, Component owner, Network network, String description) {
        return create(context, owner, "SecurityGroup", network, description, List.of());
    }

    /** A security group of the component, under {@code role}, with the rules {@code ingress} of its own when there are any. */
    public static CfnSecurityGroup create(
            LoweringContext context,
            Component owner,
            String role,
            Network network,
            String description,
            List<CfnSecurityGroup.IngressProperty> ingress) {
        CfnSecurityGroup.Builder group =
                CfnSecurityGroup.builder().groupDescription(description).vpcId(NetworkRefs.vpc(context, network));
        if (!ingress.isEmpty()) {
            group.securityGroupIngress(ingress.toArray(new CfnSecurityGroup.IngressProperty[0]));
        }
        return context.add(owner, role, group.build());
    }

    /** A rule of a group's own: TCP on {@code port} from {@code cidr} (IPv6 when it has a colon). */
    public static CfnSecurityGroup.IngressProperty inline(int port, String cidr, String description) {
        CfnSecurityGroup.IngressProperty.Builder rule = CfnSecurityGroup.IngressProperty.builder()
                .ipProtocol("tcp")
                .fromPort(port)
                .toPort(port)
                .description(description);
        return (cidr.contains(":") ? rule.cidrIpv6(cidr) : rule.cidrIp(cidr)).build();
    }

    /** One rule per allowed source; a component source only when {@code added} has not its role yet. */
    public static void allowFrom(LoweringContext context, Component owner, List<Ingress> allowFrom, Set<String> added) {
        for (Ingress ingress : allowFrom) {
            String role = role(ingress);
            if (ingress.source().isEmpty() || added.add(role)) {
                context.add(
                        owner, role, rule(context, context.securityGroup(owner).attrGroupId(), ingress));
            }
        }
    }

    /** A rule from another component's security group on {@code port}. */
    public static void from(LoweringContext context, Component owner, Component source, int port) {
        Ingress ingress = Ingress.from(source, port);
        context.add(
                owner, role(ingress), rule(context, context.securityGroup(owner).attrGroupId(), ingress));
    }

    /** The role of a rule from an allowed source: {@code FromBastion22}, {@code FromOffice443}. */
    public static String role(Ingress ingress) {
        return "From"
                + Names.pascal(ingress.source()
                        .map(Component::name)
                        .orElseGet(() -> ingress.cidrName().orElseThrow())) + ingress.port();
    }

    /** A rule into {@code group} from an allowed source: from its security group, or from its range. */
    public static CfnSecurityGroupIngress rule(LoweringContext context, Value<String> group, Ingress ingress) {
        int port = ingress.port();
        if (ingress.source().isPresent()) {
            Component source = ingress.source().get();
            return rule(
                    group,
                    "tcp",
                    port,
                    port,
                    context.securityGroup(source).attrGroupId(),
                    null,
                    "From " + source.kind() + " " + source.name());
        }
        return rule(
                group,
                "tcp",
                port,
                port,
                null,
                ingress.cidr().orElseThrow(),
                "From " + ingress.cidrName().get());
    }

    /** A rule into the component's own group on {@code port}, as {@code role}: from {@code sourceGroup}, or else from {@code cidr}. */
    public static void add(
            LoweringContext context,
            Component owner,
            String role,
            int port,
            Value<String> sourceGroup,
            String cidr,
            String description) {
        context.add(
                owner,
                role,
                rule(context.securityGroup(owner).attrGroupId(), "tcp", port, port, sourceGroup, cidr, description));
    }

    /** A rule into {@code group}: from {@code sourceGroup} when there is one, else from {@code cidr} (IPv6 when it has a colon). */
    public static CfnSecurityGroupIngress rule(
            Value<String> group,
            String protocol,
            int fromPort,
            int toPort,
            Value<String> sourceGroup,
            String cidr,
            String description) {
        CfnSecurityGroupIngress.Builder rule = CfnSecurityGroupIngress.builder()
                .groupId(group)
                .ipProtocol(protocol)
                .fromPort(fromPort)
                .toPort(toPort)
                .description(description);
        if (sourceGroup != null) {
            rule.sourceSecurityGroupId(sourceGroup);
        } else if (cidr.contains(":")) {
            rule.cidrIpv6(cidr);
        } else {
            rule.cidrIp(cidr);
        }
        return rule.build();
    }
}
