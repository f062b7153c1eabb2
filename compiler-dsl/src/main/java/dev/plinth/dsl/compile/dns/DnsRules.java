package dev.plinth.dsl.compile.dns;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.DataCode;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.dns.DnsRecord;
import dev.plinth.dsl.dns.DnsZone;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import inet.ipaddr.IPAddressString;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of a hosted zone: its domain, its VPC when private, and its records. */
final class DnsRules {
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");
    private static final Pattern LABEL =
            Pattern.compile("(\\*|[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?)*");

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    DnsRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(DnsZone zone) {
        DslPath path = platform.path(zone);
        if (!DOMAIN.matcher(zone.domain()).matches() || zone.domain().length() > 253) {
            out.report(
                    DataCode.INVALID_ZONE_NAME,
                    path.child("domain"),
                    "'" + zone.domain() + "' is not a domain name",
                    "use lower-case labels separated by dots, such as shop.internal");
        }
        if (zone.privateZone() && zone.network().isEmpty()) {
            out.report(
                    DataCode.PRIVATE_ZONE_WITHOUT_VPC,
                    path.child("network"),
                    "a private hosted zone resolves in no VPC",
                    "give the zone the network whose VPC resolves it, or make it public with privateZone(false)");
        }
        zone.network().ifPresent(network -> SharedRules.placed(platform, zone, network, out));
        Set<String> names = new HashSet<>();
        for (DnsRecord record : zone.records()) {
            DslPath at = path.child("record").child(record.name());
            if (!LABEL.matcher(record.name()).matches()) {
                out.report(
                        DataCode.INVALID_RECORD,
                        at,
                        "'" + record.name() + "' is not a record name",
                        "use lower-case labels relative to the zone, such as db");
            }
            if (!names.add(record.name())) {
                out.report(
                        DataCode.DUPLICATE_RECORD,
                        at,
                        "two records of the zone are named '" + record.name() + "'",
                        "give each record its own name");
            }
            if (record.ttl() < 0 || record.ttl() > 604800) {
                out.report(
                        DataCode.INVALID_RECORD,
                        at.child("ttl"),
                        record.ttl() + " s is not a TTL Route53 accepts",
                        "use 0 to 604800 seconds");
            }
            if (record.target().isPresent()) {
                target(zone, record.target().get(), at);
            } else if (record.values().isEmpty()) {
                out.report(
                        DataCode.INVALID_RECORD,
                        at,
                        "the record has neither a target nor values",
                        "give it a component or values");
            } else if (record.type() == DnsRecord.Type.CNAME && record.values().size() != 1) {
                out.report(
                        DataCode.INVALID_RECORD,
                        at,
                        "a CNAME record has exactly one value, not "
                                + record.values().size(),
                        "point it at one host name");
            } else if (record.type() == DnsRecord.Type.A) {
                record.values().stream()
                        .filter(v -> !new IPAddressString(v).isIPv4() || v.contains("/"))
                        .findFirst()
                        .ifPresent(v -> out.report(
                                DataCode.INVALID_RECORD,
                                at,
                                "'" + v + "' is not an IPv4 address",
                                "give IPv4 addresses"));
            }
        }
    }

    private void target(DnsZone zone, Component target, DslPath at) {
        if (!(target instanceof Database || target instanceof Cache || target instanceof LoadBalancer)) {
            out.report(
                    DataCode.INVALID_RECORD,
                    at,
                    "a record cannot point at a " + target.kind(),
                    "point it at a database, a cache or a load balancer, or give values");
            return;
        }
        SharedRules.placed(platform, zone, target, out);
    }
}
