package dev.plinth.dsl.compile.cluster;

import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.Tiers;
import dev.plinth.dsl.network.SubnetTier;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a Mesos cluster's masters live: master {@code i} (from 0) in zone {@code i mod zones},
 * at host {@link #FIRST_HOST} + {@code i / zones} of that zone's subnet in the cluster's tier.
 * Deterministic, so ZooKeeper ids, Consul's join list and the instances' addresses agree.
 */
public final class MesosLayout {
    /** Hosts below this are left to AWS (the first four) and to the subnet's other instances. */
    public static final int FIRST_HOST = 10;

    /** One master's place. */
    public record Master(int index, int zoneIndex, String zone, String ip) {}

    private MesosLayout() {}

    public static Optional<SubnetTier> tier(MesosCluster cluster) {
        return Tiers.find(cluster.network(), cluster.tier(), SubnetTier.Kind.PRIVATE);
    }

    /** The masters' places; empty when the tier or its CIDRs are unknown. */
    public static List<Master> masters(ResolvedPlatform platform, MesosCluster cluster) {
        List<String> zones = platform.zones(cluster.network());
        Optional<SubnetTier> tier = tier(cluster);
        if (tier.isEmpty() || zones.isEmpty()) {
            return List.of();
        }
        List<String> cidrs =
                platform.subnetCidrs(cluster.network()).getOrDefault(tier.get().name(), List.of());
        if (cidrs.size() < zones.size()) {
            return List.of();
        }
        List<Master> masters = new ArrayList<>();
        for (int i = 0; i < cluster.masters(); i++) {
            int zone = i % zones.size();
            IPAddress subnet = new IPAddressString(cidrs.get(zone)).getAddress().toPrefixBlock();
            IPAddress host = subnet.getLower().increment(FIRST_HOST + i / zones.size());
            masters.add(new Master(
                    i + 1, zone, zones.get(zone), host.withoutPrefixLength().toCanonicalString()));
        }
        return masters;
    }

    /** The highest host number of a subnet of this prefix length that AWS lets an instance use. */
    public static long lastUsableHost(int prefixLength) {
        return (1L << (32 - prefixLength)) - 2;
    }
}
