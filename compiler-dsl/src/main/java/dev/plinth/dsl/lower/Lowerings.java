package dev.plinth.dsl.lower;

import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.monitoring.ErrorRateAlarm;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;

/** The lowering of each kind of component; a new kind adds its line here. */
final class Lowerings {
  private Lowerings() {}

  static ComponentLowering of(LoweringContext context, Component component, List<LoadBalancer> loadBalancers) {
    if (component instanceof Network) {
      NetworkLowering network = new NetworkLowering(context, (Network) component);
      return simple(ComponentLowering.Stage.NETWORK, network::lower, Optional::empty);
    }
    if (component instanceof Bastion) {
      BastionLowering bastion = new BastionLowering(context, (Bastion) component);
      return simple(ComponentLowering.Stage.SERVICES, bastion::lower, () -> Optional.of(bastion.securityGroup()));
    }
    if (component instanceof LoadBalancer) {
      LoadBalancer lb = (LoadBalancer) component;
      LoadBalancerLowering modern = new LoadBalancerLowering(context, lb);
      Runnable lower = lb.type() == LoadBalancer.Type.CLASSIC ? new ClassicLowering(context, lb)::lower : modern::lower;
      return simple(ComponentLowering.Stage.LOAD_BALANCERS, lower, () -> Optional.of(modern.securityGroup()));
    }
    if (component instanceof Fleet) {
      FleetLowering fleet = new FleetLowering(context, (Fleet) component);
      return simple(ComponentLowering.Stage.TARGETS, () -> fleet.lower(loadBalancers), () -> Optional.of(fleet.securityGroup()));
    }
    if (component instanceof ErrorRateAlarm) {
      AlarmLowering alarm = new AlarmLowering(context, (ErrorRateAlarm) component);
      return simple(ComponentLowering.Stage.TARGETS, alarm::lower, Optional::empty);
    }
    if (component instanceof dev.plinth.dsl.data.Database) {
      DatabaseLowering database = new DatabaseLowering(context, (dev.plinth.dsl.data.Database) component);
      return simple(ComponentLowering.Stage.SERVICES, database::lower, () -> Optional.of(database.securityGroup()));
    }
    if (component instanceof dev.plinth.dsl.data.Cache) {
      CacheLowering cache = new CacheLowering(context, (dev.plinth.dsl.data.Cache) component);
      return simple(ComponentLowering.Stage.SERVICES, cache::lower, () -> Optional.of(cache.securityGroup()));
    }
    if (component instanceof dev.plinth.dsl.data.Bucket) {
      dev.plinth.dsl.data.Bucket bucket = (dev.plinth.dsl.data.Bucket) component;
      ComponentLowering.Stage stage = bucket.accessLogs().isPresent() ? ComponentLowering.Stage.LOAD_BALANCERS : ComponentLowering.Stage.SERVICES;
      return simple(stage, () -> new StorageLowering(context).lower(bucket), Optional::empty);
    }
    if (component instanceof dev.plinth.dsl.data.Repository) {
      return simple(ComponentLowering.Stage.SERVICES, () -> new StorageLowering(context).lower((dev.plinth.dsl.data.Repository) component), Optional::empty);
    }
    if (component instanceof dev.plinth.dsl.dns.DnsZone) {
      return simple(ComponentLowering.Stage.TARGETS, new DnsLowering(context, (dev.plinth.dsl.dns.DnsZone) component)::lower, Optional::empty);
    }
    if (component instanceof EcsCluster) {
      EcsClusterLowering cluster = new EcsClusterLowering(context, (EcsCluster) component);
      return simple(ComponentLowering.Stage.SERVICES, cluster::lower, () -> Optional.of(cluster.securityGroup()));
    }
    if (component instanceof EcsService) {
      EcsServiceLowering service = new EcsServiceLowering(context, (EcsService) component);
      return simple(ComponentLowering.Stage.TARGETS, () -> service.lower(loadBalancers), () -> Optional.of(service.securityGroup()));
    }
    if (component instanceof MesosCluster) {
      MesosLowering mesos = new MesosLowering(context, (MesosCluster) component);
      return simple(ComponentLowering.Stage.SERVICES, mesos::lower, () -> Optional.of(mesos.securityGroup()));
    }
    if (component instanceof dev.plinth.dsl.data.Kafka) {
      KafkaLowering kafka = new KafkaLowering(context, (dev.plinth.dsl.data.Kafka) component);
      return simple(ComponentLowering.Stage.SERVICES, kafka::lower, () -> Optional.of(kafka.securityGroup()));
    }
    if (component instanceof dev.plinth.dsl.data.Search) {
      SearchLowering search = new SearchLowering(context, (dev.plinth.dsl.data.Search) component);
      return simple(ComponentLowering.Stage.SERVICES, search::lower, () -> Optional.of(search.securityGroup()));
    }
    if (component instanceof dev.plinth.dsl.cdn.Distribution) {
      DistributionLowering distribution = new DistributionLowering(context, (dev.plinth.dsl.cdn.Distribution) component);
      return simple(ComponentLowering.Stage.TARGETS, distribution::lower, Optional::empty);
    }
    throw new IllegalArgumentException("No lowering for " + component.kind() + " " + component.name());
  }

  private interface GroupMaker {
    Optional<CfnSecurityGroup> make();
  }

  private static ComponentLowering simple(ComponentLowering.Stage stage, Runnable lower, GroupMaker group) {
    return new ComponentLowering() {
      @Override
      public Stage stage() {
        return stage;
      }

      @Override
      public Optional<CfnSecurityGroup> securityGroup() {
        return group.make();
      }

      @Override
      public void lower() {
        lower.run();
      }
    };
  }
}
