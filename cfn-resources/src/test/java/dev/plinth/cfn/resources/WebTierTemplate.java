package dev.plinth.cfn.resources;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.autoscaling.CfnAutoScalingGroup;
import dev.plinth.cfn.ec2.CfnEIP;
import dev.plinth.cfn.ec2.CfnInternetGateway;
import dev.plinth.cfn.ec2.CfnLaunchTemplate;
import dev.plinth.cfn.ec2.CfnNatGateway;
import dev.plinth.cfn.ec2.CfnRoute;
import dev.plinth.cfn.ec2.CfnRouteTable;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSecurityGroupIngress;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.ec2.CfnSubnetRouteTableAssociation;
import dev.plinth.cfn.ec2.CfnVPC;
import dev.plinth.cfn.ec2.CfnVPCGatewayAttachment;
import dev.plinth.cfn.elasticloadbalancingv2.CfnListener;
import dev.plinth.cfn.elasticloadbalancingv2.CfnLoadBalancer;
import dev.plinth.cfn.elasticloadbalancingv2.CfnTargetGroup;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import dev.plinth.cfn.iam.CfnRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A web tier built from the generated classes alone: a VPC with a public and a private subnet
 * in two zones' worth of routing, NAT, a load balancer in front of an auto scaling group whose
 * instances boot from a launch template with user-data.
 */
final class WebTierTemplate {
    private WebTierTemplate() {}

