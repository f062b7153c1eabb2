package dev.plinth.dsl.compile.cluster;

import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.autoscaling.CfnAutoScalingGroup;
import dev.plinth.cfn.ec2.CfnLaunchTemplate;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.ecs.CfnCapacityProvider;
import dev.plinth.cfn.ecs.CfnCluster;
import dev.plinth.cfn.ecs.CfnClusterCapacityProviderAssociations;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import dev.plinth.cfn.iam.CfnRole;
import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.compile.EcsClusterResources;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.Instances;
import dev.plinth.dsl.compile.LaunchTemplates;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.SecurityGroups;
import dev.plinth.dsl.compile.Tiers;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * An ECS cluster becomes the cluster (container insights), its container instances (a launch
 * template with the ECS-optimised image and an auto scaling group over its tier's subnets that
 * waits for cfn-signal and rolls updates), a capacity provider with managed scaling, and the
 * association that makes the provider the cluster's default strategy.
 *
 * <p>Draining on scale-in: the capacity provider's managed draining adds an
 * {@code autoscaling:EC2_INSTANCE_TERMINATING} lifecycle hook to the group and completes it once
 * the instance is drained and its tasks run elsewhere; managed termination protection keeps
 * scale-in away from instances that still run tasks. A hook of Plinth's own would need something
 * to drain the instance and complete the hook, which is exactly what ECS already does.
 */
final class EcsClusterLowering {
    /** The auto scaling group, whose creation policy waits for the instances\' cfn-signal. */
    static final String GROUP = "Group";

    static final String INSTANCE_ROLE_POLICY = "service-role/AmazonEC2ContainerServiceforEC2Role";

    /**
     * IMDSv2 responses must survive one extra hop to reach a container on the Docker bridge
     * network (such as the agent's own helpers, or a daemon run in bridge mode); awsvpc tasks are
     * kept from the metadata service by the agent ({@code ECS_AWSVPC_BLOCK_IMDS}) whatever the limit.
     */
    static final int HOP_LIMIT = 2;

    private final LoweringContext context;
    private final EcsCluster cluster;

    EcsClusterLowering(LoweringContext context, EcsCluster cluster) {
        this.context = context;
        this.cluster = cluster;
    }

    CfnSecurityGroup securityGroup() {
        return SecurityGroups.create(
                context,
                cluster,
                cluster.network(),
                "ECS cluster " + cluster.name() + " instances: only what the platform allows in");
    }

    void lower() {
        SecurityGroups.allowFrom(context, cluster, cluster.allowFrom(), new HashSet<>());
        String name = Names.physicalName(context.platform(), cluster);
        CfnCluster ecs = context.add(
                cluster,
                "Cluster",
                CfnCluster.builder()
                        .clusterName(name)
                        .clusterSettings(CfnCluster.ClusterSettingsProperty.builder()
                                .name("containerInsights")
                                .value(cluster.containerInsights() ? "enabled" : "disabled")
                                .build())
                        .tags(Tag.of("Name", name))
                        .build());
        CfnRole role = context.add(
                cluster,
                "InstanceRole",
                CfnRole.builder()
                        .assumeRolePolicyDocument(Iam.assumeRole("ec2.amazonaws.com"))
                        .managedPolicyArns(Iam.managedPolicy(INSTANCE_ROLE_POLICY))
                        .build());
        CfnInstanceProfile profile = context.add(
                cluster,
                "InstanceProfile",
                CfnInstanceProfile.builder().roles(role.ref()).build());
        CfnLaunchTemplate launchTemplate = LaunchTemplates.add(
                context, cluster, cluster.image(), cluster.instanceType(), cluster.volumeSizeGib(), profile, HOP_LIMIT);
        CfnAutoScalingGroup group = context.add(cluster, GROUP, group(launchTemplate, ecs, name));
        String protection = cluster.managedTerminationProtection() ? "ENABLED" : "DISABLED";
        CfnCapacityProvider provider = context.add(
                cluster,
                "CapacityProvider",
                CfnCapacityProvider.builder()
                        .autoScalingGroupProvider(CfnCapacityProvider.AutoScalingGroupProviderProperty.builder()
                                .autoScalingGroupArn(group.ref())
                                .managedScaling(CfnCapacityProvider.ManagedScalingProperty.builder()
                                        .status("ENABLED")
                                        .targetCapacity(cluster.targetCapacityPercent())
                                        .minimumScalingStepSize(1)
                                        .maximumScalingStepSize(10)
                                        .instanceWarmupPeriod(300)
                                        .build())
                                .managedTerminationProtection(protection)
                                .managedDraining("ENABLED")
                                .build())
                        .build());
        CfnClusterCapacityProviderAssociations associations = context.add(
                cluster,
                "CapacityProviders",
                CfnClusterCapacityProviderAssociations.builder()
                        .cluster(ecs.ref())
                        .capacityProviders(provider.ref())
                        .defaultCapacityProviderStrategy(
                                CfnClusterCapacityProviderAssociations.CapacityProviderStrategyProperty.builder()
                                        .capacityProvider(provider.ref())
                                        .weight(1)
                                        .base(0)
                                        .build())
                        .build());
        context.publish(cluster, new EcsClusterResources(ecs, provider, associations));
    }

    /** No desired capacity: the capacity provider sets it, and a deploy must not reset it. */
    private CfnAutoScalingGroup group(CfnLaunchTemplate launchTemplate, CfnCluster ecs, String name) {
        SubnetTier tier = Tiers.find(cluster.network(), cluster.tier(), SubnetTier.Kind.PRIVATE)
                .orElseThrow();
        List<Value<String>> subnets = new ArrayList<>();
        for (CfnSubnet subnet : context.subnets(cluster.network(), tier.name())) {
            subnets.add(subnet.ref());
        }
        List<Resource> dependsOn = new ArrayList<>(context.egressRoutes(cluster.network()));
        dependsOn.add(ecs);
        CfnAutoScalingGroup.Builder group = Instances.group(
                        cluster.minSize(), cluster.maxSize(), subnets, launchTemplate)
                .healthCheckType("EC2")
                .healthCheckGracePeriod(300)
                .newInstancesProtectedFromScaleIn(cluster.managedTerminationProtection())
                .tags(
                        CfnAutoScalingGroup.TagPropertyProperty.builder()
                                .key("Name")
                                .value(name)
                                .propagateAtLaunch(true)
                                .build(),
                        CfnAutoScalingGroup.TagPropertyProperty.builder()
                                .key("AmazonECSManaged")
                                .value("true")
                                .propagateAtLaunch(true)
                                .build())
                .updatePolicy(Instances.rollingUpdate(
                        1, cluster.minSize(), cluster.maxSize(), cluster.signalTimeout(), cluster.minSize() > 0))
                .dependsOn(dependsOn);
        if (cluster.minSize() > 0) {
            group.creationPolicy(Instances.groupCreationPolicy(cluster.minSize(), cluster.signalTimeout()));
        }
        return group.build();
    }
}
