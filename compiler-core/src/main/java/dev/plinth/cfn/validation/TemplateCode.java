package dev.plinth.cfn.validation;

import dev.plinth.diagnostics.DiagnosticCode;
import dev.plinth.diagnostics.Severity;

/** The diagnostic codes of template validation. Stable: tools and tests match on them. */
public enum TemplateCode implements DiagnosticCode {
    /** A logical id that is empty, longer than 255 characters or not alphanumeric. */
    INVALID_LOGICAL_ID,
    /** Two elements of one section, or a parameter and a resource, under the same logical id. */
    DUPLICATE_LOGICAL_ID,
    /** One element added to a template under two logical ids. */
    ELEMENT_ADDED_TWICE,
    /** A template without resources. */
    NO_RESOURCES,
    /** A resource type the specification does not have. */
    UNKNOWN_RESOURCE_TYPE,
    /** A property the resource type (or property type) does not have. */
    UNKNOWN_PROPERTY,
    /** A required property that is not set. */
    MISSING_REQUIRED_PROPERTY,
    /** A list where a single value is wanted, an object where a string is wanted, and so on. */
    WRONG_SHAPE,
    /** A value of the wrong primitive type: text for an integer, a number for a boolean. */
    WRONG_PRIMITIVE_TYPE,
    /** A Ref to a resource or parameter that is not in the template. */
    REF_TARGET_MISSING,
    /** A GetAtt of a resource that is not in the template. */
    GETATT_TARGET_MISSING,
    /** A GetAtt of an attribute the resource type does not have. */
    UNKNOWN_ATTRIBUTE,
    /** A Sub placeholder that names nothing: no variable, parameter, resource or pseudo parameter. */
    UNKNOWN_SUB_PLACEHOLDER,
    /** A DependsOn on a resource that is not in the template. */
    DEPENDS_ON_TARGET_MISSING,
    /** Resources that depend on each other in a circle, through DependsOn, Ref, GetAtt or Sub. */
    DEPENDENCY_CYCLE,
    /** A condition used by a resource, output or Fn::If that is not in the template. */
    CONDITION_MISSING,
    /** A mapping used by Fn::FindInMap that is not in the template, or a key it does not have. */
    MAPPING_MISSING,
    /** An output whose value is not a string. */
    OUTPUT_NOT_STRING,
    /** A parameter default that its own AllowedValues refuse. */
    PARAMETER_DEFAULT_NOT_ALLOWED,
    /** More than 500 resources. */
    TOO_MANY_RESOURCES,
    /** More than 200 parameters. */
    TOO_MANY_PARAMETERS,
    /** More than 200 outputs. */
    TOO_MANY_OUTPUTS,
    /** More than 200 mappings. */
    TOO_MANY_MAPPINGS,
    /** A template body over 51,200 bytes: it can only be deployed from S3. */
    TEMPLATE_NEEDS_S3(Severity.WARNING),
    /** A template body over 1 MB: CloudFormation refuses it even from S3. */
    TEMPLATE_TOO_LARGE;

    private final Severity severity;

    TemplateCode() {
        this(Severity.ERROR);
    }

    TemplateCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
