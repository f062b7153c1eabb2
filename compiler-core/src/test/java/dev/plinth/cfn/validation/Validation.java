package dev.plinth.cfn.validation;

import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Template;
import dev.plinth.diagnostics.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** Shared fixtures: every validation test names the stack "app" so paths read the same. */
final class Validation {
    static final String STACK = "app";

    private Validation() {}

    static List<Diagnostic> validate(Template template) {
        return TemplateValidator.bundled().validate(template, STACK);
    }

    static List<Diagnostic> validateResource(String logicalId, Resource resource) {
        return validate(Template.builder().resource(logicalId, resource).build());
    }

    static List<String> formats(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.toList());
    }

    static GenericResource vpc() {
        return GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
    }

    static GenericResource.Builder securityGroup() {
        return GenericResource.builder("AWS::EC2::SecurityGroup").property("GroupDescription", "web");
    }

    static GenericResource waitHandle() {
        return GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                .build();
    }
}
