package dev.plinth.cfn.validation;

import static dev.plinth.cfn.validation.Validation.STACK;
import static dev.plinth.cfn.validation.Validation.securityGroup;
import static dev.plinth.cfn.validation.Validation.validate;
import static dev.plinth.cfn.validation.Validation.waitHandle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Mapping;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.Severity;
import dev.plinth.manifest.TemplateLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsValidationTest {

    private static Template.Builder handles(int count) {
        Template.Builder template = Template.builder();
        for (int i = 0; i < count; i++) {
            template.resource("Handle" + i, waitHandle());
        }
        return template;
    }

    private static Template groups(int count, int descriptionLength) {
        Template.Builder template = Template.builder();
        for (int i = 0; i < count; i++) {
            template.resource(
                    "Group" + i,
                    GenericResource.builder("AWS::EC2::SecurityGroup")
                            .property("GroupDescription", "d".repeat(descriptionLength))
                            .build());
        }
        return template.build();
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertThat(diagnostics).hasSize(1);
        return diagnostics.get(0);
    }

    @Test
    void reportsATemplateWithoutResources() {
        List<Diagnostic> diagnostics = validate(
                Template.builder().parameter("Env", Parameter.string().build()).build());

        assertThat(single(diagnostics).format())
                .isEqualTo("[NO_RESOURCES] app/Resources: the template has no resources; add at least one resource;"
                        + " CloudFormation refuses an empty stack.");
    }

    @Test
    void acceptsExactlyFiveHundredResources() {
        assertThat(validate(handles(500).build())).isEmpty();
    }

    @Test
    void reportsFiveHundredAndOneResources() {
        List<Diagnostic> diagnostics = validate(handles(501).build());

        assertThat(single(diagnostics).format())
                .isEqualTo(
                        "[TOO_MANY_RESOURCES] app/Resources: the template has 501 resources, over CloudFormation's limit of 500;"
                                + " split the stack into smaller stacks.");
    }

    @Test
    void reportsTwoHundredAndOneParameters() {
        Template.Builder template = handles(1);
        for (int i = 0; i < 201; i++) {
            template.parameter("Param" + i, Parameter.string().build());
        }

        assertThat(single(validate(template.build())).format())
                .isEqualTo(
                        "[TOO_MANY_PARAMETERS] app/Parameters: the template has 201 parameters, over CloudFormation's limit of 200;"
                                + " split the stack into smaller stacks.");
    }

    @Test
    void acceptsTwoHundredParametersOutputsAndMappings() {
        Template.Builder template = handles(1);
        for (int i = 0; i < 200; i++) {
            template.parameter("Param" + i, Parameter.string().build());
            template.output("Out" + i, Output.of(Value.of("v")));
            template.mapping("Map" + i, Mapping.builder().put("k", "v", "x").build());
        }

        assertThat(validate(template.build())).isEmpty();
    }

    @Test
    void reportsTwoHundredAndOneOutputs() {
        Template.Builder template = handles(1);
        for (int i = 0; i < 201; i++) {
            template.output("Out" + i, Output.of(Value.of("v" + i)));
        }

        assertThat(single(validate(template.build())).format())
                .isEqualTo(
                        "[TOO_MANY_OUTPUTS] app/Outputs: the template has 201 outputs, over CloudFormation's limit of 200;"
                                + " split the stack into smaller stacks.");
    }

    @Test
    void reportsTwoHundredAndOneMappings() {
        Template.Builder template = handles(1);
        for (int i = 0; i < 201; i++) {
            template.mapping("Map" + i, Mapping.builder().put("k", "v", "x").build());
        }

        Diagnostic diagnostic = single(validate(template.build()));
        assertThat(diagnostic.code()).isEqualTo(TemplateCode.TOO_MANY_MAPPINGS);
        assertThat(diagnostic.path()).isEqualTo("app/Mappings");
        assertThat(diagnostic.message()).isEqualTo("the template has 201 mappings, over CloudFormation's limit of 200");
    }

    @Test
    void warnsThatATemplateOfSixtyKilobytesMustGoThroughS3() {
        Template template = groups(100, 500);
        int bytes = TemplateWriter.json(template).length;
        assertThat(bytes).isBetween(55_000, 65_000);

        Diagnostic diagnostic = single(validate(template));

        assertThat(diagnostic.format())
                .isEqualTo(
                        "[TEMPLATE_NEEDS_S3] app: the template body is " + bytes
                                + " bytes, over the 51,200 that can be sent inline;"
                                + " deploy it through an S3 bucket (plinth materialize --template-bucket), or split the stack.");
        assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
        assertThat(diagnostic.isError()).isFalse();
    }

    @Test
    void sendsATemplateOfExactlyTheInlineLimitInline() {
        int base = TemplateWriter.json(groups(1, 0)).length;
        Template atLimit = groups(1, TemplateLimits.MAX_INLINE_BODY_BYTES - base);
        Template overLimit = groups(1, TemplateLimits.MAX_INLINE_BODY_BYTES - base + 1);
        assertThat(TemplateWriter.json(atLimit)).hasSize(51_200);

        assertThat(validate(atLimit)).isEmpty();
        assertThat(validate(overLimit)).extracting(Diagnostic::code).containsExactly(TemplateCode.TEMPLATE_NEEDS_S3);
    }

    @Test
    void reportsATemplateOverOneMegabyteAsTooLarge() {
        Template.Builder builder = Template.builder();
        for (int i = 0; i < 400; i++) {
            List<Tag> tags = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                tags.add(Tag.of("tag" + t, "v".repeat(100)));
            }
            builder.resource(
                    "Group" + i,
                    securityGroup()
                            .property("GroupDescription", "d".repeat(1500))
                            .property("Tags", Value.list(tags))
                            .build());
        }
        Template template = builder.build();
        int bytes = TemplateWriter.json(template).length;
        assertThat(bytes).isGreaterThan(1_000_000);

        Diagnostic diagnostic = single(validate(template));

        assertThat(diagnostic.format())
                .isEqualTo("[TEMPLATE_TOO_LARGE] app: the template body is " + bytes
                        + " bytes, over CloudFormation's limit of 1,000,000;"
                        + " split the stack into smaller stacks.");
        assertThat(diagnostic.isError()).isTrue();
    }

    @Test
    void leavesTheSizeUncheckedWhileTheTemplateHasErrors() {
        Template.Builder builder = Template.builder();
        for (int i = 0; i < 100; i++) {
            builder.resource(
                    "Group" + i,
                    securityGroup()
                            .property("GroupDescription", "d".repeat(500))
                            .build());
        }
        builder.resource(
                "Broken", GenericResource.builder("AWS::EC2::SecurityGroup").build());

        assertThat(validate(builder.build()))
                .extracting(Diagnostic::code)
                .containsExactly(TemplateCode.MISSING_REQUIRED_PROPERTY);
    }

    @Test
    void checksTheSizeOfABodyWrittenElsewhere() {
        Diagnostics atLimit = new Diagnostics();
        TemplateValidator.checkSize(TemplateLimits.MAX_S3_BODY_BYTES, STACK, atLimit);
        Diagnostics overLimit = new Diagnostics();
        TemplateValidator.checkSize(TemplateLimits.MAX_S3_BODY_BYTES + 1, STACK, overLimit);

        assertThat(atLimit.toList()).extracting(Diagnostic::code).containsExactly(TemplateCode.TEMPLATE_NEEDS_S3);
        assertThat(overLimit.toList()).extracting(Diagnostic::code).containsExactly(TemplateCode.TEMPLATE_TOO_LARGE);
    }

    @Test
    void saysWhetherABodyGoesThroughS3() {
        Diagnostics out = new Diagnostics();

        assertThat(TemplateValidator.checkSize(TemplateLimits.MAX_INLINE_BODY_BYTES, STACK, out))
                .isFalse();
        assertThat(TemplateValidator.checkSize(TemplateLimits.MAX_INLINE_BODY_BYTES + 1, STACK, out))
                .isTrue();
        assertThat(TemplateValidator.checkSize(TemplateLimits.MAX_S3_BODY_BYTES + 1, STACK, out))
                .isTrue();
    }

    @Test
    void validatingTheContentLeavesTheSizeToWhoeverWritesTheBody() {
        Template template = groups(100, 500);

        assertThat(TemplateValidator.bundled().validateContent(template, STACK)).isEmpty();
        assertThat(validate(template)).extracting(Diagnostic::code).containsExactly(TemplateCode.TEMPLATE_NEEDS_S3);
    }
}
