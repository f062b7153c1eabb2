package dev.plinth.dsl.compile.network;

import dev.plinth.compiler.CompilerPass;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CIDR allocation pass: gives every subnet of every tier, one per zone, a range inside its
 * VPC. Explicit CIDRs are checked (inside the VPC, no overlap, one per zone) and kept; the
 * others take, tier by tier in order, the lowest free blocks of the tier's prefix length.
 */
public final class AllocateCidrs implements CompilerPass<ResolvedPlatform, ResolvedPlatform> {

    @Override
    public String name() {
        return "cidr-allocation";
    }

    @Override
    public ResolvedPlatform run(ResolvedPlatform platform, Diagnostics diagnostics) {
        Map<Network, Map<String, List<String>>> all = new IdentityHashMap<>();
        for (Network network : platform.components(Network.class)) {
            allocate(platform, network, diagnostics).ifPresent(cidrs -> all.put(network, cidrs));
        }
        return platform.withSubnetCidrs(all);
    }

    private Optional<Map<String, List<String>>> allocate(ResolvedPlatform platform, Network network, Diagnostics out) {
        DslPath path = platform.path(network);
        IPAddress vpc = parse(network.cidr());
        if (vpc == null
                || !vpc.isIPv4()
                || !vpc.isPrefixBlock()
                || vpc.getNetworkPrefixLength() < 16
                || vpc.getNetworkPrefixLength() > 28) {
            out.report(
                    DslCode.INVALID_CIDR,
                    path.child("cidr"),
                    "'" + network.cidr() + "' is not an IPv4 CIDR block from /16 to /28 (a VPC's range)",
                    "give the range's first address and its prefix length, such as 10.0.0.0/16");
            return Optional.empty();
        }
        int zones = platform.zones(network).size();
        List<IPAddress> taken = new ArrayList<>();
        Map<String, List<String>> result = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        boolean ok = true;
        for (SubnetTier tier : network.tiers()) {
            if (tier.cidrs().isEmpty()) {
                continue;
            }
            DslPath tierPath = path.child("tier").child(tier.name());
            if (tier.cidrs().size() != zones) {
                out.report(
                        DslCode.SUBNET_CIDR_COUNT,
                        tierPath,
                        "the tier lists " + tier.cidrs().size() + " CIDRs for " + zones + " availability zones",
                        "give one CIDR per zone, in zone order, or none to have them allocated");
                ok = false;
            }
            List<String> cidrs = new ArrayList<>();
            for (int i = 0; i < tier.cidrs().size(); i++) {
                String cidr = tier.cidrs().get(i);
                DslPath subnetPath = path.child("subnet")
                        .child(tier.name() + "-"
                                + (i < zones
                                        ? Names.zoneSuffix(
                                                platform.zones(network).get(i))
                                        : String.valueOf(i)));
                IPAddress subnet = parse(cidr);
                if (subnet == null
                        || !subnet.isIPv4()
                        || !subnet.isPrefixBlock()
                        || subnet.getNetworkPrefixLength() > 28) {
                    out.report(
                            DslCode.INVALID_CIDR,
                            subnetPath,
                            "'" + cidr + "' is not an IPv4 CIDR block of /28 or larger",
                            "give the range's first address and its prefix length, such as 10.0.1.0/24");
                    ok = false;
                    continue;
                }
                if (!vpc.contains(subnet)) {
                    out.report(
                            DslCode.SUBNET_OUTSIDE_VPC,
                            subnetPath,
                            cidr + " is outside the VPC's " + network.cidr(),
                            "choose a range inside it");
                    ok = false;
                    continue;
                }
                for (int j = 0; j < taken.size(); j++) {
                    if (taken.get(j).overlaps(subnet)) {
                        String other = owner.get(taken.get(j).toString());
                        out.report(
                                DslCode.OVERLAPPING_SUBNETS,
                                subnetPath,
                                cidr + " overlaps " + taken.get(j) + " of subnet " + other,
                                "give each subnet its own range");
                        ok = false;
                    }
                }
                taken.add(subnet);
                owner.put(
                        subnet.toString(),
                        subnetPath.segments().get(subnetPath.segments().size() - 1));
                cidrs.add(subnet.toString());
            }
            result.put(tier.name(), cidrs);
        }
        for (SubnetTier tier : network.tiers()) {
            if (!tier.cidrs().isEmpty()) {
                continue;
            }
            int prefix = tier.prefixLength();
            if (prefix < vpc.getNetworkPrefixLength() || prefix > 28) {
                out.report(
                        DslCode.INVALID_PREFIX_LENGTH,
                        path.child("tier").child(tier.name()),
                        "subnets of /" + prefix + " do not fit a VPC of " + network.cidr() + " (a subnet is /"
                                + vpc.getNetworkPrefixLength() + " to /28)",
                        "choose a prefix length from " + vpc.getNetworkPrefixLength() + " to 28");
                ok = false;
                continue;
            }
            List<String> cidrs = new ArrayList<>();
            Iterator<? extends IPAddress> blocks =
                    vpc.setPrefixLength(prefix, false).prefixBlockIterator();
            while (cidrs.size() < zones && blocks.hasNext()) {
                IPAddress block = blocks.next();
                if (taken.stream().noneMatch(t -> t.overlaps(block))) {
                    taken.add(block);
                    cidrs.add(block.toString());
                }
            }
            if (cidrs.size() < zones) {
                out.report(
                        DslCode.VPC_TOO_SMALL,
                        path.child("tier").child(tier.name()),
                        "the VPC " + network.cidr() + " has no room left for " + zones + " subnets of /" + prefix,
                        "use a larger VPC range or smaller subnets (a longer prefix length)");
                ok = false;
                continue;
            }
            result.put(tier.name(), cidrs);
        }
        return ok ? Optional.of(result) : Optional.empty();
    }

    private static IPAddress parse(String cidr) {
        IPAddressString text = new IPAddressString(cidr);
        return text.isValid() && cidr.contains("/") ? text.getAddress() : null;
    }
}
