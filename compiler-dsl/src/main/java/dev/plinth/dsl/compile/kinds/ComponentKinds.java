package dev.plinth.dsl.compile.kinds;

import dev.plinth.dsl.compile.KindRegistry;
import dev.plinth.dsl.compile.cdn.CdnKinds;
import dev.plinth.dsl.compile.cluster.ClusterKinds;
import dev.plinth.dsl.compile.compute.ComputeKinds;
import dev.plinth.dsl.compile.data.DataKinds;
import dev.plinth.dsl.compile.dns.DnsKinds;
import dev.plinth.dsl.compile.loadbalancer.LoadBalancerKinds;
import dev.plinth.dsl.compile.monitoring.MonitoringKinds;
import dev.plinth.dsl.compile.network.NetworkKinds;
import java.util.List;

/**
 * Every kind of component the compiler knows: the one list the passes dispatch through. A new
 * kind adds its registration here; a component of a kind not listed is a diagnostic. The list
 * lives above the kinds' packages, which the compiler's core does not import.
 */
public final class ComponentKinds {
    private static final KindRegistry ALL = new KindRegistry(List.of(
            NetworkKinds.NETWORK,
            ComputeKinds.BASTION,
            ComputeKinds.FLEET,
            LoadBalancerKinds.LOAD_BALANCER,
            ClusterKinds.ECS_CLUSTER,
            ClusterKinds.ECS_SERVICE,
            ClusterKinds.MESOS_CLUSTER,
            DataKinds.DATABASE,
            DataKinds.CACHE,
            DataKinds.BUCKET,
            DataKinds.REPOSITORY,
            DataKinds.KAFKA,
            DataKinds.SEARCH,
            DnsKinds.DNS_ZONE,
            CdnKinds.DISTRIBUTION,
            MonitoringKinds.ERROR_RATE_ALARM));

    private ComponentKinds() {}

    /** The registry of every kind. */
    public static KindRegistry all() {
        return ALL;
    }
}
