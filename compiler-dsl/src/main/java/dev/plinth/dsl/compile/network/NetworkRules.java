package dev.plinth.dsl.compile.network;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a network: zones, tiers and NAT. CIDRs are checked as they are allocated. */
final class NetworkRules {
    private final ResolvedPlatform platform;
    private final Diagnostics out;

    NetworkRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(Network network) {
        DslPath path = platform.path(network);
        List<String> envZones = platform.environment().availabilityZones();
        network.azCount().ifPresent(count -> {
            if (count < 1) {
                out.report(
                        DslCode.TOO_MANY_AZS,
                        path.child("azCount"),
                        "a network spans at least one zone, not " + count,
                        "set azCount to 1 or more");
            } else if (count > envZones.size()) {
                out.report(
                        DslCode.TOO_MANY_AZS,
                        path.child("azCount"),
                        "the network asks for " + count + " availability zones; environment "
                                + platform.environment().name() + " has " + envZones.size() + " ("
                                + String.join(", ", envZones) + ")",
                        "lower azCount to " + envZones.size() + " or add zones to the environment");
            }
        });
        for (String zone : network.availabilityZones()) {
            if (!envZones.contains(zone)) {
                out.report(
                        DslCode.UNKNOWN_AVAILABILITY_ZONE,
                        path.child("availabilityZones").child(zone),
                        "'" + zone + "' is not one of environment "
                                + platform.environment().name() + "'s zones " + envZones,
                        "use one of the environment's zones");
            }
        }
        SharedRules.zonesOnce(network.availabilityZones(), path.child("availabilityZones"), out);
        if (network.tiers().isEmpty()) {
            out.report(
                    DslCode.NO_TIERS,
                    path,
                    "the network has no subnet tiers",
                    "add at least one tier (SubnetTier.publicTier, privateTier or isolatedTier)");
        }
        Set<String> names = new HashSet<>();
        for (SubnetTier tier : network.tiers()) {
            SharedRules.name(tier.name(), "tier", path.child("tier").child(tier.name()), out);
            if (!names.add(tier.name())) {
                out.report(
                        DslCode.DUPLICATE_NAME,
                        path.child("tier").child(tier.name()),
                        "two tiers of the network are named '" + tier.name() + "'",
                        "give each tier its own name");
            }
        }
        boolean hasPublic = network.tiers().stream().anyMatch(t -> t.kind() == SubnetTier.Kind.PUBLIC);
        boolean hasPrivate = network.tiers().stream().anyMatch(t -> t.kind() == SubnetTier.Kind.PRIVATE);
        if (hasPrivate && network.nat().kind() != NatStrategy.Kind.NONE && !hasPublic) {
            out.report(
                    DslCode.NAT_WITHOUT_PUBLIC_TIER,
                    path.child("nat"),
                    "NAT strategy " + network.nat() + " needs a public tier to put its gateways in",
                    "add a public tier, or use NatStrategy.none()");
        }
        network.flowLogs()
                .ifPresent(f -> SharedRules.retention(f.retentionDays(), path.child("flowLogs", "retentionDays"), out));
    }
}
