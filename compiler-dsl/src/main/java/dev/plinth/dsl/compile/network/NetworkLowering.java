package dev.plinth.dsl.compile.network;

import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnEIP;
import dev.plinth.cfn.ec2.CfnFlowLog;
import dev.plinth.cfn.ec2.CfnInternetGateway;
import dev.plinth.cfn.ec2.CfnNatGateway;
import dev.plinth.cfn.ec2.CfnRoute;
import dev.plinth.cfn.ec2.CfnRouteTable;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.ec2.CfnSubnetRouteTableAssociation;
import dev.plinth.cfn.ec2.CfnVPC;
import dev.plinth.cfn.ec2.CfnVPCEndpoint;
import dev.plinth.cfn.ec2.CfnVPCGatewayAttachment;
import dev.plinth.cfn.iam.CfnRole;
import dev.plinth.cfn.logs.CfnLogGroup;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.network.FlowLogs;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A network becomes a VPC, one subnet per tier and zone, an internet gateway and a public route
 * table, NAT gateways with private route tables per zone, an isolated route table, an S3
 * gateway endpoint on every route table and, when asked, flow logs.
 */
final class NetworkLowering {
    private final LoweringContext context;
    private final Network network;
    private final List<String> zones;
    private final String label;

    NetworkLowering(LoweringContext context, Network network) {
        this.context = context;
        this.network = network;
        this.zones = context.platform().zones(network);
        this.label = Names.physicalName(context.platform(), network);
    }

    void lower() {
        CfnVPC vpc = context.add(
                network,
                "Vpc",
                CfnVPC.builder()
                        .cidrBlock(network.cidr())
                        .enableDnsHostnames(true)
                        .enableDnsSupport(true)
                        .tags(Tag.of("Name", label))
                        .build());
        context.vpc(network, vpc);
        boolean hasPublic = has(SubnetTier.Kind.PUBLIC);
        Optional<CfnVPCGatewayAttachment> attachment = Optional.empty();
        List<CfnRouteTable> routeTables = new ArrayList<>();
        CfnRouteTable publicRoutes = null;
        if (hasPublic) {
            CfnInternetGateway gateway = context.add(
                    network,
                    "InternetGateway",
                    CfnInternetGateway.builder().tags(Tag.of("Name", label)).build());
            attachment = Optional.of(context.add(
                    network,
                    "InternetGatewayAttachment",
                    CfnVPCGatewayAttachment.builder()
                            .vpcId(vpc.ref())
                            .internetGatewayId(gateway.ref())
                            .build()));
            publicRoutes = context.add(network, "RouteTablePublic", routeTable(vpc, "public"));
            context.publicRoute(
                    network,
                    context.add(
                            network,
                            "RoutePublicDefault",
                            CfnRoute.builder()
                                    .routeTableId(publicRoutes.ref())
                                    .destinationCidrBlock("0.0.0.0/0")
                                    .gatewayId(gateway.ref())
                                    .dependsOn(attachment.get())
                                    .build()));
            routeTables.add(publicRoutes);
        }
        for (SubnetTier tier : network.tiers()) {
            List<String> cidrs = context.platform().subnetCidrs(network).get(tier.name());
            List<CfnSubnet> subnets = new ArrayList<>();
            for (int i = 0; i < zones.size(); i++) {
                String zone = zones.get(i);
                subnets.add(context.add(
                        network,
                        "Subnet" + Names.pascal(tier.name()) + suffix(i),
                        CfnSubnet.builder()
                                .vpcId(vpc.ref())
                                .cidrBlock(cidrs.get(i))
                                .availabilityZone(zone)
                                .mapPublicIpOnLaunch(false)
                                .tags(
                                        Tag.of("Name", label + "-" + tier.name() + "-" + Names.zoneSuffix(zone)),
                                        Tag.of("plinth:tier", tier.name()))
                                .build()));
            }
            context.subnets(network, tier.name(), subnets);
        }
        List<CfnNatGateway> nats = natGateways(attachment);
        List<CfnRouteTable> privateRoutes = new ArrayList<>();
        if (has(SubnetTier.Kind.PRIVATE)) {
            for (int i = 0; i < zones.size(); i++) {
                CfnRouteTable table = context.add(
                        network,
                        "RouteTablePrivate" + suffix(i),
                        routeTable(vpc, "private-" + Names.zoneSuffix(zones.get(i))));
                privateRoutes.add(table);
                if (!nats.isEmpty()) {
                    CfnNatGateway nat = nats.get(nats.size() == 1 ? 0 : i);
                    context.egressRoute(
                            network,
                            context.add(
                                    network,
                                    "RoutePrivateDefault" + suffix(i),
                                    CfnRoute.builder()
                                            .routeTableId(table.ref())
                                            .destinationCidrBlock("0.0.0.0/0")
                                            .natGatewayId(nat.ref())
                                            .build()));
                }
            }
            routeTables.addAll(privateRoutes);
        }
        CfnRouteTable isolatedRoutes = null;
        if (has(SubnetTier.Kind.ISOLATED)) {
            isolatedRoutes = context.add(network, "RouteTableIsolated", routeTable(vpc, "isolated"));
            routeTables.add(isolatedRoutes);
        }
        for (SubnetTier tier : network.tiers()) {
            List<CfnSubnet> subnets = context.subnets(network, tier.name());
            for (int i = 0; i < subnets.size(); i++) {
                CfnRouteTable table = tier.kind() == SubnetTier.Kind.PUBLIC
                        ? publicRoutes
                        : tier.kind() == SubnetTier.Kind.PRIVATE ? privateRoutes.get(i) : isolatedRoutes;
                context.add(
                        network,
                        "Subnet" + Names.pascal(tier.name()) + suffix(i) + "Routes",
                        CfnSubnetRouteTableAssociation.builder()
                                .subnetId(subnets.get(i).ref())
                                .routeTableId(table.ref())
                                .build());
            }
        }
        if (network.s3Endpoint() && !routeTables.isEmpty()) {
            List<Value<String>> tableIds = new ArrayList<>();
            routeTables.forEach(t -> tableIds.add(t.ref()));
            context.add(
                    network,
                    "S3Endpoint",
                    CfnVPCEndpoint.builder()
                            .vpcId(vpc.ref())
                            .vpcEndpointType("Gateway")
                            .serviceName("com.amazonaws."
                                    + context.platform().environment().region() + ".s3")
                            .routeTableIds(tableIds)
                            .build());
        }
        network.flowLogs().ifPresent(flowLogs -> flowLogs(vpc, flowLogs));
    }

