package dev.plinth.dsl.compile.cluster;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.ecs.CfnService;
import dev.plinth.cfn.ecs.CfnTaskDefinition;
import dev.plinth.cfn.iam.CfnRole;
import dev.plinth.cfn.logs.CfnLogGroup;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.cluster.Container;
import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.cluster.TaskPermission;
import dev.plinth.dsl.compile.EcsClusterResources;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.LoadBalancerResources;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.SecurityGroups;
import dev.plinth.dsl.compile.Tiers;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ECS service becomes its log group, an execution role (pull its ECR images, write its log
 * group, read exactly its named secrets), a task role (only the permissions given), an awsvpc
 * task definition, the service on the cluster's capacity provider with a rolling deployment
 * that a circuit breaker rolls back, registered with the target groups of the listeners that
 * target it, service auto scaling on CPU, and its security group open to those load balancers
 * on the container ports and to the sources allowed.
 */
final class EcsServiceLowering {
    private final LoweringContext context;
    private final EcsService service;

    EcsServiceLowering(LoweringContext context, EcsService service) {
        this.context = context;
        this.service = service;
    }

    CfnSecurityGroup securityGroup() {
        return SecurityGroups.create(
                context,
                service,
                service.network(),
                "ECS service " + service.name() + " tasks: only what the platform allows in");
    }

    void lower(List<LoadBalancer> loadBalancers) {
        Set<String> added = new HashSet<>();
        List<CfnService.LoadBalancerProperty> registrations = new ArrayList<>();
        List<Resource> dependsOn = new ArrayList<>();
        String stack = context.platform().stackOf(service).orElseThrow();
        for (LoadBalancer lb : loadBalancers) {
            for (Listener listener : lb.listeners()) {
                if (listener.target().isEmpty() || listener.target().get() != service || listener.redirectToHttps()) {
                    continue;
                }
                int port = listener.targetPort().orElseThrow();
                String role = "From" + Names.pascal(lb.name()) + port;
                if (added.add(role)) {
                    SecurityGroups.add(
                            context,
                            service,
                            role,
                            port,
                            context.securityGroup(lb).attrGroupId(),
                            null,
                            "From load balancer " + lb.name());
                }
                registrations.add(CfnService.LoadBalancerProperty.builder()
                        .containerName(containerServing(port).name())
                        .containerPort(port)
                        .targetGroupArn(context.published(lb, LoadBalancerResources.class)
                                .targetGroup(listener.port())
                                .ref())
                        .build());
                if (context.platform().stackOf(lb).orElseThrow().equals(stack)) {
                    dependsOn.add(
                            context.published(lb, LoadBalancerResources.class).listener(listener.port()));
                }
            }
        }
        SecurityGroups.allowFrom(context, service, service.allowFrom(), added);
        String logGroupName = Names.logGroup(context.platform(), service);
        context.add(
                service,
                "LogGroup",
                CfnLogGroup.builder()
                        .logGroupName(logGroupName)
                        .retentionInDays(service.logRetentionDays())
                        .build());
        CfnRole executionRole = context.add(
                service,
                "ExecutionRole",
                CfnRole.builder()
                        .assumeRolePolicyDocument(Iam.assumeRole("ecs-tasks.amazonaws.com"))
                        .policies(Iam.policy(
                                "pull-images-write-logs-read-secrets",
                                new TaskRoles(service, logGroupName).executionStatements()))
                        .build());
        CfnRole.Builder taskRole =
                CfnRole.builder().assumeRolePolicyDocument(Iam.assumeRole("ecs-tasks.amazonaws.com"));
        if (!service.taskPermissions().isEmpty()) {
            List<Map<String, Object>> statements = new ArrayList<>();
            for (TaskPermission permission : service.taskPermissions()) {
                List<Value<String>> resources = new ArrayList<>();
                permission.resources().forEach(r -> resources.add(Value.of(r)));
                statements.add(Iam.statement(permission.actions(), resources));
            }
            taskRole.policies(Iam.policy("application", statements));
        }
        CfnRole task = context.add(service, "TaskRole", taskRole.build());
        CfnTaskDefinition definition = context.add(
                service, "TaskDefinition", TaskDefinitions.of(context, service, logGroupName, executionRole, task));
        CfnService ecs = context.add(service, "Service", ecsService(definition, registrations, dependsOn));
        scaling(ecs);
    }

