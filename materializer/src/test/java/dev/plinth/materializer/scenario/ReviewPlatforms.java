package dev.plinth.materializer.scenario;

import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CrossStackWiring;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.compiler.WiredStack;
import dev.plinth.compiler.emit.Emit;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.manifest.TemplateFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform of the plan renderings: a network, an app stack (a security group, a role, a
 * launch template and an auto scaling group), a bastion and a cache stack, all three reading the
 * network's VPC, and a protected database.
 * Each knob is one change a reviewer must read right.
 */
final class ReviewPlatforms {
    String vpcCidr = "10.0.0.0/16";
    String instanceType = "t3.small";
    String minSize = "2";
    String engineVersion = "15.4";
    boolean storageEncrypted = true;
    boolean wildcardPolicy = false;
    boolean sshFromWorld = false;
    boolean withData = true;

    private static String pascal(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    Path write(Path dir) {
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", vpcCidr)
                .build();
        List<Object> ingress = new ArrayList<>(
                List.of(Map.of("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443, "CidrIp", "10.0.0.0/8")));
        if (sshFromWorld) {
            ingress.add(Map.of("IpProtocol", "tcp", "FromPort", 22, "ToPort", 22, "CidrIp", "0.0.0.0/0"));
        }
        GenericResource group = GenericResource.builder("AWS::EC2::SecurityGroup")
                .property("GroupDescription", "app")
                .property("VpcId", vpc.ref())
                .propertyJson("SecurityGroupIngress", ingress)
                .build();
        List<Object> statements = new ArrayList<>(List.of(
                Map.of("Effect", "Allow", "Action", "s3:GetObject", "Resource", "arn:aws:s3:::shop-artifacts/app/*")));
        if (wildcardPolicy) {
            statements.add(Map.of("Effect", "Allow", "Action", "s3:*", "Resource", "*"));
        }
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
                .propertyJson(
                        "Policies",
                        List.of(Map.of(
                                "PolicyName",
                                "read-artifacts",
                                "PolicyDocument",
                                Map.of("Version", "2012-10-17", "Statement", statements))))
                .build();
        GenericResource launchTemplate = GenericResource.builder("AWS::EC2::LaunchTemplate")
                .propertyJson(
                        "LaunchTemplateData", Map.of("InstanceType", instanceType, "ImageId", "ami-0123456789abcdef0"))
                .build();
        GenericResource fleet = GenericResource.builder("AWS::AutoScaling::AutoScalingGroup")
                .property("MinSize", minSize)
                .property("MaxSize", "6")
                .propertyJson("AvailabilityZones", List.of("eu-west-1a"))
                .propertyJson(
                        "LaunchTemplate",
                        Map.of(
                                "LaunchTemplateId",
                                launchTemplate.ref(),
                                "Version",
                                launchTemplate.getAtt("LatestVersionNumber")))
                .build();
        Template app = Template.builder()
                .resource("AppSecurityGroup", group)
                .resource("AppRole", role)
                .resource("AppLaunchTemplate", launchTemplate)
                .resource("AppFleet", fleet)
                .build();
        List<StackTemplate> stacks = new ArrayList<>(List.of(
                StackTemplate.of(
                        "network", Template.builder().resource("Vpc", vpc).build(), Map.of(), false),
                StackTemplate.of("app", app, Map.of(), false)));
        for (String stack : List.of("bastion", "cache")) {
            GenericResource inVpc = GenericResource.builder("AWS::EC2::SecurityGroup")
                    .property("GroupDescription", stack)
                    .property("VpcId", vpc.ref())
                    .build();
            stacks.add(StackTemplate.of(
                    stack,
                    Template.builder()
                            .resource(pascal(stack) + "SecurityGroup", inVpc)
                            .build(),
                    Map.of(),
                    false));
        }
        if (withData) {
            GenericResource cluster = GenericResource.builder("AWS::RDS::DBCluster")
                    .property("Engine", "aurora-postgresql")
                    .property("EngineVersion", engineVersion)
                    .property("StorageEncrypted", storageEncrypted)
                    .property("MasterUsername", "shop")
                    .property("ManageMasterUserPassword", true)
                    .build();
            stacks.add(StackTemplate.of(
                    "data", Template.builder().resource("Database", cluster).build(), Map.of(), true));
        }
        Diagnostics diagnostics = new Diagnostics();
        List<WiredStack> wired = new CrossStackWiring(ResourceSpecification.bundled()).run(stacks, diagnostics);
        CompiledPlatform platform =
                new CompiledPlatform("shop", "prod", "eu-west-1", Optional.empty(), false, Map.of(), wired, Map.of());
        Pipeline<RenderedOutput> emitted = Emit.render(platform, TemplateFormat.JSON);
        diagnostics.addAll(emitted.diagnostics());
        emitted.value().flatMap(output -> OutputWriter.write(output, dir)).ifPresent(diagnostics::report);
        List<String> errors = new ArrayList<>();
        diagnostics.toList().stream().filter(Diagnostic::isError).forEach(d -> errors.add(d.format()));
        if (!errors.isEmpty()) {
            throw new IllegalStateException(String.join("\n", errors));
        }
        return dir;
    }
}
