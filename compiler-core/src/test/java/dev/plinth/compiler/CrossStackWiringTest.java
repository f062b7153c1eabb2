package dev.plinth.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossStackWiringTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private static GenericResource vpc() {
        return GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
    }

    private static GenericResource securityGroup(GenericResource vpc) {
        return GenericResource.builder("AWS::EC2::SecurityGroup")
                .property("GroupDescription", "web")
                .property("VpcId", vpc.ref())
                .build();
    }

    private static GenericResource ingressFromVpc(GenericResource sg, GenericResource vpc) {
        return GenericResource.builder("AWS::EC2::SecurityGroupIngress")
                .property("GroupId", sg.getAtt("GroupId"))
                .property("CidrIp", vpc.getAtt("CidrBlock"))
                .property("IpProtocol", "tcp")
                .property("FromPort", 443)
                .property("ToPort", 443)
                .build();
    }

    private static StackTemplate stack(String name, Template template) {
        return StackTemplate.of(name, template, Map.of(), false);
    }

    private List<WiredStack> wire(StackTemplate... stacks) {
        return new CrossStackWiring(ResourceSpecification.bundled()).run(List.of(stacks), diagnostics);
    }

    private static void assertDeployable(String name, List<WiredStack> stacks) {
        for (WiredStack stack : stacks) {
            assertThat(TemplateValidator.bundled().validate(stack.stack().template(), stack.name()))
                    .isEmpty();
            Conformance.write(
                    "compiler-core/wiring-" + name + "-" + stack.name(),
                    stack.stack().template());
        }
    }

    @Test
    void aReferenceToAnotherStackBecomesAnOutputThereAndAParameterHere() {
        GenericResource vpc = vpc();
        GenericResource sg = securityGroup(vpc);
        List<WiredStack> wired = wire(
                stack("network", Template.builder().resource("Vpc", vpc).build()),
                stack(
                        "app",
                        Template.builder()
                                .resource("Sg", sg)
                                .resource("Ingress", ingressFromVpc(sg, vpc))
                                .build()));

        assertThat(diagnostics.toList()).isEmpty();
        WiredStack network = wired.get(0);
        WiredStack app = wired.get(1);
        assertThat(network.stack().template().outputs()).containsOnlyKeys("Vpc", "VpcCidrBlock");
        assertThat(network.dependsOn()).isEmpty();
        assertThat(network.parameterSources()).isEmpty();
        assertThat(app.stack().template().parameters()).containsOnlyKeys("NetworkVpc", "NetworkVpcCidrBlock");
        assertThat(app.parameterSources())
                .isEqualTo(Map.of(
                        "NetworkVpc", ParameterSource.output("network", "Vpc"),
                        "NetworkVpcCidrBlock", ParameterSource.output("network", "VpcCidrBlock")));
        assertThat(app.dependsOn()).containsExactly("network");
        assertThat(TemplateWriter.jsonString(app.stack().template()))
                .contains("\"VpcId\": {\n          \"Ref\": \"NetworkVpc\"\n        }")
                .contains("\"CidrIp\": {\n          \"Ref\": \"NetworkVpcCidrBlock\"\n        }");
        assertThat(TemplateWriter.jsonString(network.stack().template()))
                .contains(
                        "\"VpcCidrBlock\": {\n      \"Description\": \"CidrBlock of Vpc, read by other stacks of the platform\",\n"
                                + "      \"Value\": {\n        \"Fn::GetAtt\": [\n          \"Vpc\",\n          \"CidrBlock\"\n        ]\n      }");
        assertDeployable("basic", wired);
    }

    @Test
    void oneValueReadManyTimesIsOneOutputAndOneParameter() {
        GenericResource vpc = vpc();
        List<WiredStack> wired = wire(
                stack("network", Template.builder().resource("Vpc", vpc).build()),
                stack(
                        "app",
                        Template.builder()
                                .resource("Web", securityGroup(vpc))
                                .resource("Db", securityGroup(vpc))
                                .build()));

        assertThat(wired.get(0).stack().template().outputs()).containsOnlyKeys("Vpc");
        assertThat(wired.get(1).stack().template().parameters()).containsOnlyKeys("NetworkVpc");
        assertDeployable("shared", wired);
    }

    @Test
    void aListAttributeTravelsJoinedIntoACommaDelimitedListParameter() {
        GenericResource vpc = vpc();
        GenericResource endpoint = GenericResource.builder("AWS::EC2::VPCEndpoint")
                .property("VpcId", vpc.ref())
                .property("ServiceName", Fn.sub("com.amazonaws.${AWS::Region}.s3"))
                .property("VpcEndpointType", "Interface")
                .build();
        GenericResource record = GenericResource.builder("AWS::Route53::RecordSet")
                .property("HostedZoneName", "example.com.")
                .property("Name", "s3.example.com.")
                .property("Type", "CNAME")
                .property("TTL", "300")
                .property(
                        "ResourceRecords",
                        Value.list(Fn.select(1, Fn.split(":", Fn.select(0, endpoint.getAttList("DnsEntries"))))))
                .build();
        List<WiredStack> wired = wire(
                stack(
                        "network",
                        Template.builder()
                                .resource("Vpc", vpc)
                                .resource("S3Endpoint", endpoint)
                                .build()),
                stack("dns", Template.builder().resource("S3Record", record).build()));

        assertThat(diagnostics.toList()).isEmpty();
        assertThat(wired.get(1)
                        .stack()
                        .template()
                        .parameters()
                        .get("NetworkS3EndpointDnsEntries")
                        .type()
                        .name())
                .isEqualTo("CommaDelimitedList");
        assertThat(TemplateWriter.jsonString(wired.get(0).stack().template()))
                .contains("\"Fn::Join\": [\n          \",\",");
        assertDeployable("list", wired);
    }

    @Test
    void aDependsOnAnotherStackOrdersTheStacksAndLeavesTheTemplate() {
        GenericResource vpc = vpc();
        GenericResource handle = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .dependsOn(vpc)
                .build();
        List<WiredStack> wired = wire(
                stack("network", Template.builder().resource("Vpc", vpc).build()),
                stack("app", Template.builder().resource("Handle", handle).build()));

        assertThat(diagnostics.toList()).isEmpty();
        assertThat(wired.get(1).dependsOn()).containsExactly("network");
        assertThat(wired.get(1).stack().template().parameters()).isEmpty();
        assertThat(TemplateWriter.jsonString(wired.get(1).stack().template())).doesNotContain("DependsOn");
        assertDeployable("depends-on", wired);
    }

    @Test
    void aHyphenatedStackNameGivesAPascalCaseParameterPrefix() {
        GenericResource vpc = vpc();
        List<WiredStack> wired = wire(
                stack("core-network", Template.builder().resource("Vpc", vpc).build()),
                stack(
                        "app",
                        Template.builder().resource("Sg", securityGroup(vpc)).build()));

        assertThat(wired.get(1).stack().template().parameters()).containsOnlyKeys("CoreNetworkVpc");
        assertThat(wired.get(1).parameterSources().get("CoreNetworkVpc"))
                .isEqualTo(ParameterSource.output("core-network", "Vpc"));
    }

    @Test
    void stacksThatUseEachOthersResourcesAreACycle() {
        GenericResource vpc = vpc();
        GenericResource sg = GenericResource.builder("AWS::EC2::SecurityGroup")
                .property("GroupDescription", "web")
                .build();
        GenericResource subnet = GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", vpc.ref())
                .property("CidrBlock", "10.0.0.0/24")
                .build();
        GenericResource ingress = ingressFromVpc(sg, vpc);

        wire(
                stack(
                        "network",
                        Template.builder()
                                .resource("Vpc", vpc)
                                .resource("Ingress", ingress)
                                .build()),
                stack(
                        "app",
                        Template.builder()
                                .resource("Sg", sg)
                                .resource("Subnet", subnet)
                                .build()));

        assertThat(diagnostics.toList())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[STACK_CYCLE] app: stacks use each other's resources in a circle: app -> network -> app; "
                                + "move the resources one of them needs into the other stack, or into a stack both can read.");
    }

    @Test
    void aReferenceToAResourceInNoStackIsReported() {
        GenericResource orphan = vpc();

        wire(stack(
                "app", Template.builder().resource("Sg", securityGroup(orphan)).build()));

        assertThat(diagnostics.toList())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[STACK_REFERENCE_UNRESOLVED] app/Resources/Sg: uses a AWS::EC2::VPC that is in no stack of the platform; "
                                + "add the resource to a stack, or refer to one that is in a stack.");
    }

    @Test
    void anOutputTheProducerAlreadyHasIsACollision() {
        GenericResource vpc = vpc();

        wire(
                stack(
                        "network",
                        Template.builder()
                                .resource("Vpc", vpc)
                                .output("Vpc", Output.of(Fn.sub("vpc")))
                                .build()),
                stack(
                        "app",
                        Template.builder().resource("Sg", securityGroup(vpc)).build()));

        assertThat(diagnostics.toList())
                .extracting(Diagnostic::code)
                .containsExactly(CompilerCode.WIRING_NAME_COLLISION);
        assertThat(diagnostics.toList().get(0).path()).isEqualTo("network/Outputs/Vpc");
    }

    @Test
    void twoValuesThatWouldShareAParameterNameAreACollision() {
        GenericResource workVpc = vpc();
        GenericResource vpc = vpc();

        wire(
                stack("net", Template.builder().resource("WorkVpc", workVpc).build()),
                stack("net-work", Template.builder().resource("Vpc", vpc).build()),
                stack(
                        "app",
                        Template.builder()
                                .resource("Web", securityGroup(workVpc))
                                .resource("Db", securityGroup(vpc))
                                .build()));

        assertThat(diagnostics.toList())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[WIRING_NAME_COLLISION] app/Parameters/NetWorkVpc: cross-stack wiring would pass two values as the parameter "
                                + "'NetWorkVpc': Ref of WorkVpc in stack net and Ref of Vpc in stack net-work; rename one of the resources or stacks.");
    }

    @Test
    void aRefAndAnAttributeThatWouldShareAnOutputNameAreACollision() {
        GenericResource subnet = GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", "vpc-1")
                .property("CidrBlock", "10.0.0.0/24")
                .build();
        GenericResource lookalike = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
        GenericResource web = GenericResource.builder("AWS::EC2::SecurityGroup")
                .property("GroupDescription", "web")
                .property("VpcId", subnet.getAtt("VpcId"))
                .build();

        wire(
                stack(
                        "network",
                        Template.builder()
                                .resource("Subnet", subnet)
                                .resource("SubnetVpcId", lookalike)
                                .build()),
                stack("app", Template.builder().resource("Web", web).build()),
                stack(
                        "db",
                        Template.builder()
                                .resource("Db", securityGroup(lookalike))
                                .build()));

        assertThat(diagnostics.toList())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[WIRING_NAME_COLLISION] network/Outputs/SubnetVpcId: cross-stack wiring would pass two values as the output "
                                + "'SubnetVpcId': VpcId of Subnet in stack network and Ref of SubnetVpcId in stack network; rename one of the resources or stacks.");
    }
}