    private Container containerServing(int port) {
        return service.containers().stream()
                .filter(c -> c.port().orElse(-1) == port)
                .findFirst()
                .orElseThrow();
    }

    private CfnService ecsService(
            CfnTaskDefinition definition,
            List<CfnService.LoadBalancerProperty> registrations,
            List<Resource> dependsOn) {
        EcsCluster cluster = service.cluster();
        SubnetTier tier = Tiers.find(cluster.network(), cluster.tier(), SubnetTier.Kind.PRIVATE)
                .orElseThrow();
        List<Value<String>> subnets = new ArrayList<>();
        for (CfnSubnet subnet : context.subnets(cluster.network(), tier.name())) {
            subnets.add(subnet.ref());
        }
        if (context.platform().stackOf(cluster).equals(context.platform().stackOf(service))) {
            dependsOn.add(context.published(cluster, EcsClusterResources.class).capacityProviders());
        }
        CfnService.Builder built = CfnService.builder()
                .serviceName(Names.physicalName(context.platform(), service))
                .cluster(context.published(cluster, EcsClusterResources.class)
                        .cluster()
                        .ref())
                .taskDefinition(definition.ref())
                .desiredCount(service.desiredCount())
                .capacityProviderStrategy(CfnService.CapacityProviderStrategyItemProperty.builder()
                        .capacityProvider(context.published(cluster, EcsClusterResources.class)
                                .capacityProvider()
                                .ref())
                        .weight(1)
                        .base(0)
                        .build())
                .deploymentConfiguration(CfnService.DeploymentConfigurationProperty.builder()
                        .minimumHealthyPercent(service.minimumHealthyPercent())
                        .maximumPercent(service.maximumPercent())
                        .deploymentCircuitBreaker(CfnService.DeploymentCircuitBreakerProperty.builder()
                                .enable(true)
                                .rollback(true)
                                .build())
                        .build())
                .networkConfiguration(CfnService.NetworkConfigurationProperty.builder()
                        .awsvpcConfiguration(CfnService.AwsVpcConfigurationProperty.builder()
                                .subnets(subnets)
                                .securityGroups(context.securityGroup(service).attrGroupId())
                                .assignPublicIp("DISABLED")
                                .build())
                        .build())
                .placementStrategies(CfnService.PlacementStrategyProperty.builder()
                        .type("spread")
                        .field("attribute:ecs.availability-zone")
                        .build())
                .enableECSManagedTags(true)
                .propagateTags("SERVICE")
                .dependsOn(dependsOn);
        if (!registrations.isEmpty()) {
            built.loadBalancers(registrations.toArray(new CfnService.LoadBalancerProperty[0]))
                    .healthCheckGracePeriodSeconds(service.healthCheckGraceSeconds());
        }
        return built.build();
    }

    private void scaling(CfnService ecs) {
        Component cluster = service.cluster();
        GenericResource target = context.add(
                service,
                "ScalableTarget",
                GenericResource.builder("AWS::ApplicationAutoScaling::ScalableTarget")
                        .property("MinCapacity", service.minCount())
                        .property("MaxCapacity", service.maxCount())
                        .property(
                                "ResourceId",
                                Fn.join(
                                        "/",
                                        Value.of("service"),
                                        context.published(cluster, EcsClusterResources.class)
                                                .cluster()
                                                .ref(),
                                        ecs.attrName()))
                        .property("ScalableDimension", "ecs:service:DesiredCount")
                        .property("ServiceNamespace", "ecs")
                        .build());
        Map<String, Object> tracking = new LinkedHashMap<>();
        tracking.put(
                "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "ECSServiceAverageCPUUtilization"));
        tracking.put("TargetValue", service.cpuTarget());
        tracking.put("ScaleInCooldown", 300);
        tracking.put("ScaleOutCooldown", 60);
        context.add(
                service,
                "ScalingCpu",
                GenericResource.builder("AWS::ApplicationAutoScaling::ScalingPolicy")
                        .property("PolicyName", Names.physicalName(context.platform(), service) + "-cpu")
                        .property("PolicyType", "TargetTrackingScaling")
                        .property("ScalingTargetId", target.ref())
                        .propertyJson("TargetTrackingScalingPolicyConfiguration", tracking)
                        .build());
    }
}
