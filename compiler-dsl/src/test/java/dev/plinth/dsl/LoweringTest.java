package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.testing.ResourceAssert;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.ParameterSource;
import dev.plinth.compiler.WiredStack;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.SubnetTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoweringTest {
    private final TestPlatform platform = TestPlatform.baseline();

    private Template template(String stack) {
        return TestPlatform.stack(platform.compiled(), stack).stack().template();
    }

    /** The network alone: nothing else constrains how it may be built. */
    private TemplateAssert networkOnly(NatStrategy nat) {
        platform.network.set("nat", n -> n.nat(nat));
        platform.stacks = built -> List.of(Stack.of("network", built.network));
        return TemplateAssert.assertThat(template("network"));
    }

    private static List<String> refs(JsonNode list) {
        List<String> refs = new ArrayList<>();
        list.forEach(item -> refs.add(item.path("Ref").asText()));
        return refs;
    }

    @Test
    void aNatGatewayPerZoneGivesEachZoneItsGatewayAndDefaultRoute() {
        TemplateAssert network = networkOnly(NatStrategy.gatewayPerAz());

        network.hasResource("AWS::EC2::NatGateway").times(3);
        assertThat(network.hasResource("AWS::EC2::RouteTable").times(4).resources("AWS::EC2::RouteTable"))
                .extracting(ResourceAssert::logicalId)
                .containsExactly(
                        "NetworkRouteTablePrivateA",
                        "NetworkRouteTablePrivateB",
                        "NetworkRouteTablePrivateC",
                        "NetworkRouteTablePublic");
        for (String zone : List.of("A", "B", "C")) {
            network.resource("NetworkRoutePrivateDefault" + zone)
                    .hasProperty("RouteTableId", Map.of("Ref", "NetworkRouteTablePrivate" + zone))
                    .hasProperty("DestinationCidrBlock", "0.0.0.0/0")
                    .hasProperty("NatGatewayId", Map.of("Ref", "NetworkNat" + zone));
            network.resource("NetworkNat" + zone).hasProperty("SubnetId", Map.of("Ref", "NetworkSubnetPublic" + zone));
        }
    }

    @Test
    void aSingleNatGatewayServesEveryZonesDefaultRoute() {
        TemplateAssert network = networkOnly(NatStrategy.singleGateway());

        network.hasResource("AWS::EC2::NatGateway").times(1);
        for (String zone : List.of("A", "B", "C")) {
            network.resource("NetworkRoutePrivateDefault" + zone)
                    .hasProperty("NatGatewayId", Map.of("Ref", "NetworkNatA"));
        }
    }

    @Test
    void noNatLeavesPrivateRouteTablesWithoutDefaultRoutes() {
        TemplateAssert network = networkOnly(NatStrategy.none());

        network.hasNoResource("AWS::EC2::NatGateway");
        network.hasResource("AWS::EC2::RouteTable").times(4);
        assertThat(network.hasResource("AWS::EC2::Route").times(1).resources("AWS::EC2::Route"))
                .extracting(ResourceAssert::logicalId)
                .containsExactly("NetworkRoutePublicDefault");
        network.hasNoResource("AWS::EC2::EIP");
    }

    @Test
    void theS3EndpointIsOnEveryRouteTable() {
        platform.network.set(
                "tiers",
                n -> n.addTiers(
                        SubnetTier.publicTier("public"),
                        SubnetTier.privateTier("app"),
                        SubnetTier.isolatedTier("data")));
        TemplateAssert network = TemplateAssert.assertThat(template("network"));

        List<String> tables = new ArrayList<>();
        network.resources("AWS::EC2::RouteTable").forEach(t -> tables.add(t.logicalId()));
        ResourceAssert endpoint = network.resource("NetworkS3Endpoint")
                .hasProperty("ServiceName", "com.amazonaws.eu-west-1.s3")
                .hasProperty("VpcEndpointType", "Gateway");

        assertThat(tables).hasSize(5).contains("NetworkRouteTableIsolated");
        assertThat(refs(endpoint.property("RouteTableIds"))).containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void withoutTheS3EndpointThereIsNoVpcEndpoint() {
        platform.network.set("s3Endpoint", n -> n.s3Endpoint(false));

        TemplateAssert.assertThat(template("network")).hasNoResource("AWS::EC2::VPCEndpoint");
    }

    @Test
    void flowLogsGetALogGroupARoleAndAFlowLogOnTheVpc() {
        TemplateAssert network = TemplateAssert.assertThat(template("network"));

        network.resource("NetworkFlowLogGroup")
                .hasType("AWS::Logs::LogGroup")
                .hasProperty("LogGroupName", "/plinth/shop/prod/network/flow-logs")
                .hasProperty("RetentionInDays", 90);
        network.resource("NetworkFlowLogRole")
                .hasType("AWS::IAM::Role")
                .hasProperty("AssumeRolePolicyDocument/Statement/0/Principal/Service", "vpc-flow-logs.amazonaws.com");
        network.resource("NetworkFlowLog")
                .hasType("AWS::EC2::FlowLog")
                .hasProperty("ResourceId", Map.of("Ref", "NetworkVpc"))
                .hasProperty("ResourceType", "VPC")
                .hasProperty("TrafficType", "ALL")
                .hasProperty("LogDestinationType", "cloud-watch-logs")
                .hasProperty("LogGroupName", Map.of("Ref", "NetworkFlowLogGroup"))
                .hasProperty("DeliverLogsPermissionArn", Map.of("Fn::GetAtt", List.of("NetworkFlowLogRole", "Arn")));
    }

    @Test
    void withoutFlowLogsThereIsNoFlowLog() {
        platform.network.remove("flowLogs");

        TemplateAssert.assertThat(template("network"))
                .hasNoResource("AWS::EC2::FlowLog")
                .hasNoResource("AWS::Logs::LogGroup");
    }

    @Test
    void crossStackReferencesBecomeOutputsOfTheProducerAndParametersOfTheConsumer() {
        CompiledPlatform compiled = platform.compiled();
        WiredStack service = TestPlatform.stack(compiled, "service");

        TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, "network").stack().template())
                .hasOutput("NetworkVpc")
                .hasOutput("NetworkSubnetAppA")
                .hasOutput("NetworkSubnetPublicC");
        TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, "bastion").stack().template())
                .hasOutput("BastionSecurityGroupGroupId");
        TemplateAssert.assertThat(service.stack().template())
                .hasParameter("NetworkVpc")
                .resource("WebSecurityGroup")
                .hasProperty("VpcId", Map.of("Ref", "NetworkVpc"));
        assertThat(service.parameterSources())
                .containsEntry("NetworkVpc", ParameterSource.output("network", "NetworkVpc"))
                .containsEntry("NetworkSubnetAppA", ParameterSource.output("network", "NetworkSubnetAppA"))
                .containsEntry(
                        "BastionSecurityGroupGroupId",
                        ParameterSource.output("bastion", "BastionSecurityGroupGroupId"));
        assertThat(service.dependsOn()).containsExactly("bastion", "network");
        assertThat(TestPlatform.stack(compiled, "network").dependsOn()).isEmpty();
    }

    @Test
    void aListenerTargetingAFleetRegistersItsGroupAndLetsTheLoadBalancerIn() {
        TemplateAssert service = TemplateAssert.assertThat(template("service"));

        service.resource("WebLbTargets80")
                .hasType("AWS::ElasticLoadBalancingV2::TargetGroup")
                .hasProperty("Port", 8080)
                .hasProperty("Protocol", "HTTP")
                .hasProperty("HealthCheckPath", "/health")
                .hasProperty("VpcId", Map.of("Ref", "NetworkVpc"));
        service.resource("WebLbListener80")
                .hasProperty("DefaultActions/0/Type", "forward")
                .hasProperty("DefaultActions/0/TargetGroupArn", Map.of("Ref", "WebLbTargets80"));
        service.resource("WebGroup")
                .hasProperty("TargetGroupARNs", List.of(Map.of("Ref", "WebLbTargets80")))
                .hasProperty("HealthCheckType", "ELB");
        service.resource("WebFromWebLb8080")
                .hasType("AWS::EC2::SecurityGroupIngress")
                .hasProperty("GroupId", Map.of("Fn::GetAtt", List.of("WebSecurityGroup", "GroupId")))
                .hasProperty("SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of("WebLbSecurityGroup", "GroupId")))
                .hasProperty("IpProtocol", "tcp")
                .hasProperty("FromPort", 8080)
                .hasProperty("ToPort", 8080);
    }

    @Test
    void aFleetWithoutLoadBalancerUsesEc2HealthChecksAndNoTargetGroups() {
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of("service", built.fleet));

        TemplateAssert.assertThat(template("service"))
                .hasNoResource("AWS::ElasticLoadBalancingV2::TargetGroup")
                .resource("WebGroup")
                .hasProperty("HealthCheckType", "EC2")
                .hasNoProperty("TargetGroupARNs");
    }

    @Test
    void everyCompiledTemplatePassesTemplateValidation() {
        for (WiredStack stack : platform.compiled().stacks()) {
            TemplateAssert.assertThat(stack.stack().template()).as(stack.name()).isValid();
        }
    }
}
