package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CrossStackWiring;
import dev.plinth.compiler.ParameterSource;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small platform built by hand: a network stack (VPC, subnet, log bucket) and an app stack
 * whose security group and launch template use the network's VPC and subnet, wired through
 * CrossStackWiring as the compiler would.
 */
final class EmitFixtures {
    static final String AMI_PATH = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    static final String WEB_SCRIPT = "#!/bin/bash\nset -euo pipefail\necho \"web up\"\n";

    private EmitFixtures() {}

    static Template network(GenericResource vpc, GenericResource subnet) {
        return Template.builder()
                .description("Network of the demo platform")
                .resource("Vpc", vpc)
                .resource("Subnet", subnet)
                .resource(
                        "Logs",
                        GenericResource.builder("AWS::S3::Bucket")
                                .deletionPolicy(DeletionPolicy.RETAIN)
                                .updateReplacePolicy(DeletionPolicy.RETAIN)
                                .build())
                .output(
                        "VpcCidr",
                        Output.builder(vpc.getAtt("CidrBlock"))
                                .description("The VPC's range")
                                .exportName("demo-dev-vpc-cidr")
                                .build())
                .build();
    }

    static Template app(GenericResource vpc, GenericResource subnet) {
        Parameter<String> ami = Parameter.builder(ParameterType.SSM_IMAGE_ID)
                .description("The AMI of the web instances")
                .build();
        Parameter<String> instanceType =
                Parameter.string().defaultValue("t3.micro").build();
        Parameter<String> keyName =
                Parameter.builder(ParameterType.KEY_PAIR_NAME).build();
        GenericResource sg = GenericResource.builder("AWS::EC2::SecurityGroup")
                .property("GroupDescription", "web")
                .property("VpcId", vpc.ref())
                .build();
        GenericResource role = GenericResource.builder("AWS::IAM::Role")
                .propertyJson(
                        "AssumeRolePolicyDocument",
                        Map.of(
                                "Version",
                                "2012-10-17",
                                "Statement",
                                List.of(Map.of(
                                        "Effect",
                                        "Allow",
                                        "Principal",
                                        Map.of("Service", "ec2.amazonaws.com"),
                                        "Action",
                                        "sts:AssumeRole"))))
                .build();
        GenericResource profile = GenericResource.builder("AWS::IAM::InstanceProfile")
                .property("Roles", Value.list(role.ref()))
                .build();
        GenericResource launchTemplate = GenericResource.builder("AWS::EC2::LaunchTemplate")
                .property("LaunchTemplateName", Fn.sub("${AWS::StackName}-${Role}"))
                .propertyJson(
                        "LaunchTemplateData",
                        Map.of(
                                "ImageId", ami.ref(),
                                "InstanceType", instanceType.ref(),
                                "KeyName", keyName.ref(),
                                "IamInstanceProfile", Map.of("Arn", profile.getAtt("Arn")),
                                "MetadataOptions", Map.of("HttpTokens", "required"),
                                "NetworkInterfaces",
                                        List.of(Map.of(
                                                "DeviceIndex", 0,
                                                "SubnetId", subnet.getAtt("SubnetId"),
                                                "Groups", List.of(sg.getAtt("GroupId"))))))
                .build();
        return Template.builder()
                .parameter("AmiId", ami)
                .parameter("InstanceType", instanceType)
                .parameter("KeyName", keyName)
                .resource("Sg", sg)
                .resource("Role", role)
                .resource("InstanceProfile", profile)
                .resource("LaunchTemplate", launchTemplate)
                .resource(
                        "Ready",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .dependsOn(launchTemplate)
                                .build())
                .output("StackRegion", Output.of(Pseudo.region()))
                .build();
    }

    /** The demo platform, wired; its templates are also written for cfn-lint, as every template a test builds. */
    static CompiledPlatform platform() {
        return platform(Map.of("web", WEB_SCRIPT));
    }

    static CompiledPlatform platform(Map<String, String> userData) {
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
        GenericResource subnet = GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", vpc.ref())
                .property("CidrBlock", "10.0.1.0/24")
                .build();
        List<StackTemplate> stacks = List.of(
                StackTemplate.of("network", network(vpc, subnet), Map.of("tier", "network"), true),
                StackTemplate.of("app", app(vpc, subnet), Map.of("tier", "app"), false));
        Diagnostics diagnostics = new Diagnostics();
        List<WiredStack> wired = new CrossStackWiring(ResourceSpecification.bundled()).run(stacks, diagnostics);
        assertThat(diagnostics.toList()).isEmpty();
        List<WiredStack> withValues = new ArrayList<>();
        for (WiredStack stack : wired) {
            Map<String, ParameterSource> sources = new TreeMap<>(stack.parameterSources());
            if (stack.name().equals("app")) {
                sources.put("AmiId", ParameterSource.value(AMI_PATH));
            }
            withValues.add(new WiredStack(stack.stack(), sources, stack.dependsOn()));
            Conformance.write(
                    "compiler-core/emit-" + stack.name(), stack.stack().template());
        }
        return new CompiledPlatform(
                "demo",
                "dev",
                "eu-west-1",
                Optional.of("123456789012"),
                false,
                Map.of("owner", "platform-team", "cost-center", "42"),
                withValues,
                userData);
    }

    /** One stack with one resource, for the tests that vary a single template. */
    static CompiledPlatform single(String name, Template template, Map<String, String> userData) {
        WiredStack stack = new WiredStack(StackTemplate.of(name, template, Map.of(), false), Map.of(), Set.of());
        return new CompiledPlatform(
                "demo", "dev", "eu-west-1", Optional.empty(), false, Map.of(), List.of(stack), userData);
    }
}