    private List<CfnNatGateway> natGateways(Optional<CfnVPCGatewayAttachment> attachment) {
        List<CfnNatGateway> nats = new ArrayList<>();
        if (network.nat().kind() == NatStrategy.Kind.NONE || attachment.isEmpty() || !has(SubnetTier.Kind.PRIVATE)) {
            return nats;
        }
        SubnetTier publicTier = network.tiers().stream()
                .filter(t -> t.kind() == SubnetTier.Kind.PUBLIC)
                .findFirst()
                .orElseThrow();
        List<CfnSubnet> publicSubnets = context.subnets(network, publicTier.name());
        int count = network.nat().kind() == NatStrategy.Kind.SINGLE_GATEWAY ? 1 : zones.size();
        for (int i = 0; i < count; i++) {
            CfnEIP address = context.add(
                    network,
                    "NatAddress" + suffix(i),
                    CfnEIP.builder()
                            .domain("vpc")
                            .dependsOn(attachment.get())
                            .tags(Tag.of("Name", label + "-nat-" + Names.zoneSuffix(zones.get(i))))
                            .build());
            nats.add(context.add(
                    network,
                    "Nat" + suffix(i),
                    CfnNatGateway.builder()
                            .allocationId(address.attrAllocationId())
                            .subnetId(publicSubnets.get(i).ref())
                            .tags(Tag.of("Name", label + "-nat-" + Names.zoneSuffix(zones.get(i))))
                            .build()));
        }
        return nats;
    }

    private void flowLogs(CfnVPC vpc, FlowLogs flowLogs) {
        String logGroupName = Names.logGroup(context.platform(), network) + "/flow-logs";
        CfnLogGroup group = context.add(
                network,
                "FlowLogGroup",
                CfnLogGroup.builder()
                        .logGroupName(logGroupName)
                        .retentionInDays(flowLogs.retentionDays())
                        .build());
        CfnRole role = context.add(
                network,
                "FlowLogRole",
                CfnRole.builder()
                        .assumeRolePolicyDocument(Iam.assumeRole("vpc-flow-logs.amazonaws.com"))
                        .policies(Iam.policy("write-flow-logs", List.of(Iam.writeLogs(logGroupName))))
                        .build());
        context.add(
                network,
                "FlowLog",
                CfnFlowLog.builder()
                        .resourceId(vpc.ref())
                        .resourceType("VPC")
                        .trafficType(flowLogs.traffic().name())
                        .logDestinationType("cloud-watch-logs")
                        .logGroupName(group.ref())
                        .deliverLogsPermissionArn(role.attrArn())
                        .build());
    }

    private CfnRouteTable routeTable(CfnVPC vpc, String name) {
        return CfnRouteTable.builder()
                .vpcId(vpc.ref())
                .tags(Tag.of("Name", label + "-" + name))
                .build();
    }

    private boolean has(SubnetTier.Kind kind) {
        return network.tiers().stream().anyMatch(t -> t.kind() == kind);
    }

    private String suffix(int zone) {
        return Names.pascal(Names.zoneSuffix(zones.get(zone)));
    }
}
