package dev.plinth.dsl.compile.dns;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.route53.CfnHostedZone;
import dev.plinth.cfn.route53.CfnRecordSet;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compile.DataEndpoint;
import dev.plinth.dsl.compile.LoadBalancerResources;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.NetworkRefs;
import dev.plinth.dsl.dns.DnsRecord;
import dev.plinth.dsl.dns.DnsZone;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
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
                        .comment((zone.privateZone() ? "Private" : "Public") + " zone " + zone.name() + " of "
                                + context.platform().platform())
                        .build());
        if (zone.privateZone()) {
            hosted.vpCs(CfnHostedZone.VPCProperty.builder()
                    .vpcId(NetworkRefs.vpc(context, zone.network().orElseThrow()))
                    .vpcRegion(Pseudo.region())
                    .build());
        }
        CfnHostedZone built = context.add(
                zone,
                "Zone",
                hosted.deletionPolicy(DeletionPolicy.RETAIN)
                        .updateReplacePolicy(DeletionPolicy.RETAIN)
                        .build());
        for (DnsRecord record : zone.records()) {
            CfnRecordSet.Builder set = CfnRecordSet.builder()
                    .hostedZoneId(built.ref())
                    .name(record.name() + "." + zone.domain() + ".")
                    .type(record.type().name());
            if (record.target().isPresent() && record.target().get() instanceof LoadBalancer) {
                LoadBalancerResources lb = context.published(record.target().get(), LoadBalancerResources.class);
                set.aliasTarget(CfnRecordSet.AliasTargetProperty.builder()
                        .dnsName(lb.dnsName())
                        .hostedZoneId(lb.canonicalHostedZoneId())
                        .evaluateTargetHealth(true)
                        .build());
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
        return context.published(target, DataEndpoint.class).address();
    }
}
