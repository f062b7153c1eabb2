package dev.plinth.dsl.lower;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.elasticloadbalancingv2.CfnLoadBalancer;
import dev.plinth.cfn.route53.CfnHostedZone;
import dev.plinth.cfn.route53.CfnRecordSet;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.dns.DnsRecord;
import dev.plinth.dsl.dns.DnsZone;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.pass.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone becomes a hosted zone (associated with its network's VPC when private, retained on
 * deletion) and one record set per record: CNAMEs to database and cache endpoints, A aliases to
 * load balancers, plain records as written.
 */
final class DnsLowering {
  private final LoweringContext context;
  private final DnsZone zone;

  DnsLowering(LoweringContext context, DnsZone zone) {
    this.context = context;
    this.zone = zone;
  }

  void lower() {
    CfnHostedZone.Builder hosted = CfnHostedZone.builder()
        .name(zone.domain())
        .hostedZoneConfig(CfnHostedZone.HostedZoneConfigProperty.builder()
            .comment((zone.privateZone() ? "Private" : "Public") + " zone " + zone.name() + " of " + context.platform().platform()).build());
    if (zone.privateZone()) {
      hosted.vpCs(CfnHostedZone.VPCProperty.builder()
          .vpcId(NetworkRefs.vpc(context, zone.network().orElseThrow())).vpcRegion(Pseudo.region()).build());
    }
    CfnHostedZone built = context.add(zone, "Zone", hosted
        .deletionPolicy(DeletionPolicy.RETAIN).updateReplacePolicy(DeletionPolicy.RETAIN).build());
    for (DnsRecord record : zone.records()) {
      CfnRecordSet.Builder set = CfnRecordSet.builder()
          .hostedZoneId(built.ref())
          .name(record.name() + "." + zone.domain() + ".")
          .type(record.type().name());
      if (record.target().isPresent() && record.target().get() instanceof LoadBalancer) {
        CfnLoadBalancer lb = context.resource(record.target().get(), "LoadBalancer", CfnLoadBalancer.class);
        set.aliasTarget(CfnRecordSet.AliasTargetProperty.builder()
            .dnsName(lb.attrDNSName()).hostedZoneId(lb.attrCanonicalHostedZoneID()).evaluateTargetHealth(true).build());
      } else {
        List<Value<String>> values = new ArrayList<>();
        if (record.target().isPresent()) {
          values.add(endpoint(record.target().get()));
        } else {
          record.values().forEach(v -> values.add(Value.of(v)));
        }
        set.ttl(Integer.toString(record.ttl())).resourceRecords(values);
      }
      context.add(zone, "Record" + Names.pascal(record.name().replace("*", "wildcard")), set.build());
    }
  }

  private Value<String> endpoint(Component target) {
    if (target instanceof Database) {
      return DatabaseLowering.endpoint(context, (Database) target);
    }
    return CacheLowering.primaryEndpoint(context, (Cache) target);
  }
}
