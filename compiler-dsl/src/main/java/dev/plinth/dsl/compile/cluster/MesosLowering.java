package dev.plinth.dsl.compile.cluster;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.autoscaling.CfnAutoScalingGroup;
import dev.plinth.cfn.ec2.CfnInstance;
import dev.plinth.cfn.ec2.CfnLaunchTemplate;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import dev.plinth.cfn.iam.CfnRole;
import dev.plinth.cfn.logs.CfnLogGroup;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.cluster.MesosPorts;
import dev.plinth.dsl.cluster.MesosPorts.Role;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.Instances;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.SecurityGroups;
import dev.plinth.dsl.compute.Ingress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Mesos cluster becomes a security group per role with one ingress rule per port a role
 * serves and role that uses it ({@link MesosPorts}) plus the allowed sources; a log group the
 * nodes' containers write to and a role that may write only there; one instance per master at
 * its computed address; a monitoring instance; and the agents' launch template and auto scaling
 * group, created after the masters so no agent takes a master's address.
 */
final class MesosLowering {
    /** The roles of the resources whose creation policies wait for a node's cfn-signal. */
    static final String AGENT_GROUP = "AgentGroup";

    static final String MONITORING = "Monitoring";

    /** Master {@code index} (from 1). */
    static String master(int index) {
        return "Master" + index;
    }

    private final LoweringContext context;
    private final MesosCluster cluster;
    private final Map<Role, CfnSecurityGroup> groups = new EnumMap<>(Role.class);

    MesosLowering(LoweringContext context, MesosCluster cluster) {
        this.context = context;
        this.cluster = cluster;
    }

    /** Every role's group; the agents' is the cluster's, which other components' rules name. */
    CfnSecurityGroup securityGroup() {
        for (Role role : Role.values()) {
            groups.put(
                    role,
                    SecurityGroups.create(
                            context,
                            cluster,
                            role(role) + "SecurityGroup",
                            cluster.network(),
                            "Mesos cluster " + cluster.name() + ", "
                                    + role.name().toLowerCase(Locale.ROOT)
                                    + ": only the ports the role serves, from the roles that use them",
                            List.of()));
        }
        return groups.get(Role.AGENTS);
    }

    void lower() {
        ingress();
        String logGroupName = Names.logGroup(context.platform(), cluster);
        context.add(
                cluster,
                "LogGroup",
                CfnLogGroup.builder()
                        .logGroupName(logGroupName)
                        .retentionInDays(cluster.logRetentionDays())
                        .build());
        CfnRole role = context.add(
                cluster,
                "NodeRole",
                CfnRole.builder()
                        .assumeRolePolicyDocument(Iam.assumeRole("ec2.amazonaws.com"))
                        .policies(Iam.policy("write-cluster-logs", List.of(Iam.writeLogs(logGroupName))))
                        .build());
        CfnInstanceProfile profile = context.add(
                cluster,
                "NodeInstanceProfile",
                CfnInstanceProfile.builder().roles(role.ref()).build());
        List<CfnSubnet> subnets = context.subnets(
                cluster.network(), MesosLayout.tier(cluster).orElseThrow().name());
        Value<String> image = context.imageId(cluster, cluster.image());
        Map<String, String> scripts = context.platform().roleUserData(cluster);
        List<Resource> masters = new ArrayList<>();
        for (MesosLayout.Master master : MesosLayout.masters(context.platform(), cluster)) {
            masters.add(context.add(
                    cluster,
                    master(master.index()),
                    instance(
                                    image,
                                    cluster.masterInstanceType(),
                                    subnets.get(master.zoneIndex()),
                                    Role.MASTERS,
                                    profile,
                                    scripts.get("master-" + master.index()),
                                    "master-" + master.index())
                            .privateIpAddress(master.ip())
                            .build()));
        }
        context.add(
                cluster,
                MONITORING,
                instance(
                                image,
                                cluster.monitoringInstanceType(),
                                subnets.get(0),
                                Role.MONITORING,
                                profile,
                                scripts.get("monitoring"),
                                "monitoring")
                        .build());
        CfnLaunchTemplate launchTemplate = context.add(
                cluster,
                "AgentLaunchTemplate",
                Instances.launchTemplate(
                        image,
                        cluster.agentInstanceType(),
                        cluster.volumeSizeGib(),
                        profile.attrArn(),
                        groups.get(Role.AGENTS).attrGroupId(),
                        scripts.get("agent"),
                        name("agent"),
                        1));
        List<Value<String>> subnetIds = new ArrayList<>();
        subnets.forEach(s -> subnetIds.add(s.ref()));
        List<Resource> dependencies = new ArrayList<>(context.egressRoutes(cluster.network()));
        dependencies.addAll(masters);
        context.add(
                cluster,
                AGENT_GROUP,
                Instances.group(cluster.agentMinSize(), cluster.agentMaxSize(), subnetIds, launchTemplate)
                        .desiredCapacity(Integer.toString(cluster.agentMinSize()))
                        .healthCheckType("EC2")
                        .healthCheckGracePeriod(300)
                        .tags(CfnAutoScalingGroup.TagPropertyProperty.builder()
                                .key("Name")
                                .value(name("agent"))
                                .propagateAtLaunch(true)
                                .build())
                        .creationPolicy(Instances.groupCreationPolicy(cluster.agentMinSize(), cluster.signalTimeout()))
                        .updatePolicy(Instances.rollingUpdate(
                                1, cluster.agentMinSize(), cluster.agentMaxSize(), cluster.signalTimeout()))
                        .dependsOn(dependencies)
                        .build());
    }

    private CfnInstance.Builder instance(
            Value<String> image,
            String type,
            CfnSubnet subnet,
            Role role,
            CfnInstanceProfile profile,
            String script,
            String node) {
        return Instances.instance(image, type, subnet, groups.get(role).attrGroupId(), profile, cluster.volumeSizeGib())
                .monitoring(true)
                .userData(Fn.base64(Value.of(script)))
                .tags(Tag.of("Name", name(node)))
                .creationPolicy(
                        Value.json(Map.of("ResourceSignal", Map.of("Count", 1, "Timeout", cluster.signalTimeout()))))
                .dependsOn(context.egressRoutes(cluster.network()));
    }

    private void ingress() {
        for (MesosPorts.Rule rule : MesosPorts.rules()) {
            String ports =
                    rule.fromPort() == rule.toPort() ? "" + rule.fromPort() : rule.fromPort() + "To" + rule.toPort();
            context.add(
                    cluster,
                    "Ingress" + role(rule.to()) + "From" + role(rule.from()) + ports + Names.pascal(rule.protocol()),
                    SecurityGroups.rule(
                            groups.get(rule.to()).attrGroupId(),
                            rule.protocol(),
                            rule.fromPort(),
                            rule.toPort(),
                            groups.get(rule.from()).attrGroupId(),
                            null,
                            rule.service() + " from the " + rule.from().name().toLowerCase(Locale.ROOT)));
        }
        for (Ingress ingress : cluster.allowFrom()) {
            Role to = MesosPorts.publicPort(cluster, ingress.port()).orElseThrow();
            context.add(
                    cluster,
                    "Ingress" + role(to) + SecurityGroups.role(ingress),
                    SecurityGroups.rule(context, groups.get(to).attrGroupId(), ingress));
        }
    }

    private String name(String node) {
        return Names.physicalName(context.platform(), cluster) + "-" + node;
    }

    private static String role(Role role) {
        return Names.pascal(role.name().toLowerCase(Locale.ROOT));
    }
}
