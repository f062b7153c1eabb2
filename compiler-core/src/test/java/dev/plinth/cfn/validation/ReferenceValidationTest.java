package dev.plinth.cfn.validation;

import static dev.plinth.cfn.validation.Validation.formats;
import static dev.plinth.cfn.validation.Validation.securityGroup;
import static dev.plinth.cfn.validation.Validation.validate;
import static dev.plinth.cfn.validation.Validation.vpc;
import static dev.plinth.cfn.validation.Validation.waitHandle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.Condition;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Mapping;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceValidationTest {

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertThat(diagnostics).hasSize(1);
        return diagnostics.get(0);
    }

    private static GenericResource subnetIn(Value<String> vpcId) {
        return GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", vpcId)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static Value<String> asString(Value<?> value) {
        return (Value<String>) value;
    }

    @Test
    void reportsARefToAResourceThatIsNotInTheTemplate() {
        GenericResource strayVpc = vpc();
        List<Diagnostic> diagnostics = validate(
                Template.builder().resource("Subnet", subnetIn(strayVpc.ref())).build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[REF_TARGET_MISSING] app/Resources/Subnet/Properties/VpcId/Ref: Ref to a resource of type AWS::EC2::VPC"
                                + " that is not in this template; add it to the template, or refer to something that is.");
    }

    @Test
    void reportsARefToAParameterThatIsNotInTheTemplate() {
        Parameter<String> vpcId = Parameter.string().build();
        List<Diagnostic> diagnostics = validate(
                Template.builder().resource("Subnet", subnetIn(vpcId.ref())).build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[REF_TARGET_MISSING] app/Resources/Subnet/Properties/VpcId/Ref: Ref to a parameter of type String"
                                + " that is not in this template; add it to the template, or refer to something that is.");
    }

    @Test
    void reportsMissingReferencesInOutputsAndConditions() {
        Parameter<String> env = Parameter.string().build();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .condition("IsProd", Condition.of(Fn.equals(env.ref(), Value.of("prod"))))
                .resource("Handle", waitHandle())
                .output("VpcId", Output.of(vpc().ref()))
                .build());

        assertThat(diagnostics)
                .extracting(Diagnostic::code)
                .containsExactly(TemplateCode.REF_TARGET_MISSING, TemplateCode.REF_TARGET_MISSING);
        assertThat(diagnostics)
                .extracting(Diagnostic::path)
                .containsExactly("app/Conditions/IsProd/Fn::Equals[0]/Ref", "app/Outputs/VpcId/Value/Ref");
    }

    @Test
    void reportsAGetAttOfAResourceThatIsNotInTheTemplate() {
        GenericResource strayVpc = vpc();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource(
                        "Subnet",
                        GenericResource.builder("AWS::EC2::Subnet")
                                .property("VpcId", "vpc-1")
                                .property("CidrBlock", Fn.select(0, Fn.cidr(strayVpc.getAtt("CidrBlock"), 2, 8)))
                                .build())
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[GETATT_TARGET_MISSING] app/Resources/Subnet/Properties/CidrBlock/Fn::Select[1]/Fn::Cidr[0]/Fn::GetAtt:"
                                + " GetAtt CidrBlock of a resource of type AWS::EC2::VPC that is not in this template;"
                                + " add the resource to the template, or read the attribute of one that is.");
    }

    @Test
    void reportsAMistypedAttributeWithTheClosestName() {
        GenericResource vpc = vpc();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Vpc", vpc)
                .output("Cidr", Output.of(vpc.getAtt("CidrBlok")))
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_ATTRIBUTE] app/Outputs/Cidr/Value/Fn::GetAtt: AWS::EC2::VPC (Vpc) has no attribute 'CidrBlok';"
                                + " use 'CidrBlock'.");
    }

    @Test
    void listsTheAttributesWhenNoneIsClose() {
        GenericResource handle = waitHandle();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Handle", handle)
                .output("Url", Output.of(handle.getAtt("SignedUrl")))
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_ATTRIBUTE] app/Outputs/Url/Value/Fn::GetAtt: AWS::CloudFormation::WaitConditionHandle (Handle)"
                                + " has no attribute 'SignedUrl'; use one of Id.");
    }

    @Test
    void reportsAnUnknownAttributeNamedInASubPlaceholder() {
        GenericResource vpc = vpc();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Vpc", vpc)
                .output("Cidr", Output.of(Fn.sub("cidr ${Vpc.CidrBlock} and ${Vpc.Cidr}")))
                .build());

        Diagnostic diagnostic = single(diagnostics);
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.UNKNOWN_ATTRIBUTE);
        assertThat(diagnostic.path()).isEqualTo("app/Outputs/Cidr/Value/Fn::Sub");
        assertThat(diagnostic.message()).isEqualTo("AWS::EC2::VPC (Vpc) has no attribute 'Cidr'");
    }

    @Test
    void reportsAMistypedSubPlaceholderWithTheClosestName() {
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Bucket", GenericResource.builder("AWS::S3::Bucket").build())
                .output("Objects", Output.of(Fn.sub("arn:${AWS::Partition}:s3:::${Bukcet}/*")))
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_SUB_PLACEHOLDER] app/Outputs/Objects/Value/Fn::Sub: ${Bukcet} names no variable of this Fn::Sub,"
                                + " parameter, resource or pseudo parameter; use 'Bucket'.");
    }

    @Test
    void suggestsAVariableOrAnEscapeForAPlaceholderThatNamesNothing() {
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Handle", waitHandle())
                .output("Greeting", Output.of(Fn.sub("${Greeting}, ${Name}!", Map.of("Name", Value.of("world")))))
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[UNKNOWN_SUB_PLACEHOLDER] app/Outputs/Greeting/Value/Fn::Sub: ${Greeting} names no variable of this Fn::Sub,"
                                + " parameter, resource or pseudo parameter; add a variable named Greeting to the Fn::Sub,"
                                + " or write ${!Greeting} for the literal text.");
    }

    @Test
    void reportsAnAttributePlaceholderOnAParameter() {
        Parameter<String> env = Parameter.string().build();
        Diagnostic diagnostic = single(validate(Template.builder()
                .parameter("Env", env)
                .resource("Handle", waitHandle())
                .output("Name", Output.of(Fn.sub("${Env.Name}")))
                .build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.UNKNOWN_SUB_PLACEHOLDER);
        assertThat(diagnostic.path()).isEqualTo("app/Outputs/Name/Value/Fn::Sub");
        assertThat(diagnostic.message()).startsWith("${Env.Name} names no variable");
    }

    @Test
    void acceptsEveryKindOfSubPlaceholder() {
        Parameter<String> env = Parameter.string().build();
        GenericResource vpc = vpc();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .parameter("Env", env)
                .resource("Vpc", vpc)
                .output(
                        "All",
                        Output.of(Fn.sub(
                                "${AWS::Region} ${AWS::AccountId} ${Env} ${Vpc} ${Vpc.CidrBlock} ${!Literal} ${ Suffix }",
                                Map.of("Suffix", Pseudo.stackName()))))
                .build());

        assertThat(diagnostics).isEmpty();
    }

    @Test
    void reportsADependsOnAResourceThatIsNotInTheTemplate() {
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource(
                        "Handle",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .dependsOn(vpc())
                                .build())
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[DEPENDS_ON_TARGET_MISSING] app/Resources/Handle/DependsOn: depends on a resource of type AWS::EC2::VPC"
                                + " that is not in this template; add the resource to the template, or remove it from DependsOn.");
    }

    @Test
    void reportsACycleThroughDependsOn() {
        GenericResource beta = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .metadata("After", Fn.sub("${Alpha}"))
                .build();
        GenericResource alpha = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .dependsOn(beta)
                .build();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Beta", beta)
                .resource("Alpha", alpha)
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[DEPENDENCY_CYCLE] app/Resources/Alpha: resources depend on each other in a circle: Alpha -> Beta -> Alpha;"
                                + " break the circle: remove a DependsOn, or move a reference (a security group rule into its own resource,"
                                + " for example).");
    }

    @Test
    void reportsACycleThroughRefAndGetAtt() {
        GenericResource web = securityGroup().property("VpcId", Fn.sub("${Db}")).build();
        GenericResource db = securityGroup()
                .propertyJson(
                        "SecurityGroupIngress",
                        List.of(Map.of(
                                "IpProtocol",
                                "tcp",
                                "FromPort",
                                5432,
                                "ToPort",
                                5432,
                                "SourceSecurityGroupId",
                                web.getAtt("GroupId"))))
                .build();
        GenericResource app = securityGroup().property("VpcId", db.ref()).build();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Web", web)
                .resource("Db", db)
                .resource("App", app)
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[DEPENDENCY_CYCLE] app/Resources/Db: resources depend on each other in a circle: Db -> Web -> Db;"
                                + " break the circle: remove a DependsOn, or move a reference (a security group rule into its own resource,"
                                + " for example).");
    }

    @Test
    void reportsAResourceThatRefersToItself() {
        GenericResource sg = securityGroup()
                .property("Tags", Value.list(Tag.of("Self", Fn.sub("${Sg.GroupId}"))))
                .build();
        Diagnostic diagnostic =
                single(validate(Template.builder().resource("Sg", sg).build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.DEPENDENCY_CYCLE);
        assertThat(diagnostic.path()).isEqualTo("app/Resources/Sg");
        assertThat(diagnostic.message()).isEqualTo("resources depend on each other in a circle: Sg -> Sg");
    }

    @Test
    void reportsEachSeparateCycleWithItsShortestPath() {
        GenericResource c = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .metadata("Next", Fn.sub("${A} ${X}"))
                .build();
        GenericResource b = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .dependsOn(c)
                .build();
        GenericResource a = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .dependsOn(b)
                .build();
        GenericResource y = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .metadata("Next", Fn.sub("${X}"))
                .build();
        GenericResource x = GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .dependsOn(y)
                .build();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("C", c)
                .resource("B", b)
                .resource("A", a)
                .resource("Y", y)
                .resource("X", x)
                .build());

        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(TemplateCode.DEPENDENCY_CYCLE);
        assertThat(diagnostics)
                .extracting(Diagnostic::message)
                .containsExactly(
                        "resources depend on each other in a circle: A -> B -> C -> A",
                        "resources depend on each other in a circle: X -> Y -> X");
    }

    @Test
    void acceptsSharedDependenciesThatFormNoCircle() {
        GenericResource vpc = vpc();
        GenericResource sg = securityGroup().property("VpcId", vpc.ref()).build();
        GenericResource subnet = GenericResource.builder("AWS::EC2::Subnet")
                .property("VpcId", vpc.ref())
                .property("CidrBlock", Fn.sub("${Vpc.CidrBlock}"))
                .dependsOn(sg)
                .build();

        assertThat(validate(Template.builder()
                        .resource("Vpc", vpc)
                        .resource("Sg", sg)
                        .resource("Subnet", subnet)
                        .build()))
                .isEmpty();
    }

    @Test
    void reportsAResourceConditionThatIsNotInTheTemplate() {
        Condition prod = Condition.of(Fn.equals(Pseudo.region(), Value.of("eu-west-1")));
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource(
                        "Handle",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .condition(prod)
                                .build())
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[CONDITION_MISSING] app/Resources/Handle/Condition: uses a condition that is not in this template;"
                                + " add the condition to the template's conditions.");
    }

    @Test
    void reportsMissingConditionsOfFnIfOutputsAndOtherConditions() {
        Condition prod = Condition.of(Fn.equals(Pseudo.region(), Value.of("eu-west-1")));
        Condition big = Condition.of(Fn.equals(Pseudo.accountId(), Value.of("123456789012")));
        List<Diagnostic> diagnostics = validate(Template.builder()
                .condition("Big", big)
                .condition("Both", Condition.of(Fn.and(Fn.condition(big), Fn.not(Fn.condition(prod)))))
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property(
                                        "CidrBlock",
                                        Fn.ifCondition(prod, Value.of("10.0.0.0/16"), Value.of("10.1.0.0/16")))
                                .build())
                .output(
                        "Region",
                        Output.builder(Pseudo.region()).condition(prod).build())
                .build());

        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(TemplateCode.CONDITION_MISSING);
        assertThat(diagnostics)
                .extracting(Diagnostic::path)
                .containsExactly(
                        "app/Conditions/Both/Fn::And[1]/Fn::Not/Condition",
                        "app/Resources/Vpc/Properties/CidrBlock/Fn::If",
                        "app/Outputs/Region/Condition");
    }

    @Test
    void reportsAFindInMapOfAMappingThatIsNotInTheTemplate() {
        Mapping cidrs =
                Mapping.builder().put("eu-west-1", "Cidr", "10.0.0.0/16").build();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlock", Fn.findInMap(cidrs, Pseudo.region(), "Cidr"))
                                .build())
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[MAPPING_MISSING] app/Resources/Vpc/Properties/CidrBlock/Fn::FindInMap: Fn::FindInMap reads a mapping that"
                                + " is not in this template; add the mapping to the template.");
    }

    @Test
    void reportsAFindInMapOfLiteralKeysTheMappingDoesNotHave() {
        Mapping cidrs =
                Mapping.builder().put("eu-west-1", "Cidr", "10.0.0.0/16").build();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .mapping("RegionCidrs", cidrs)
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlock", Fn.findInMap(cidrs, Value.of("eu-west-1"), "Cird"))
                                .build())
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[MAPPING_MISSING] app/Resources/Vpc/Properties/CidrBlock/Fn::FindInMap: mapping RegionCidrs has no entry"
                                + " eu-west-1/Cird; add the entry to the mapping, or use a key it has.");
    }

    @Test
    void reportsAMissingTopLevelKeyOfAFindInMap() {
        Mapping cidrs =
                Mapping.builder().put("eu-west-1", "Cidr", "10.0.0.0/16").build();
        Diagnostic diagnostic = single(validate(Template.builder()
                .mapping("RegionCidrs", cidrs)
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlock", Fn.findInMap(cidrs, Value.of("us-east-1"), "Cidr"))
                                .build())
                .build()));

        assertThat(diagnostic.code()).isEqualTo(TemplateCode.MAPPING_MISSING);
        assertThat(diagnostic.message()).isEqualTo("mapping RegionCidrs has no entry us-east-1/Cidr");
    }

    @Test
    void reportsAListAsAnOutputValue() {
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Handle", waitHandle())
                .output("Names", Output.of(asString(Value.strings("a", "b"))))
                .build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[OUTPUT_NOT_STRING] app/Outputs/Names/Value: an output value must be a string, this is a list;"
                                + " join a list into one string with Fn.join(\",\", …).");
    }

    @Test
    void reportsAListFunctionAndAnObjectAsOutputValues() {
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Handle", waitHandle())
                .output("Azs", Output.of(asString(Fn.getAZs())))
                .output("Settings", Output.of(asString(Value.json(Map.of("a", "b")))))
                .build());

        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(TemplateCode.OUTPUT_NOT_STRING);
        assertThat(diagnostics)
                .extracting(Diagnostic::path)
                .containsExactly("app/Outputs/Azs/Value", "app/Outputs/Settings/Value");
        assertThat(diagnostics)
                .extracting(Diagnostic::message)
                .containsExactly(
                        "an output value must be a string, this is a function that yields a list",
                        "an output value must be a string, this is an object");
    }

    @Test
    void acceptsJoinedListsAndExportedOutputs() {
        GenericResource vpc = vpc();
        List<Diagnostic> diagnostics = validate(Template.builder()
                .resource("Vpc", vpc)
                .output("Azs", Output.of(Fn.join(",", Fn.getAZs())))
                .output(
                        "VpcId",
                        Output.builder(vpc.ref())
                                .exportName(Fn.sub("${AWS::StackName}-vpc"))
                                .build())
                .build());

        assertThat(formats(diagnostics)).isEmpty();
    }
}
