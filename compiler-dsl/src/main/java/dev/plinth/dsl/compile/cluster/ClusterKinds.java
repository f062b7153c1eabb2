package dev.plinth.dsl.compile.cluster;

import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.templates.EcsInstanceModel;

/** The cluster kinds: ECS clusters and the services they run, and Mesos clusters. */
public final class ClusterKinds {
    private ClusterKinds() {}

    public static final ComponentKind<EcsCluster> ECS_CLUSTER = ComponentKind.of(EcsCluster.class)
            .stage(Stage.SERVICES)
            .rules((platform, cluster, out) -> new EcsClusterRules(platform, out).check(cluster))
            .script(c -> EcsInstanceModel.builder()
                    .clusterName(Names.physicalName(c.platform(), c.component()))
                    .region(c.platform().environment().region())
                    .containerStopTimeoutSeconds(c.component().containerStopTimeoutSeconds())
                    .cfnSignal(
                            Names.stackName(c.platform(), c.stack()),
                            Names.logicalId(c.component(), EcsClusterLowering.GROUP))
                    .build())
            .lowering((context, cluster) -> {
                EcsClusterLowering lowering = new EcsClusterLowering(context, cluster);
                return ComponentLowering.of(lowering::securityGroup, lowering::lower);
            })
            .build();

    public static final ComponentKind<EcsService> ECS_SERVICE = ComponentKind.of(EcsService.class)
            .stage(Stage.TARGETS)
            .rules((platform, service, out) -> new EcsServiceRules(platform, out).check(service))
            .lowering((context, service) -> {
                EcsServiceLowering lowering = new EcsServiceLowering(context, service);
                return ComponentLowering.of(
                        lowering::securityGroup,
                        () -> lowering.lower(context.platform().components(LoadBalancer.class)));
            })
            .build();

    public static final ComponentKind<MesosCluster> MESOS_CLUSTER = ComponentKind.of(MesosCluster.class)
            .stage(Stage.SERVICES)
            .rules((platform, cluster, out) -> new MesosRules(platform, out).check(cluster))
            .userData(MesosUserData::models)
            .lowering((context, cluster) -> {
                MesosLowering lowering = new MesosLowering(context, cluster);
                return ComponentLowering.of(lowering::securityGroup, lowering::lower);
            })
            .build();
}