    static Template build() {
        Parameter<String> imageId = Parameter.builder(ParameterType.SSM_IMAGE_ID)
                .description("The instances' machine image, from its public Systems Manager parameter")
                .defaultValue("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
                .build();
        Parameter<Number> desired = Parameter.number()
                .description("Instances to run")
                .defaultValue(2)
                .minValue(1)
                .maxValue(10)
                .build();

        CfnVPC vpc = CfnVPC.builder()
                .cidrBlock("10.0.0.0/16")
                .enableDnsHostnames(true)
                .enableDnsSupport(true)
                .tags(Tag.of("Name", Fn.sub("${AWS::StackName}-vpc")))
                .build();
        CfnSubnet publicSubnet = subnet(vpc, 0, "10.0.0.0/24", true);
        CfnSubnet privateSubnet = subnet(vpc, 1, "10.0.1.0/24", false);

        CfnInternetGateway gateway = CfnInternetGateway.builder().build();
        CfnVPCGatewayAttachment attachment = CfnVPCGatewayAttachment.builder()
                .vpcId(vpc.ref())
                .internetGatewayId(gateway.ref())
                .build();
        CfnRouteTable publicRoutes = CfnRouteTable.builder().vpcId(vpc.ref()).build();
        CfnRoute internetRoute = CfnRoute.builder()
                .routeTableId(publicRoutes.ref())
                .destinationCidrBlock("0.0.0.0/0")
                .gatewayId(gateway.ref())
                .dependsOn(attachment)
                .build();
        CfnEIP natAddress = CfnEIP.builder().domain("vpc").dependsOn(attachment).build();
        CfnNatGateway nat = CfnNatGateway.builder()
                .allocationId(natAddress.attrAllocationId())
                .subnetId(publicSubnet.ref())
                .build();
        CfnRouteTable privateRoutes = CfnRouteTable.builder().vpcId(vpc.ref()).build();
        CfnRoute natRoute = CfnRoute.builder()
                .routeTableId(privateRoutes.ref())
                .destinationCidrBlock("0.0.0.0/0")
                .natGatewayId(nat.ref())
                .build();

        CfnSecurityGroup balancerGroup = CfnSecurityGroup.builder()
                .groupDescription("Load balancer: HTTP from anywhere")
                .vpcId(vpc.ref())
                .securityGroupIngress(CfnSecurityGroup.IngressProperty.builder()
                        .ipProtocol("tcp")
                        .fromPort(80)
                        .toPort(80)
                        .cidrIp("0.0.0.0/0")
                        .description("HTTP from the internet")
                        .build())
                .build();
        CfnSecurityGroup instanceGroup = CfnSecurityGroup.builder()
                .groupDescription("Web instances: HTTP from the load balancer only")
                .vpcId(vpc.ref())
                .build();
        CfnSecurityGroupIngress fromBalancer = CfnSecurityGroupIngress.builder()
                .groupId(instanceGroup.attrGroupId())
                .sourceSecurityGroupId(balancerGroup.attrGroupId())
                .ipProtocol("tcp")
                .fromPort(8080)
                .toPort(8080)
                .description("Application port from the load balancer")
                .build();

        Map<String, Object> assumeRole = new LinkedHashMap<>();
        assumeRole.put("Version", "2012-10-17");
        assumeRole.put(
                "Statement",
                List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", Fn.sub("ec2.${AWS::URLSuffix}")),
                        "Action", "sts:AssumeRole")));
        CfnRole role = CfnRole.builder()
                .assumeRolePolicyDocument(assumeRole)
                .managedPolicyArns(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"))
                .build();
        CfnInstanceProfile profile =
                CfnInstanceProfile.builder().roles(role.ref()).build();

        CfnLaunchTemplate launchTemplate = CfnLaunchTemplate.builder()
                .launchTemplateData(CfnLaunchTemplate.LaunchTemplateDataProperty.builder()
                        .imageId(imageId.ref())
                        .instanceType("t3.medium")
                        .iamInstanceProfile(CfnLaunchTemplate.IamInstanceProfileProperty.builder()
                                .arn(profile.attrArn())
                                .build())
                        .securityGroupIds(instanceGroup.attrGroupId())
                        .metadataOptions(CfnLaunchTemplate.MetadataOptionsProperty.builder()
                                .httpTokens("required")
                                .httpEndpoint("enabled")
                                .httpPutResponseHopLimit(1)
                                .build())
                        .blockDeviceMappings(CfnLaunchTemplate.BlockDeviceMappingProperty.builder()
                                .deviceName("/dev/xvda")
                                .ebs(CfnLaunchTemplate.EbsProperty.builder()
                                        .encrypted(true)
                                        .volumeSize(20)
                                        .volumeType("gp3")
                                        .build())
                                .build())
                        .userData(Fn.base64(Fn.sub(String.join(
                                "\n",
                                "#!/bin/bash",
                                "set -euo pipefail",
                                "dnf install -y nginx",
                                "systemctl enable --now nginx",
                                "/opt/aws/bin/cfn-signal --stack ${AWS::StackName} --resource Fleet --region ${AWS::Region} || true",
                                ""))))
                        .build())
                .build();

        CfnTargetGroup targets = CfnTargetGroup.builder()
                .vpcId(vpc.ref())
                .port(8080)
                .protocol("HTTP")
                .healthCheckPath("/health")
                .healthCheckIntervalSeconds(15)
                .build();
        CfnLoadBalancer balancer = CfnLoadBalancer.builder()
                .scheme("internet-facing")
                .type("application")
                .subnets(publicSubnet.ref(), privateSubnet.ref())
                .securityGroups(balancerGroup.attrGroupId())
                .build();
        CfnListener listener = CfnListener.builder()
                .loadBalancerArn(balancer.ref())
                .port(80)
                .protocol("HTTP")
                .defaultActions(CfnListener.ActionProperty.builder()
                        .type("forward")
                        .targetGroupArn(targets.ref())
                        .build())
                .build();

        CfnAutoScalingGroup fleet = CfnAutoScalingGroup.builder()
                .minSize("1")
                .maxSize("4")
                .desiredCapacity(desired.refAsString())
                .vpcZoneIdentifier(privateSubnet.ref())
                .launchTemplate(CfnAutoScalingGroup.LaunchTemplateSpecificationProperty.builder()
                        .launchTemplateId(launchTemplate.ref())
                        .version(launchTemplate.attrLatestVersionNumber())
                        .build())
                .targetGroupARNs(targets.ref())
                .healthCheckType("ELB")
                .healthCheckGracePeriod(120)
                .tags(CfnAutoScalingGroup.TagPropertyProperty.builder()
                        .key("Name")
                        .value("web")
                        .propagateAtLaunch(true)
                        .build())
                .creationPolicy(Value.json(Map.of("ResourceSignal", Map.of("Count", 1, "Timeout", "PT10M"))))
                .updatePolicy(Value.json(Map.of(
                        "AutoScalingRollingUpdate",
                        Map.of("MinInstancesInService", 1, "WaitOnResourceSignals", true, "PauseTime", "PT10M"))))
                .dependsOn(natRoute)
                .build();

        return Template.builder()
                .description("Web tier built from generated resource classes")
                .parameter("ImageId", imageId)
                .parameter("DesiredCapacity", desired)
                .resource("Vpc", vpc)
                .resource("PublicSubnet", publicSubnet)
                .resource("PrivateSubnet", privateSubnet)
                .resource("InternetGateway", gateway)
                .resource("InternetGatewayAttachment", attachment)
                .resource("PublicRouteTable", publicRoutes)
                .resource("PublicDefaultRoute", internetRoute)
                .resource("PublicSubnetRoutes", association(publicSubnet, publicRoutes))
                .resource("NatAddress", natAddress)
                .resource("NatGateway", nat)
                .resource("PrivateRouteTable", privateRoutes)
                .resource("PrivateDefaultRoute", natRoute)
                .resource("PrivateSubnetRoutes", association(privateSubnet, privateRoutes))
                .resource("BalancerSecurityGroup", balancerGroup)
                .resource("InstanceSecurityGroup", instanceGroup)
                .resource("InstanceFromBalancer", fromBalancer)
                .resource("InstanceRole", role)
                .resource("InstanceProfile", profile)
                .resource("LaunchTemplate", launchTemplate)
                .resource("TargetGroup", targets)
                .resource("LoadBalancer", balancer)
                .resource("Listener", listener)
                .resource("Fleet", fleet)
                .output(
                        "VpcId",
                        Output.builder(vpc.ref()).description("The VPC").build())
                .output(
                        "LoadBalancerDns",
                        Output.builder(balancer.attrDNSName())
                                .exportName(Fn.sub("${AWS::StackName}-LoadBalancerDns"))
                                .build())
                .output("Region", Output.of(Pseudo.region()))
                .build();
    }

    private static CfnSubnet subnet(CfnVPC vpc, int zone, String cidr, boolean isPublic) {
        return CfnSubnet.builder()
                .vpcId(vpc.ref())
                .cidrBlock(cidr)
                .availabilityZone(Fn.select(zone, Fn.getAZs()))
                .mapPublicIpOnLaunch(isPublic)
                .build();
    }

    private static CfnSubnetRouteTableAssociation association(CfnSubnet subnet, CfnRouteTable table) {
        return CfnSubnetRouteTableAssociation.builder()
                .subnetId(subnet.ref())
                .routeTableId(table.ref())
                .build();
    }
}
