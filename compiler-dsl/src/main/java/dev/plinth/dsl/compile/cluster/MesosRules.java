package dev.plinth.dsl.compile.cluster;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.cluster.MesosCode;
import dev.plinth.dsl.cluster.MesosPorts;
import dev.plinth.dsl.cluster.MesosVersions;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.SubnetTier;
import dev.plinth.names.NameRules;
import dev.plinth.templates.MesosMonitoringModel;
import inet.ipaddr.IPAddressString;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules of a Mesos cluster: quorum sizes, placement of the masters, agent sizes, versions and access. */
final class MesosRules {
    private static final Set<Integer> AGENT_PORTS = Set.of(
            5051, 8301, 9100, MesosCluster.MARATHON_PORT, MesosCluster.PROMETHEUS_PORT, MesosCluster.ALERTMANAGER_PORT);

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    MesosRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(MesosCluster cluster) {
        DslPath path = platform.path(cluster);
        masters(cluster, path);
        consul(cluster, path);
        if (cluster.agentMinSize() < 0
                || cluster.agentMaxSize() < 1
                || cluster.agentMinSize() > cluster.agentMaxSize()) {
            out.report(
                    MesosCode.INVALID_AGENT_SIZE,
                    path.child("agents"),
                    "agents min " + cluster.agentMinSize() + ", max " + cluster.agentMaxSize() + " is not a size range",
                    "give 0 <= agentMinSize <= agentMaxSize and agentMaxSize >= 1");
        }
        SharedRules.instanceType(cluster.masterInstanceType(), path.child("masterInstanceType"), platform, out);
        SharedRules.instanceType(cluster.agentInstanceType(), path.child("agentInstanceType"), platform, out);
        SharedRules.instanceType(cluster.monitoringInstanceType(), path.child("monitoringInstanceType"), platform, out);
        SharedRules.image(cluster.image(), path.child("image"), platform, out);
        SharedRules.retention(cluster.logRetentionDays(), path.child("logRetentionDays"), out);
        if (cluster.metricsRetentionDays() < 1
                || cluster.metricsRetentionDays() > MesosMonitoringModel.MAX_RETENTION_DAYS) {
            out.report(
                    MesosCode.INVALID_METRICS_RETENTION,
                    path.child("metricsRetentionDays"),
                    "Prometheus cannot keep metrics " + cluster.metricsRetentionDays() + " days",
                    "keep metrics 1 to " + MesosMonitoringModel.MAX_RETENTION_DAYS + " days");
        }
        versions(cluster.versions(), path.child("versions"));
        SharedRules.port(cluster.proxyPort(), path.child("proxyPort"), out);
        if (AGENT_PORTS.contains(cluster.proxyPort())
                || (cluster.proxyPort() >= 31000 && cluster.proxyPort() <= 32000)) {
            out.report(
                    MesosCode.PROXY_PORT_IN_USE,
                    path.child("proxyPort"),
                    "port " + cluster.proxyPort() + " is already used by the cluster's daemons or tasks",
                    "choose another proxy port, such as 80");
        }
        if (SharedRules.placed(platform, cluster, cluster.network(), out)) {
            tier(cluster, path);
        }
        SharedRules.allowFrom(
                cluster.allowFrom(), path, platform, cluster, out, (ingress, at) -> access(cluster, ingress, at));
    }

    private void masters(MesosCluster cluster, DslPath path) {
        int n = cluster.masters();
        if (n < 1) {
            out.report(
                    MesosCode.INVALID_MASTER_COUNT,
                    path.child("masters"),
                    "a cluster needs at least one master, not " + n,
                    "run 3 or 5 masters");
        } else if (n % 2 == 0) {
            out.report(
                    MesosCode.EVEN_MASTER_COUNT,
                    path.child("masters"),
                    n + " masters tolerate no more failures than " + (n - 1)
                            + " while ZooKeeper's and Mesos's quorum of " + (n / 2 + 1) + " is harder to keep",
                    "run an odd number of masters, such as " + (n + 1));
        }
    }

    private void consul(MesosCluster cluster, DslPath path) {
        int servers = cluster.consulServers();
        if (servers > cluster.masters() && cluster.masters() >= 1) {
            out.report(
                    MesosCode.CONSUL_SERVERS_EXCEED_MASTERS,
                    path.child("consulServers"),
                    servers + " Consul servers but " + cluster.masters() + " masters to run them on",
                    "run at most one Consul server per master");
        }
        if (servers < 1 || (servers < 3 && platform.environment().production())) {
            out.report(
                    MesosCode.TOO_FEW_CONSUL_SERVERS,
                    path.child("consulServers"),
                    servers + " Consul server" + (servers == 1 ? "" : "s")
                            + " cannot lose one without losing the catalog"
                            + (platform.environment().production() ? " in production" : ""),
                    "run 3 Consul servers (or 5)");
        }
    }

