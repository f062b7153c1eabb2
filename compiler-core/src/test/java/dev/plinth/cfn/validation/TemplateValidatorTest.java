package dev.plinth.cfn.validation;

import static dev.plinth.cfn.validation.Validation.formats;
import static dev.plinth.cfn.validation.Validation.securityGroup;
import static dev.plinth.cfn.validation.Validation.validate;
import static dev.plinth.cfn.validation.Validation.vpc;
import static dev.plinth.cfn.validation.Validation.waitHandle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.Condition;
import dev.plinth.cfn.DeletionPolicy;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Mapping;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateValidatorTest {

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertThat(diagnostics).hasSize(1);
        return diagnostics.get(0);
    }

    @Test
    void findsNothingWrongWithAValidTemplate() {
        Parameter<String> env = Parameter.string()
                .allowedValues("dev", "prod")
                .defaultValue("dev")
                .build();
        Parameter<String> ami = Parameter.builder(ParameterType.SSM_IMAGE_ID)
                .defaultValue("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
                .build();
        Condition prod = Condition.of(Fn.equals(env.ref(), Value.of("prod")));
        Mapping cidrs = Mapping.builder()
                .put("dev", "Vpc", "10.0.0.0/16")
                .put("prod", "Vpc", "10.1.0.0/16")
                .build();
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", Fn.findInMap(cidrs, env.ref(), "Vpc"))
                .property("EnableDnsHostnames", true)
                .property("Tags", Value.list(Tag.of("Name", Fn.sub("${AWS::StackName}-vpc"))))
                .build();
        GenericResource subnet = GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", vpc.ref())
                .property("CidrBlock", Fn.select(0, Fn.cidr(vpc.getAtt("CidrBlock"), 4, 8)))
                .property("AvailabilityZone", Fn.select(0, Fn.getAZs()))
                .build();
        GenericResource sg = securityGroup()
                .property("VpcId", vpc.ref())
                .propertyJson(
                        "SecurityGroupIngress",
                        List.of(Map.of("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443, "CidrIp", "0.0.0.0/0")))
                .build();
        GenericResource instance = GenericResource.builder("AWS::EC2::Instance")
                .property("ImageId", ami.ref())
                .property("InstanceType", Fn.ifCondition(prod, Value.of("m7g.large"), Value.of("t4g.micro")))
                .property("SubnetId", subnet.ref())
                .property("SecurityGroupIds", Value.list(sg.getAtt("GroupId")))
                .property("UserData", Fn.base64(Fn.sub("#!/bin/sh\necho ${Env} in ${AWS::Region}")))
                .dependsOn(sg)
                .deletionPolicy(DeletionPolicy.DELETE)
                .build();
        Template template = Template.builder()
                .description("A small network")
                .parameter("Env", env)
                .parameter("Ami", ami)
                .mapping("Cidrs", cidrs)
                .condition("IsProd", prod)
                .resource("Vpc", vpc)
                .resource("Subnet", subnet)
                .resource("WebSg", sg)
                .resource("Web", instance)
                .resource(
                        "Backup",
                        GenericResource.builder("AWS::S3::Bucket")
                                .condition(prod)
                                .build())
                .output(
                        "VpcId",
                        Output.builder(vpc.ref())
                                .exportName(Fn.sub("${AWS::StackName}-vpc"))
                                .build())
                .output("Ip", Output.of(instance.getAtt("PublicIp")))
                .build();

        assertThat(validate(template)).isEmpty();
    }

    @Test
    void reportsEveryProblemOfATemplateAtOnce() {
        GenericResource strayVpc = vpc();
        Condition missing = Condition.of(Fn.equals(Pseudo.region(), Value.of("eu-west-1")));
        Template template = Template.builder()
                .parameter(
                        "Env",
                        Parameter.string()
                                .allowedValues("dev", "prod")
                                .defaultValue("test")
                                .build())
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlock", Value.strings("10.0.0.0/16"))
                                .property("EnableDnsSupport", 5)
                                .property("Colour", "blue")
                                .build())
                .resource(
                        "Sg",
                        GenericResource.builder("AWS::EC2::SecurityGroup")
                                .property("VpcId", strayVpc.ref())
                                .condition(missing)
                                .build())
                .resource("my_queue", GenericResource.builder("AWS::SQS::Queue").build())
                .resource("Gizmo", GenericResource.builder("Acme::Gizmo").build())
                .output("Text", Output.of(Fn.sub("${Nothing}")))
                .build();

        assertThat(formats(validate(template)))
                .containsExactly(
                        "[INVALID_LOGICAL_ID] app/Resources/my_queue: 'my_queue' is not a logical id: it must be 1 to 255 letters"
                                + " and digits; use 'myqueue'.",
                        "[PARAMETER_DEFAULT_NOT_ALLOWED] app/Parameters/Env/Default: the default 'test' is not one of the allowed"
                                + " values [dev, prod]; choose a default among the allowed values.",
                        "[WRONG_SHAPE] app/Resources/Vpc/Properties/CidrBlock: wants a string, got a list; give one value"
                                + " (Fn::Select picks one from a list, Fn::Join makes one string).",
                        "[WRONG_PRIMITIVE_TYPE] app/Resources/Vpc/Properties/EnableDnsSupport: wants a boolean, got the number 5;"
                                + " give a boolean.",
                        "[UNKNOWN_PROPERTY] app/Resources/Vpc/Properties/Colour: AWS::EC2::VPC has no property 'Colour';"
                                + " remove it; AWS::EC2::VPC has CidrBlock, EnableDnsHostnames, EnableDnsSupport, InstanceTenancy,"
                                + " Ipv4IpamPoolId, Ipv4NetmaskLength, Tags, VpcEncryptionControl.",
                        "[MISSING_REQUIRED_PROPERTY] app/Resources/Sg/Properties/GroupDescription: AWS::EC2::SecurityGroup requires"
                                + " 'GroupDescription' (a string); set GroupDescription.",
                        "[REF_TARGET_MISSING] app/Resources/Sg/Properties/VpcId/Ref: Ref to a resource of type AWS::EC2::VPC that is"
                                + " not in this template; add it to the template, or refer to something that is.",
                        "[CONDITION_MISSING] app/Resources/Sg/Condition: uses a condition that is not in this template;"
                                + " add the condition to the template's conditions.",
                        "[UNKNOWN_RESOURCE_TYPE] app/Resources/Gizmo/Type: 'Acme::Gizmo' is not a resource type of the AWS"
                                + " resource specification 0.1.216; check the type name (AWS::Service::Resource), or use Custom::Name"
                                + " for a custom resource.",
                        "[UNKNOWN_SUB_PLACEHOLDER] app/Outputs/Text/Value/Fn::Sub: ${Nothing} names no variable of this Fn::Sub,"
                                + " parameter, resource or pseudo parameter; add a variable named Nothing to the Fn::Sub, or write"
                                + " ${!Nothing} for the literal text.");
    }

    @Test
    void prefixesEveryPathWithTheLocationGiven() {
        Template template = Template.builder()
                .resource("Vpc", GenericResource.builder("AWS::EC2::VPC").build())
                .build();

        List<Diagnostic> diagnostics = TemplateValidator.bundled().validate(template, "prod/network");

        assertThat(diagnostics).isEmpty();
        List<Diagnostic> broken = TemplateValidator.bundled()
                .validate(
                        Template.builder()
                                .resource(
                                        "Sg",
                                        GenericResource.builder("AWS::EC2::SecurityGroup")
                                                .build())
                                .build(),
                        "prod/network");
        assertThat(single(broken).path()).isEqualTo("prod/network/Resources/Sg/Properties/GroupDescription");
    }

    @Test
    void reportsALogicalIdWithCharactersOtherThanLettersAndDigits() {
        List<Diagnostic> diagnostics = validate(
                Template.builder().resource("web-sg", securityGroup().build()).build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[INVALID_LOGICAL_ID] app/Resources/web-sg: 'web-sg' is not a logical id: it must be 1 to 255 letters"
                                + " and digits; use 'websg'.");
    }

    @Test
    void reportsAnEmptyLogicalId() {
        Diagnostic diagnostic =
                single(validate(Template.builder().resource("", waitHandle()).build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.INVALID_LOGICAL_ID);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/");
        assertThat(diagnostic.fix()).isEqualTo("use 'Resource'");
    }

    @Test
    void reportsALogicalIdLongerThan255Characters() {
        String longId = "A".repeat(256);
        Template template = Template.builder()
                .resource("A".repeat(255), waitHandle())
                .resource(longId, waitHandle())
                .build();

        Diagnostic diagnostic = single(validate(template));
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.INVALID_LOGICAL_ID);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/" + longId);
        assertThat(diagnostic.fix()).isEqualTo("use '" + "A".repeat(255) + "'");
    }

    @Test
    void reportsTwoResourcesUnderOneLogicalId() {
        Template template =
                Template.builder().resource("Vpc", vpc()).resource("Vpc", vpc()).build();

        assertThat(single(validate(template)).format())
                .isEqualTo(
                        "[DUPLICATE_LOGICAL_ID] app/Resources/Vpc: 'Vpc' is already the logical id of an element of Resources;"
                                + " give each element its own logical id.");
    }

    @Test
    void reportsAParameterAndAResourceUnderOneLogicalId() {
        Template template = Template.builder()
                .parameter("Vpc", Parameter.builder(ParameterType.VPC_ID).build())
                .resource("Vpc", vpc())
                .build();

        Diagnostic diagnostic = single(validate(template));
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.DUPLICATE_LOGICAL_ID);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Vpc");
        assertThat(diagnostic.message()).isEqualTo("'Vpc' is already the logical id of an element of Parameters");
    }

    @Test
    void acceptsAnOutputAConditionAndAMappingNamedLikeAResource() {
        GenericResource vpc = vpc();
        Condition always = Condition.of(Fn.equals(Value.of("a"), Value.of("a")));
        Template template = Template.builder()
                .mapping("Vpc", Mapping.builder().put("k", "v", "x").build())
                .condition("Vpc", always)
                .resource("Vpc", vpc)
                .output("Vpc", Output.of(vpc.ref()))
                .build();

        assertThat(validate(template)).isEmpty();
    }

    @Test
    void reportsTwoOutputsUnderOneLogicalId() {
        Template template = Template.builder()
                .resource("Handle", waitHandle())
                .output("Name", Output.of(Value.of("a")))
                .output("Name", Output.of(Value.of("b")))
                .build();

        assertThat(single(validate(template)).format())
                .isEqualTo(
                        "[DUPLICATE_LOGICAL_ID] app/Outputs/Name: 'Name' is already the logical id of an element of Outputs;"
                                + " give each element its own logical id.");
    }

    @Test
    void reportsOneElementAddedUnderTwoLogicalIds() {
        GenericResource vpc = vpc();
        Template template =
                Template.builder().resource("Vpc", vpc).resource("Network", vpc).build();

        assertThat(single(validate(template)).format())
                .isEqualTo("[ELEMENT_ADDED_TWICE] app/Resources/Network: this element was already added as 'Vpc';"
                        + " add it once; build a second element if two are wanted.");
    }

    @Test
    void reportsADefaultThatTheAllowedValuesRefuse() {
        Template template = Template.builder()
                .parameter(
                        "Size",
                        Parameter.string()
                                .allowedValues("small", "large")
                                .defaultValue("medium")
                                .build())
                .resource("Handle", waitHandle())
                .build();

        assertThat(single(validate(template)).format())
                .isEqualTo(
                        "[PARAMETER_DEFAULT_NOT_ALLOWED] app/Parameters/Size/Default: the default 'medium' is not one of the allowed"
                                + " values [small, large]; choose a default among the allowed values.");
    }

    @Test
    void acceptsADefaultWithoutAllowedValuesAndAnAllowedDefault() {
        Template template = Template.builder()
                .parameter("Free", Parameter.string().defaultValue("anything").build())
                .parameter(
                        "Size",
                        Parameter.string()
                                .allowedValues("small", "large")
                                .defaultValue("large")
                                .build())
                .parameter(
                        "NoDefault",
                        Parameter.string().allowedValues("small", "large").build())
                .resource("Handle", waitHandle())
                .build();

        assertThat(validate(template)).isEmpty();
    }
}
