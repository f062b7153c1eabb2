package dev.plinth.dsl.compile;

import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSecurityGroupIngress;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compute.Ingress;
import java.util.List;
import java.util.Set;

/** Ingress rules into a component's own security group, one resource per source and port. */
public final class IngressRules {
  private IngressRules() {}

  /** One rule per allowed source not yet in {@code added} (roles such as {@code FromBastion22}). */
  public static void allowFrom(LoweringContext context, Component owner, List<Ingress> allowFrom, Set<String> added) {
    for (Ingress ingress : allowFrom) {
      if (ingress.source().isPresent()) {
        Component source = ingress.source().get();
        String role = "From" + Names.pascal(source.name()) + ingress.port();
        if (added.add(role)) {
          add(context, owner, role, ingress.port(), context.securityGroup(source).attrGroupId(), null,
              "From " + source.kind() + " " + source.name());
        }
      } else {
        add(context, owner, "From" + Names.pascal(ingress.cidrName().orElseThrow()) + ingress.port(), ingress.port(), null,
            ingress.cidr().orElseThrow(), "From " + ingress.cidrName().get());
      }
    }
  }

  public static void add(LoweringContext context, Component owner, String role, int port, Value<String> sourceGroup, String cidr,
      String description) {
    CfnSecurityGroup own = context.securityGroup(owner);
    CfnSecurityGroupIngress.Builder rule = CfnSecurityGroupIngress.builder()
        .groupId(own.attrGroupId()).ipProtocol("tcp").fromPort(port).toPort(port).description(description);
    if (sourceGroup != null) {
      rule.sourceSecurityGroupId(sourceGroup);
    } else if (cidr.contains(":")) {
      rule.cidrIpv6(cidr);
    } else {
      rule.cidrIp(cidr);
    }
    context.add(owner, role, rule.build());
  }
}
