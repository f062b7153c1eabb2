package dev.plinth.cfn.validation;

import static dev.plinth.cfn.validation.Validation.formats;
import static dev.plinth.cfn.validation.Validation.securityGroup;
import static dev.plinth.cfn.validation.Validation.validate;
import static dev.plinth.cfn.validation.Validation.validateResource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.Condition;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.diagnostics.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyValidationTest {

    private static Map<String, Object> ingress(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Java's types refuse mixed Fn::If branches; templates built from plain data can still have them. */
    @SuppressWarnings("unchecked")
    private static Value<Object> untyped(Value<?> value) {
        return (Value<Object>) value;
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertThat(diagnostics).hasSize(1);
        return diagnostics.get(0);
    }

    @Test
    void reportsAResourceTypeTheSpecificationDoesNotHaveWithTheClosestName() {
        List<Diagnostic> diagnostics = validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::Vpcc")
                        .property("CidrBlock", "10.0.0.0/16")
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_RESOURCE_TYPE] app/Resources/Vpc/Type: 'AWS::EC2::Vpcc' is not a resource type of the AWS resource"
                                + " specification 0.1.216; use 'AWS::EC2::VPC'.");
    }

    @Test
    void reportsAResourceTypeFarFromAnyKnownNameWithTheGeneralFix() {
        Diagnostic diagnostic = single(validateResource(
                "Thing", GenericResource.builder("Acme::Widget::Gizmo").build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.UNKNOWN_RESOURCE_TYPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Thing/Type");
        assertThat(diagnostic.fix())
                .isEqualTo("check the type name (AWS::Service::Resource), or use Custom::Name for a custom resource");
    }

    @Test
    void reportsABareCustomPrefixAsAnUnknownType() {
        Diagnostic diagnostic = single(
                validateResource("Thing", GenericResource.builder("Custom::").build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.UNKNOWN_RESOURCE_TYPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Thing/Type");
    }

    @Test
    void reportsAMistypedPropertyWithTheClosestName() {
        List<Diagnostic> diagnostics = validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::VPC")
                        .property("CidrBlock", "10.0.0.0/16")
                        .property("EnableDnsSuport", true)
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_PROPERTY] app/Resources/Vpc/Properties/EnableDnsSuport: AWS::EC2::VPC has no property 'EnableDnsSuport';"
                                + " use 'EnableDnsSupport'.");
    }

    @Test
    void reportsAPropertyFarFromAnyKnownNameListingTheFirstEightProperties() {
        List<Diagnostic> diagnostics = validateResource(
                "Topic",
                GenericResource.builder("AWS::SNS::Topic")
                        .property("Colour", "blue")
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_PROPERTY] app/Resources/Topic/Properties/Colour: AWS::SNS::Topic has no property 'Colour';"
                                + " remove it; AWS::SNS::Topic has ArchivePolicy, ContentBasedDeduplication, DataProtectionPolicy,"
                                + " DeliveryStatusLogging, DisplayName, FifoThroughputScope, FifoTopic, KmsMasterKeyId, ….");
    }

    @Test
    void reportsAnUnknownPropertyInsideANestedPropertyType() {
        List<Diagnostic> diagnostics = validateResource(
                "Sg",
                securityGroup()
                        .propertyJson("SecurityGroupIngress", List.of(ingress("IpProtocol", "tcp", "FromPortt", 22)))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_PROPERTY] app/Resources/Sg/Properties/SecurityGroupIngress[0]/FromPortt: Ingress has no property"
                                + " 'FromPortt'; use 'FromPort'.");
    }

    @Test
    void reportsAMissingRequiredProperty() {
        List<Diagnostic> diagnostics = validateResource(
                "Sg",
                GenericResource.builder("AWS::EC2::SecurityGroup")
                        .property("VpcId", "vpc-1")
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[MISSING_REQUIRED_PROPERTY] app/Resources/Sg/Properties/GroupDescription: AWS::EC2::SecurityGroup requires"
                                + " 'GroupDescription' (a string); set GroupDescription.");
    }

    @Test
    void reportsAMissingRequiredPropertyInsideANestedObject() {
        List<Diagnostic> diagnostics = validateResource(
                "Sg",
                securityGroup()
                        .propertyJson(
                                "SecurityGroupIngress",
                                List.of(
                                        ingress("IpProtocol", "tcp", "FromPort", 22, "ToPort", 22),
                                        ingress("FromPort", 443, "ToPort", 443)))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[MISSING_REQUIRED_PROPERTY] app/Resources/Sg/Properties/SecurityGroupIngress[1]/IpProtocol: Ingress requires"
                                + " 'IpProtocol' (a string); set IpProtocol.");
    }

    @Test
    void describesAUnionInAMissingRequiredProperty() {
        List<Diagnostic> diagnostics = validateResource(
                "Role",
                GenericResource.builder("AWS::IAM::Role")
                        .propertyJson("AssumeRolePolicyDocument", Map.of("Version", "2012-10-17"))
                        .propertyJson("Policies", List.of(Map.of("PolicyName", "read")))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[MISSING_REQUIRED_PROPERTY] app/Resources/Role/Properties/Policies[0]/PolicyDocument: Policy requires"
                                + " 'PolicyDocument' (a JSON value or a string); set PolicyDocument.");
    }

    @Test
    void reportsAListWhereAStringIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::VPC")
                        .property("CidrBlock", Value.strings("10.0.0.0/16", "10.1.0.0/16"))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[WRONG_SHAPE] app/Resources/Vpc/Properties/CidrBlock: wants a string, got a list; give one value"
                                + " (Fn::Select picks one from a list, Fn::Join makes one string).");
    }

    @Test
    void reportsAFunctionYieldingAListWhereAStringIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Subnet",
                GenericResource.builder("AWS::EC2::Subnet")
                        .property("VpcId", "vpc-1")
                        .property("AvailabilityZone", Fn.getAZs())
                        .build());

        Diagnostic diagnostic = single(diagnostics);
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_SHAPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Subnet/Properties/AvailabilityZone");
        assertThat(diagnostic.message()).isEqualTo("wants a string, got a function that yields a list");
    }

    @Test
    void reportsAListParameterWhereAStringIsWanted() {
        Parameter<List<String>> subnets =
                Parameter.builder(ParameterType.SUBNET_ID_LIST).build();
        Template template = Template.builder()
                .parameter("Subnets", subnets)
                .resource(
                        "Sg", securityGroup().property("VpcId", Fn.ref(subnets)).build())
                .build();

        Diagnostic diagnostic = single(validate(template));
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_SHAPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Sg/Properties/VpcId");
        assertThat(diagnostic.message()).contains("got a function that yields a list");
    }

    @Test
    void reportsAnObjectWhereAStringIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::VPC")
                        .propertyJson("CidrBlock", Map.of("Block", "10.0.0.0/16"))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[WRONG_SHAPE] app/Resources/Vpc/Properties/CidrBlock: wants a string, got an object; give a string.");
    }

    @Test
    void reportsAStringWhereAListIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Sg", securityGroup().property("SecurityGroupIngress", "tcp/22").build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[WRONG_SHAPE] app/Resources/Sg/Properties/SecurityGroupIngress: wants a list of Ingress objects, got a single"
                                + " value; give a list (Value.list(…), or a function that yields one such as Fn::Split).");
    }

    @Test
    void reportsAStringWhereAPropertyTypeObjectIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Subnet",
                GenericResource.builder("AWS::EC2::Subnet")
                        .property("VpcId", "vpc-1")
                        .property("PrivateDnsNameOptionsOnLaunch", "ip-name")
                        .build());

        Diagnostic diagnostic = single(diagnostics);
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_SHAPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Subnet/Properties/PrivateDnsNameOptionsOnLaunch");
        assertThat(diagnostic.message())
                .isEqualTo("wants an object of type PrivateDnsNameOptionsOnLaunch, got a single value");
    }

    @Test
    void reportsAnObjectOfTheWrongPropertyType() {
        TestPropertyObject egress = TestPropertyObject.builder("Egress")
                .with("IpProtocol", Value.of("tcp"))
                .with("DestinationPrefixListId", Value.of("pl-1"))
                .build();
        List<Diagnostic> diagnostics = validateResource(
                "Sg",
                securityGroup()
                        .property("SecurityGroupIngress", Value.list(egress))
                        .build());

        Diagnostic diagnostic = single(diagnostics);
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_SHAPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Sg/Properties/SecurityGroupIngress[0]");
        assertThat(diagnostic.message()).isEqualTo("wants an object of type Ingress, got an object of type Egress");
    }

    @Test
    void checksTheContentOfAPropertyObjectOfTheRightType() {
        TestPropertyObject ingress = TestPropertyObject.builder("Ingress")
                .with("IpProtocol", Value.of("tcp"))
                .with("FromPort", Value.of("twenty-two"))
                .build();
        List<Diagnostic> diagnostics = validateResource(
                "Sg",
                securityGroup()
                        .property("SecurityGroupIngress", Value.list(ingress))
                        .build());

        assertThat(formats(diagnostics))
                .containsExactly(
                        "[WRONG_PRIMITIVE_TYPE] app/Resources/Sg/Properties/SecurityGroupIngress[0]/FromPort: wants an integer,"
                                + " got the text \"twenty-two\"; give an integer.");
    }

    @Test
    void reportsAPlainStringWhereATagIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::VPC")
                        .property("CidrBlock", "10.0.0.0/16")
                        .propertyJson("Tags", List.of(Tag.of("team", "core"), Value.of("env=prod")))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[WRONG_SHAPE] app/Resources/Vpc/Properties/Tags[1]: wants a tag (Key and Value), got a single value;"
                                + " give a tag (Tag.of(key, value)).");
    }

    @Test
    void reportsAnObjectWithoutKeyAndValueWhereATagIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::VPC")
                        .property("CidrBlock", "10.0.0.0/16")
                        .propertyJson("Tags", List.of(Map.of("Name", "core")))
                        .build());

        Diagnostic diagnostic = single(diagnostics);
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_SHAPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Vpc/Properties/Tags[0]");
        assertThat(diagnostic.message()).isEqualTo("wants a tag (Key and Value), got an object");
    }

    @Test
    void reportsAListWhereAMapIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Param",
                GenericResource.builder("AWS::SSM::Parameter")
                        .property("Type", "String")
                        .property("Value", "v")
                        .property("Tags", Value.strings("team=core"))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo("[WRONG_SHAPE] app/Resources/Param/Properties/Tags: wants a map of strings, got a list;"
                        + " give an object of key-value pairs (Value.map(…)).");
    }

    @Test
    void checksEachValueOfAMap() {
        List<Diagnostic> diagnostics = validateResource(
                "Param",
                GenericResource.builder("AWS::SSM::Parameter")
                        .property("Type", "String")
                        .property("Value", "v")
                        .propertyJson("Tags", Map.of("team", "core", "owners", List.of("a", "b")))
                        .build());

        Diagnostic diagnostic = single(diagnostics);
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_SHAPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Param/Properties/Tags/owners");
        assertThat(diagnostic.message()).isEqualTo("wants a string, got a list");
    }

    @Test
    void reportsTextWhereAnIntegerIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Sg",
                securityGroup()
                        .propertyJson(
                                "SecurityGroupIngress",
                                List.of(ingress("IpProtocol", "tcp", "FromPort", "abc", "ToPort", 22)))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[WRONG_PRIMITIVE_TYPE] app/Resources/Sg/Properties/SecurityGroupIngress[0]/FromPort: wants an integer,"
                                + " got the text \"abc\"; give an integer.");
    }

    @Test
    void reportsANumberWhereABooleanIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::VPC")
                        .property("CidrBlock", "10.0.0.0/16")
                        .property("EnableDnsSupport", 5)
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[WRONG_PRIMITIVE_TYPE] app/Resources/Vpc/Properties/EnableDnsSupport: wants a boolean, got the number 5;"
                                + " give a boolean.");
    }

    @Test
    void reportsAFractionWhereAnIntegerIsWanted() {
        List<Diagnostic> diagnostics = validateResource(
                "Queue",
                GenericResource.builder("AWS::SQS::Queue")
                        .property("DelaySeconds", Value.of(1.5))
                        .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[WRONG_PRIMITIVE_TYPE] app/Resources/Queue/Properties/DelaySeconds: wants an integer, got the number 1.5;"
                                + " give an integer.");
    }

    @Test
    void reportsABooleanWhereAnIntegerIsWanted() {
        Diagnostic diagnostic = single(validateResource(
                "Queue",
                GenericResource.builder("AWS::SQS::Queue")
                        .property("VisibilityTimeout", true)
                        .build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_PRIMITIVE_TYPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Queue/Properties/VisibilityTimeout");
        assertThat(diagnostic.message()).isEqualTo("wants an integer, got the boolean true");
    }

    @Test
    void reportsTextThatIsNoBoolean() {
        Diagnostic diagnostic = single(validateResource(
                "Vpc",
                GenericResource.builder("AWS::EC2::VPC")
                        .property("CidrBlock", "10.0.0.0/16")
                        .property("EnableDnsHostnames", "yes")
                        .build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.WRONG_PRIMITIVE_TYPE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Vpc/Properties/EnableDnsHostnames");
        assertThat(diagnostic.message()).contains("wants a boolean").contains("\"yes\"");
    }

    @Test
    void acceptsNumericStringsForIntegersAndTextualBooleans() {
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource(
                        "Sg",
                        securityGroup()
                                .propertyJson(
                                        "SecurityGroupIngress",
                                        List.of(ingress("IpProtocol", "tcp", "FromPort", "22", "ToPort", "-1")))
                                .build())
                .resource(
                        "Queue",
                        GenericResource.builder("AWS::SQS::Queue")
                                .property("DelaySeconds", Value.of(5.0))
                                .property("SqsManagedSseEnabled", "TRUE")
                                .build())
                .build());

        assertThat(diagnostics).isEmpty();
    }

    @Test
    void checksBothBranchesOfFnIf() {
        Condition prod = Condition.of(Fn.equals(Pseudo.region(), Value.of("eu-west-1")));
        List<Diagnostic> diagnostics = validate(Template.builder()
                .condition("IsProd", prod)
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property(
                                        "CidrBlock",
                                        Fn.ifCondition(prod, Value.of("10.0.0.0/16"), Value.of("10.1.0.0/16")))
                                .property(
                                        "EnableDnsSupport",
                                        Fn.ifCondition(prod, untyped(Value.of(true)), untyped(Value.of(3))))
                                .property(
                                        "InstanceTenancy",
                                        Fn.ifCondition(
                                                prod,
                                                untyped(Value.strings("default")),
                                                untyped(Value.of("dedicated"))))
                                .build())
                .build());

        assertThat(formats(diagnostics))
                .containsExactly(
                        "[WRONG_PRIMITIVE_TYPE] app/Resources/Vpc/Properties/EnableDnsSupport/Fn::If[2]: wants a boolean,"
                                + " got the number 3; give a boolean.",
                        "[WRONG_SHAPE] app/Resources/Vpc/Properties/InstanceTenancy/Fn::If[1]: wants a string, got a list;"
                                + " give one value (Fn::Select picks one from a list, Fn::Join makes one string).");
    }

    @Test
    void acceptsNoValueAnywhere() {
        Condition prod = Condition.of(Fn.equals(Pseudo.region(), Value.of("eu-west-1")));
        List<Diagnostic> diagnostics = validate(Template.builder()
                .condition("IsProd", prod)
                .resource(
                        "Sg",
                        securityGroup()
                                .property("VpcId", Pseudo.noValue())
                                .property("Tags", Pseudo.noValue())
                                .property("SecurityGroupIngress", Value.list(Pseudo.noValue()))
                                .propertyJson(
                                        "SecurityGroupEgress",
                                        List.of(ingress("IpProtocol", "-1", "CidrIp", Pseudo.noValue())))
                                .build())
                .resource(
                        "Subnet",
                        GenericResource.builder("AWS::EC2::Subnet")
                                .property("VpcId", "vpc-1")
                                .property(
                                        "PrivateDnsNameOptionsOnLaunch",
                                        Fn.ifCondition(prod, Pseudo.noValue(), Value.json(Map.of())))
                                .property(
                                        "MapPublicIpOnLaunch", Fn.ifCondition(prod, Value.of(false), Pseudo.noValue()))
                                .build())
                .build());

        assertThat(diagnostics).isEmpty();
    }

    @Test
    void acceptsCustomResourceTypesWithAnyProperties() {
        List<Diagnostic> diagnostics = validateResource(
                "Lookup",
                GenericResource.builder("Custom::AmiLookup")
                        .property("ServiceToken", "arn:aws:lambda:eu-west-1:123456789012:function:lookup")
                        .propertyJson("Anything", Map.of("Nested", List.of(1, 2, 3)))
                        .build());

        assertThat(diagnostics).isEmpty();
    }

    @Test
    void acceptsBothAnObjectAndAStringForAUnionOfJsonAndString() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource(
                        "FromObject",
                        GenericResource.builder("AWS::IAM::Role")
                                .propertyJson(
                                        "AssumeRolePolicyDocument",
                                        Map.of("Version", "2012-10-17", "Statement", List.of()))
                                .build())
                .resource(
                        "FromString",
                        GenericResource.builder("AWS::IAM::Role")
                                .property("AssumeRolePolicyDocument", policy)
                                .build())
                .resource(
                        "FromFunction",
                        GenericResource.builder("AWS::IAM::Role")
                                .property(
                                        "AssumeRolePolicyDocument",
                                        Fn.sub(policy.replace("[]", "[\"${AWS::Region}\"]")))
                                .build())
                .build());

        assertThat(diagnostics).isEmpty();
    }

    @Test
    void acceptsFunctionsThatYieldTheWantedShape() {
        Parameter<List<String>> groups =
                Parameter.builder(ParameterType.SECURITY_GROUP_ID_LIST).build();
        Parameter<String> cidr = Parameter.string().defaultValue("10.0.0.0/16").build();
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", Fn.ref(cidr))
                .build();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .parameter("Groups", groups)
                .parameter("Cidr", cidr)
                .resource("Vpc", vpc)
                .resource(
                        "Subnet",
                        GenericResource.builder("AWS::EC2::Subnet")
                                .property("VpcId", vpc.ref())
                                .property("CidrBlock", Fn.select(0, Fn.cidr(vpc.getAtt("CidrBlock"), 4, 8)))
                                .property("AvailabilityZone", Fn.select(1, Fn.getAZs()))
                                .build())
                .resource(
                        "Instance",
                        GenericResource.builder("AWS::EC2::Instance")
                                .property("SecurityGroupIds", Fn.ref(groups))
                                .property("SecurityGroups", Fn.split(",", Fn.importValue("groups")))
                                .property(
                                        "UserData",
                                        Fn.base64(Fn.join("\n", Value.of("#!/bin/sh"), Value.of("echo hi"))))
                                .build())
                .build());

        assertThat(diagnostics).isEmpty();
    }
}
