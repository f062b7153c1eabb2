package dev.plinth.dsl.compile.compute;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.autoscaling.CfnAutoScalingGroup;
import dev.plinth.cfn.autoscaling.CfnLifecycleHook;
import dev.plinth.cfn.autoscaling.CfnScalingPolicy;
import dev.plinth.cfn.ec2.CfnLaunchTemplate;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import dev.plinth.cfn.iam.CfnRole;
import dev.plinth.cfn.logs.CfnLogGroup;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.Instances;
import dev.plinth.dsl.compile.LaunchTemplates;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.SecurityGroups;
import dev.plinth.dsl.compile.Tiers;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.compute.LifecycleHook;
import dev.plinth.dsl.compute.TargetTracking;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fleet becomes a launch template (IMDSv2 required, encrypted gp3 root volume, its rendered
 * user-data), a role that may read exactly its artifact and write its own log group, an auto
 * scaling group over its tier's subnets with a creation policy waiting for cfn-signal and a
 * rolling update policy, its lifecycle hooks and scaling policies, and its security group with
 * one ingress rule per allowed source (load balancers that target it included).
 */
final class FleetLowering {
    /** The auto scaling group, whose creation policy waits for the instances' cfn-signal. */
    static final String GROUP = "Group";

    private final LoweringContext context;
    private final Fleet fleet;

    FleetLowering(LoweringContext context, Fleet fleet) {
        this.context = context;
        this.fleet = fleet;
    }

    CfnSecurityGroup securityGroup() {
        return SecurityGroups.create(
                context, fleet, fleet.network(), "Fleet " + fleet.name() + ": only what the platform allows in");
    }

    void lower(List<LoadBalancer> loadBalancers) {
        ingress(loadBalancers);
        String logGroupName = Names.logGroup(context.platform(), fleet);
        context.add(
                fleet,
                "LogGroup",
                CfnLogGroup.builder()
                        .logGroupName(logGroupName)
                        .retentionInDays(fleet.logRetentionDays())
                        .build());
        Artifact artifact = fleet.artifact();
        CfnRole role = context.add(
                fleet,
                "Role",
                CfnRole.builder()
                        .assumeRolePolicyDocument(Iam.assumeRole("ec2.amazonaws.com"))
                        .policies(Iam.policy(
                                "read-artifact-write-logs",
                                List.of(
                                        Iam.statement(
                                                List.of("s3:GetObject"),
                                                List.of(Fn.sub("arn:${AWS::Partition}:s3:::" + artifact.bucket() + "/"
                                                        + artifact.key()))),
                                        Iam.writeLogs(logGroupName))))
                        .build());
        CfnInstanceProfile profile = context.add(
                fleet,
                "InstanceProfile",
                CfnInstanceProfile.builder().roles(role.ref()).build());
        String name = Names.physicalName(context.platform(), fleet);
        CfnLaunchTemplate launchTemplate = LaunchTemplates.add(
                context,
                fleet,
                fleet.runtime().image(),
                fleet.runtime().instanceType(),
                fleet.runtime().volumeSizeGib(),
                profile,
                1,
                fleet.publicAddresses().isPresent());
        CfnAutoScalingGroup group = context.add(fleet, GROUP, group(launchTemplate, name));
        for (LifecycleHook hook : fleet.lifecycleHooks()) {
            context.add(
                    fleet,
                    "Hook" + Names.pascal(hook.name()),
                    CfnLifecycleHook.builder()
                            .autoScalingGroupName(group.ref())
                            .lifecycleTransition(hook.transition().awsName())
                            .heartbeatTimeout(hook.heartbeatTimeoutSeconds())
                            .defaultResult(hook.continueOnTimeout() ? "CONTINUE" : "ABANDON")
                            .build());
        }
        for (TargetTracking scaling : fleet.scaling()) {
            context.add(
                    fleet,
                    "Scaling"
                            + Names.pascal(scaling.metric()
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('_', '-')),
                    CfnScalingPolicy.builder()
                            .autoScalingGroupName(group.ref())
                            .policyType("TargetTrackingScaling")
                            .targetTrackingConfiguration(CfnScalingPolicy.TargetTrackingConfigurationProperty.builder()
                                    .predefinedMetricSpecification(
                                            CfnScalingPolicy.PredefinedMetricSpecificationProperty.builder()
                                                    .predefinedMetricType(
                                                            scaling.metric().awsName())
                                                    .build())
                                    .targetValue(scaling.target())
                                    .build())
                            .build());
        }
    }

    private CfnAutoScalingGroup group(CfnLaunchTemplate launchTemplate, String name) {
        SubnetTier tier = Tiers.find(fleet.network(), fleet.tier(), FleetRules.tierKind(fleet))
                .orElseThrow();
        List<Value<String>> subnets = new ArrayList<>();
        for (CfnSubnet subnet : context.subnets(fleet.network(), tier.name())) {
            subnets.add(subnet.ref());
        }
        int desired = fleet.desiredCapacity().orElse(fleet.minSize());
        Fleet.HealthCheck health = fleet.healthCheck()
                .orElse(context.behindLoadBalancer(fleet) ? Fleet.HealthCheck.ELB : Fleet.HealthCheck.EC2);
        CfnAutoScalingGroup.Builder group = Instances.group(fleet.minSize(), fleet.maxSize(), subnets, launchTemplate)
                .desiredCapacity(Integer.toString(desired))
                .healthCheckType(health.name())
                .healthCheckGracePeriod(fleet.healthCheckGraceSeconds())
                .tags(CfnAutoScalingGroup.TagPropertyProperty.builder()
                        .key("Name")
                        .value(name)
                        .propagateAtLaunch(true)
                        .build())
                .creationPolicy(Instances.groupCreationPolicy(desired, fleet.signalTimeout()))
                .updatePolicy(Instances.rollingUpdate(
                        fleet.maxBatchSize(), fleet.minSize(), fleet.maxSize(), fleet.signalTimeout()))
                .dependsOn(
                        fleet.publicAddresses().isPresent()
                                ? context.publicRoutes(fleet.network())
                                : context.egressRoutes(fleet.network()));
        if (!context.targetGroups(fleet).isEmpty()) {
            group.targetGroupARNs(context.targetGroups(fleet));
        }
        if (!context.classicLoadBalancers(fleet).isEmpty()) {
            group.loadBalancerNames(context.classicLoadBalancers(fleet));
        }
        return group.build();
    }

    private void ingress(List<LoadBalancer> loadBalancers) {
        Set<String> added = new HashSet<>();
        for (LoadBalancer lb : loadBalancers) {
            for (Listener listener : lb.listeners()) {
                boolean targeted = listener.target().filter(t -> t == fleet).isPresent()
                        || listener.canary().filter(t -> t == fleet).isPresent();
                if (!targeted) {
                    continue;
                }
                String role =
                        "From" + Names.pascal(lb.name()) + listener.targetPort().orElse(0);
                if (added.add(role)) {
                    SecurityGroups.add(
                            context,
                            fleet,
                            role,
                            listener.targetPort().get(),
                            context.securityGroup(lb).attrGroupId(),
                            null,
                            "From load balancer " + lb.name());
                }
            }
        }
        SecurityGroups.allowFrom(context, fleet, fleet.allowFrom(), added);
    }
}