    private void tier(MesosCluster cluster, DslPath path) {
        Optional<SubnetTier> tier = MesosLayout.tier(cluster);
        if (tier.isEmpty() || tier.get().kind() != SubnetTier.Kind.PRIVATE) {
            out.report(
                    MesosCode.PRIVATE_TIER_REQUIRED,
                    path.child("tier"),
                    tier.map(t -> "tier " + t.name() + " is " + t.kind().name().toLowerCase(Locale.ROOT))
                                    .orElse("network " + cluster.network().name() + " has no "
                                            + cluster.tier()
                                                    .map(t -> "tier '" + t + "'")
                                                    .orElse("private tier"))
                            + "; a Mesos cluster runs in a private tier",
                    "add a private tier to the network, or name one");
            return;
        }
        if (cluster.network().nat().kind() == NatStrategy.Kind.NONE) {
            out.report(
                    MesosCode.CLUSTER_WITHOUT_EGRESS,
                    path.child("tier"),
                    "tier " + tier.get().name()
                            + " has no route out of the VPC, but the nodes install packages and pull images at boot",
                    "add NAT to the network");
        }
        int zones = platform.zones(cluster.network()).size();
        int n = cluster.masters();
        if (zones == 0 || n < 3) {
            return;
        }
        int perZone = (n + zones - 1) / zones;
        if (perZone >= n / 2 + 1) {
            out.report(
                    MesosCode.MASTERS_EXCEED_ZONES,
                    path.child("masters"),
                    n + " masters over " + zones + " zone" + (zones == 1 ? "" : "s") + " put " + perZone
                            + " in one zone, a quorum: losing that zone stops the cluster",
                    "spread the network over more zones, or run fewer masters");
        }
        if (MesosLayout.FIRST_HOST + perZone - 1
                > MesosLayout.lastUsableHost(tier.get().prefixLength())) {
            out.report(
                    MesosCode.TIER_TOO_SMALL_FOR_MASTERS,
                    path.child("tier"),
                    "tier " + tier.get().name() + "'s /" + tier.get().prefixLength() + " subnets have no room for "
                            + perZone + " masters from host " + MesosLayout.FIRST_HOST,
                    "use a larger tier (such as /24)");
        }
    }

    private void access(MesosCluster cluster, Ingress ingress, DslPath at) {
        if (MesosPorts.publicPort(cluster, ingress.port()).isEmpty()) {
            out.report(
                    MesosCode.NOT_A_CLUSTER_PORT,
                    at,
                    "no role of the cluster serves port " + ingress.port() + " to other components",
                    "allow " + MesosCluster.MARATHON_PORT + " (Marathon), " + MesosCluster.PROMETHEUS_PORT
                            + " (Prometheus), " + MesosCluster.ALERTMANAGER_PORT + " (Alertmanager) or "
                            + cluster.proxyPort() + " (the proxy)");
        }
        ingress.cidr()
                .map(IPAddressString::new)
                .filter(IPAddressString::isValid)
                .filter(c -> c.getAddress() != null
                        && c.getAddress().getNetworkPrefixLength() != null
                        && c.getAddress().getNetworkPrefixLength() == 0)
                .ifPresent(c -> out.report(
                        MesosCode.OPEN_TO_WORLD,
                        at,
                        (ingress.port() == MesosCluster.MARATHON_PORT
                                        ? "Marathon's API, which starts any container,"
                                        : "port " + ingress.port())
                                + " would be open to the whole internet",
                        "allow named ranges or components (a bastion, a load balancer) instead"));
    }

    private void versions(MesosVersions versions, DslPath path) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("mesos", versions.mesos());
        all.put("marathon", versions.marathon());
        all.put("zookeeper", versions.zookeeper());
        all.put("consul", versions.consul());
        all.put("consulTemplate", versions.consulTemplate());
        all.put("registrator", versions.registrator());
        all.put("haproxy", versions.haproxy());
        all.put("prometheus", versions.prometheus());
        all.put("alertmanager", versions.alertmanager());
        all.put("nodeExporter", versions.nodeExporter());
        all.forEach((name, version) -> {
            if (!NameRules.RELEASE_VERSION.accepts(version)) {
                out.report(
                        MesosCode.INVALID_VERSION,
                        path.child(name),
                        "'" + version + "' is not " + NameRules.RELEASE_VERSION.what(),
                        NameRules.RELEASE_VERSION.fix());
            }
        });
    }
}
