package dev.plinth.cfn.validation;

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
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Severity;
import dev.plinth.manifest.TemplateLimits;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One template per code, so that a code added to {@link TemplateCode} without a test fails here
 * rather than going unnoticed.
 */
class EveryTemplateCodeTest {
    private static final Map<TemplateCode, Supplier<Template>> EXAMPLES = new EnumMap<>(TemplateCode.class);

    static {
        EXAMPLES.put(TemplateCode.INVALID_LOGICAL_ID, () -> one("my-vpc", vpc()));
        EXAMPLES.put(
                TemplateCode.DUPLICATE_LOGICAL_ID,
                () -> Template.builder()
                        .resource("Vpc", vpc())
                        .resource("Vpc", vpc())
                        .build());
        EXAMPLES.put(TemplateCode.ELEMENT_ADDED_TWICE, () -> {
            GenericResource vpc = vpc();
            return Template.builder().resource("A", vpc).resource("B", vpc).build();
        });
        EXAMPLES.put(TemplateCode.NO_RESOURCES, () -> Template.builder().build());
        EXAMPLES.put(
                TemplateCode.UNKNOWN_RESOURCE_TYPE,
                () -> one("X", GenericResource.builder("AWS::EC2::Vpcc").build()));
        EXAMPLES.put(
                TemplateCode.UNKNOWN_PROPERTY,
                () -> one("X", securityGroup().property("Name", "web").build()));
        EXAMPLES.put(
                TemplateCode.MISSING_REQUIRED_PROPERTY,
                () -> one(
                        "X", GenericResource.builder("AWS::EC2::SecurityGroup").build()));
        EXAMPLES.put(
                TemplateCode.WRONG_SHAPE,
                () -> one(
                        "X",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlock", Value.strings("a"))
                                .build()));
        EXAMPLES.put(
                TemplateCode.WRONG_PRIMITIVE_TYPE,
                () -> one(
                        "X",
                        GenericResource.builder("AWS::SQS::Queue")
                                .property("DelaySeconds", "soon")
                                .build()));
        EXAMPLES.put(
                TemplateCode.REF_TARGET_MISSING,
                () -> Template.builder()
                        .resource("H", waitHandle())
                        .output("O", Output.of(vpc().ref()))
                        .build());
        EXAMPLES.put(
                TemplateCode.GETATT_TARGET_MISSING,
                () -> Template.builder()
                        .resource("H", waitHandle())
                        .output("O", Output.of(vpc().getAtt("CidrBlock")))
                        .build());
        EXAMPLES.put(TemplateCode.UNKNOWN_ATTRIBUTE, () -> {
            GenericResource vpc = vpc();
            return Template.builder()
                    .resource("Vpc", vpc)
                    .output("O", Output.of(vpc.getAtt("Arn")))
                    .build();
        });
        EXAMPLES.put(
                TemplateCode.UNKNOWN_SUB_PLACEHOLDER,
                () -> Template.builder()
                        .resource("H", waitHandle())
                        .output("O", Output.of(Fn.sub("${Missing}")))
                        .build());
        EXAMPLES.put(
                TemplateCode.DEPENDS_ON_TARGET_MISSING,
                () -> one(
                        "H",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .dependsOn(vpc())
                                .build()));
        EXAMPLES.put(
                TemplateCode.DEPENDENCY_CYCLE,
                () -> one(
                        "H",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .metadata("Me", Fn.sub("${H}"))
                                .build()));
        EXAMPLES.put(
                TemplateCode.CONDITION_MISSING,
                () -> one(
                        "H",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .condition(Condition.of(Fn.equals(Pseudo.region(), Value.of("eu-west-1"))))
                                .build()));
        EXAMPLES.put(
                TemplateCode.MAPPING_MISSING,
                () -> one(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property(
                                        "CidrBlock",
                                        Fn.findInMap(
                                                Mapping.builder()
                                                        .put("a", "b", "c")
                                                        .build(),
                                                Value.of("a"),
                                                "b"))
                                .build()));
        EXAMPLES.put(TemplateCode.OUTPUT_NOT_STRING, () -> {
            @SuppressWarnings("unchecked")
            Value<String> list = (Value<String>) (Value<?>) Value.strings("a");
            return Template.builder()
                    .resource("H", waitHandle())
                    .output("O", Output.of(list))
                    .build();
        });
        EXAMPLES.put(
                TemplateCode.PARAMETER_DEFAULT_NOT_ALLOWED,
                () -> Template.builder()
                        .parameter(
                                "P",
                                Parameter.string()
                                        .allowedValues("a")
                                        .defaultValue("b")
                                        .build())
                        .resource("H", waitHandle())
                        .build());
        EXAMPLES.put(TemplateCode.TOO_MANY_RESOURCES, () -> {
            Template.Builder template = Template.builder();
            for (int i = 0; i <= TemplateLimits.MAX_RESOURCES; i++) {
                template.resource("H" + i, waitHandle());
            }
            return template.build();
        });
        EXAMPLES.put(TemplateCode.TOO_MANY_PARAMETERS, () -> {
            Template.Builder template = Template.builder().resource("H", waitHandle());
            for (int i = 0; i <= TemplateLimits.MAX_PARAMETERS; i++) {
                template.parameter("P" + i, Parameter.string().build());
            }
            return template.build();
        });
        EXAMPLES.put(TemplateCode.TOO_MANY_OUTPUTS, () -> {
            Template.Builder template = Template.builder().resource("H", waitHandle());
            for (int i = 0; i <= TemplateLimits.MAX_OUTPUTS; i++) {
                template.output("O" + i, Output.of(Value.of("v")));
            }
            return template.build();
        });
        EXAMPLES.put(TemplateCode.TOO_MANY_MAPPINGS, () -> {
            Template.Builder template = Template.builder().resource("H", waitHandle());
            for (int i = 0; i <= TemplateLimits.MAX_MAPPINGS; i++) {
                template.mapping("M" + i, Mapping.builder().put("a", "b", "c").build());
            }
            return template.build();
        });
        EXAMPLES.put(TemplateCode.TEMPLATE_NEEDS_S3, () -> sized(60_000));
        EXAMPLES.put(TemplateCode.TEMPLATE_TOO_LARGE, () -> sized(1_100_000));
    }

    private static Template one(String logicalId, GenericResource resource) {
        return Template.builder().resource(logicalId, resource).build();
    }

    private static Template sized(int roughBytes) {
        Template.Builder template = Template.builder();
        int perResource = 5_000;
        for (int i = 0; i < roughBytes / perResource; i++) {
            template.resource(
                    "Sg" + i,
                    securityGroup()
                            .property("GroupDescription", "d".repeat(perResource))
                            .build());
        }
        return template.build();
    }

    @Test
    void hasAnExampleForEveryCode() {
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder(TemplateCode.values());
    }

    @ParameterizedTest
    @EnumSource(TemplateCode.class)
    void reportsExactlyTheCodeItsExampleIsFor(TemplateCode code) {
        Supplier<Template> example = EXAMPLES.get(code);
        assertThat(example).as("an example template for %s", code).isNotNull();

        List<Diagnostic> diagnostics = validate(example.get());

        assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(code);
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.format()).startsWith("[" + code.name() + "] app"));
    }

    @Test
    void makesOnlyTheInlineSizeWarningANonError() {
        assertThat(TemplateCode.values())
                .filteredOn(code -> !code.severity().equals(Severity.ERROR))
                .containsExactly(TemplateCode.TEMPLATE_NEEDS_S3);
    }
}
