package dev.plinth.dsl.compile;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.compile.cdn.CdnKinds;
import dev.plinth.dsl.compile.cluster.ClusterKinds;
import dev.plinth.dsl.compile.compute.ComputeKinds;
import dev.plinth.dsl.compile.data.DataKinds;
import dev.plinth.dsl.compile.dns.DnsKinds;
import dev.plinth.dsl.compile.loadbalancer.LoadBalancerKinds;
import dev.plinth.dsl.compile.monitoring.MonitoringKinds;
import dev.plinth.dsl.compile.network.NetworkKinds;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of component the compiler knows: the one list the passes dispatch through. A new
 * kind adds its registration here; a component of a kind not listed is a diagnostic.
 */
public final class ComponentKinds {
  private static final List<ComponentKind<?>> KINDS = List.of(
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
      MonitoringKinds.ERROR_RATE_ALARM);

  private ComponentKinds() {}

  public static List<ComponentKind<?>> all() {
    return KINDS;
  }

  /** The registration of the component's kind; empty for a class no kind accepts. */
  public static Optional<ComponentKind<?>> of(Component component) {
    return KINDS.stream().filter(kind -> kind.accepts(component)).findFirst();
  }

  /** The registration of a component that validation has accepted. */
  public static ComponentKind<?> known(Component component) {
    return of(component).orElseThrow(() -> new IllegalStateException(
        "validation let through a " + component.getClass().getName() + " no kind accepts"));
  }
}
