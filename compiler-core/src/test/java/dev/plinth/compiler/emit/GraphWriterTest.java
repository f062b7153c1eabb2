package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.testing.Conformance;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphWriterTest {

    @Test
    void theMermaidGraphHasASubgraphPerStackAndEdgesInDeploymentOrder() {
        assertThat(GraphWriter.mermaid(PlatformGraph.of(EmitFixtures.platform())))
                .isEqualTo("""
        flowchart LR
          subgraph stack_app["app"]
            app__InstanceProfile["InstanceProfile<br/>AWS::IAM::InstanceProfile"]
            app__LaunchTemplate["LaunchTemplate<br/>AWS::EC2::LaunchTemplate"]
            app__Ready["Ready<br/>AWS::CloudFormation::WaitConditionHandle"]
            app__Role["Role<br/>AWS::IAM::Role"]
            app__Sg["Sg<br/>AWS::EC2::SecurityGroup"]
            app__InstanceProfile --> app__LaunchTemplate
            app__LaunchTemplate --> app__Ready
            app__Role --> app__InstanceProfile
            app__Role --> app__LaunchTemplate
            app__Sg --> app__LaunchTemplate
          end
          subgraph stack_network["network"]
            network__Logs["Logs<br/>AWS::S3::Bucket"]
            network__Subnet["Subnet<br/>AWS::EC2::Subnet"]
            network__Vpc["Vpc<br/>AWS::EC2::VPC"]
            network__Vpc --> network__Subnet
          end
          stack_network --> stack_app
        """);
    }

    @Test
    void theDotGraphHasAClusterPerStackAndJoinsStacksAtTheirBorders() {
        assertThat(GraphWriter.dot(PlatformGraph.of(EmitFixtures.platform()))).isEqualTo("""
        digraph "demo-dev" {
          rankdir=LR;
          compound=true;
          node [shape=box];
          subgraph "cluster_app" {
            label="app";
            "app__InstanceProfile" [label="InstanceProfile\\nAWS::IAM::InstanceProfile"];
            "app__LaunchTemplate" [label="LaunchTemplate\\nAWS::EC2::LaunchTemplate"];
            "app__Ready" [label="Ready\\nAWS::CloudFormation::WaitConditionHandle"];
            "app__Role" [label="Role\\nAWS::IAM::Role"];
            "app__Sg" [label="Sg\\nAWS::EC2::SecurityGroup"];
            "app__InstanceProfile" -> "app__LaunchTemplate";
            "app__LaunchTemplate" -> "app__Ready";
            "app__Role" -> "app__InstanceProfile";
            "app__Role" -> "app__LaunchTemplate";
            "app__Sg" -> "app__LaunchTemplate";
          }
          subgraph "cluster_network" {
            label="network";
            "network__Logs" [label="Logs\\nAWS::S3::Bucket"];
            "network__Subnet" [label="Subnet\\nAWS::EC2::Subnet"];
            "network__Vpc" [label="Vpc\\nAWS::EC2::VPC"];
            "network__Vpc" -> "network__Subnet";
          }
          "network__Logs" -> "app__InstanceProfile" [ltail="cluster_network", lhead="cluster_app"];
        }
        """);
    }

    @Test
    void subPlaceholdersMakeEdgesButVariablesPseudoParametersAndEscapesDoNot() {
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
        GenericResource handle = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .build();
        GenericResource topic = GenericResource.builder("AWS::SSM::Parameter")
                .property("Type", "String")
                .property(
                        "Value",
                        Fn.sub(
                                "${AWS::StackName}-${Vpc.CidrBlock}-${!Handle}-${Handle}",
                                Map.of("Handle", Value.of("x"))))
                .build();
        Template template = Template.builder()
                .resource("Vpc", vpc)
                .resource("Handle", handle)
                .resource("Topic", topic)
                .build();

        Conformance.write("compiler-core/emit-graph-sub", template);

        String graph = GraphWriter.mermaid(PlatformGraph.of(EmitFixtures.single("events", template, Map.of())));

        assertThat(graph).contains("    events__Vpc --> events__Topic\n").doesNotContain("events__Handle -->");
    }

    @Test
    void aHyphenatedStackNameGivesSafeIds() {
        Template template = Template.builder()
                .resource(
                        "Handle",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .build())
                .build();

        Conformance.write("compiler-core/emit-graph-hyphen", template);

        String graph = GraphWriter.mermaid(PlatformGraph.of(EmitFixtures.single("ecs-cluster", template, Map.of())));

        assertThat(graph)
                .contains("  subgraph stack_ecs_cluster[\"ecs-cluster\"]\n", "    ecs_cluster__Handle[\"Handle<br/>");
    }
}
