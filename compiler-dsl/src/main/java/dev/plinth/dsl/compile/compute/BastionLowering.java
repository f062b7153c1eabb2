package dev.plinth.dsl.compile.compute;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnEIP;
import dev.plinth.cfn.ec2.CfnInstance;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import dev.plinth.cfn.iam.CfnRole;
import dev.plinth.cfn.logs.CfnLogGroup;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.Instances;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.SecurityGroups;
import dev.plinth.dsl.compile.Tiers;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bastion becomes an instance in the first zone's public subnet with an Elastic IP, IMDSv2
 * and an encrypted root volume, a role that may write its own log group (and use Session
 * Manager when on), and a security group open on port 22 to its named ranges only.
 */
final class BastionLowering {
    /** The instance, whose creation policy waits for its cfn-signal. */
    static final String INSTANCE = "Instance";

    private final LoweringContext context;
    private final Bastion bastion;

    BastionLowering(LoweringContext context, Bastion bastion) {
        this.context = context;
        this.bastion = bastion;
    }

    CfnSecurityGroup securityGroup() {
        List<CfnSecurityGroup.IngressProperty> ingress = new ArrayList<>();
        bastion.sshFrom()
                .forEach(source -> ingress.add(SecurityGroups.inline(22, source.cidr(), "SSH from " + source.name())));
        if (bastion.sshFromAnywhere()) {
            ingress.add(SecurityGroups.inline(22, "0.0.0.0/0", "SSH from anywhere, as the platform writes out"));
        }
        return SecurityGroups.create(
                context,
                bastion,
                "SecurityGroup",
                bastion.network(),
                "Bastion " + bastion.name() + ": SSH from named ranges only",
                ingress);
    }

    void lower() {
        String logGroupName = Names.logGroup(context.platform(), bastion);
        context.add(
                bastion,
                "LogGroup",
                CfnLogGroup.builder()
                        .logGroupName(logGroupName)
                        .retentionInDays(bastion.logRetentionDays())
                        .build());
        CfnRole.Builder role = CfnRole.builder()
                .assumeRolePolicyDocument(Iam.assumeRole("ec2.amazonaws.com"))
                .policies(Iam.policy("write-own-logs", List.of(Iam.writeLogs(logGroupName))));
        if (bastion.sessionManager()) {
            role.managedPolicyArns(Iam.managedPolicy("AmazonSSMManagedInstanceCore"));
        }
        CfnRole instanceRole = context.add(bastion, "Role", role.build());
        CfnInstanceProfile profile = context.add(
                bastion,
                "InstanceProfile",
                CfnInstanceProfile.builder().roles(instanceRole.ref()).build());
        SubnetTier tier = Tiers.find(bastion.network(), bastion.tier(), SubnetTier.Kind.PUBLIC)
                .orElseThrow();
        CfnSubnet subnet = context.subnets(bastion.network(), tier.name()).get(0);
        String script = context.platform().userData(bastion).orElseThrow();
        CfnInstance instance = Instances.instance(
                        context.imageId(bastion, bastion.image()),
                        bastion.instanceType(),
                        subnet,
                        context.securityGroup(bastion).attrGroupId(),
                        profile,
                        8)
                .userData(Fn.base64(Value.of(script)))
                .tags(Tag.of("Name", Names.physicalName(context.platform(), bastion)))
                .creationPolicy(Value.json(Map.of("ResourceSignal", Map.of("Count", 1, "Timeout", "PT15M"))))
                .dependsOn(context.egressRoutes(bastion.network()))
                .build();
        context.add(bastion, INSTANCE, instance);
        context.add(
                bastion,
                "Address",
                CfnEIP.builder()
                        .domain("vpc")
                        .instanceId(instance.ref())
                        .tags(Tag.of("Name", Names.physicalName(context.platform(), bastion)))
                        .build());
    }
}
