package dev.plinth.cfn.validation;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.MutableGraph;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.GraphCycles;
import dev.plinth.diagnostics.Suggestions;
import dev.plinth.manifest.TemplateLimits;
import dev.plinth.names.NameRules;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a template against the AWS resource specification and CloudFormation's rules, and
 * reports every problem it finds, each as a {@link Diagnostic} with a {@link TemplateCode}.
 * A template without errors can be written and will not be refused by CloudFormation for
 * anything this class knows about.
 */
public final class TemplateValidator {
    private final ResourceSpecification spec;

    public TemplateValidator(ResourceSpecification spec) {
        this.spec = spec;
    }

    /** A validator over the bundled specification. */
    public static TemplateValidator bundled() {
        return new TemplateValidator(ResourceSpecification.bundled());
    }

    /**
     * Every problem of the template; {@code location} prefixes each diagnostic's path (the stack
     * name, for example). The size is that of the template written as JSON.
     */
    public List<Diagnostic> validate(Template template, String location) {
        Diagnostics out = new Diagnostics();
        validateContent(template, location, out);
        if (!out.hasErrors()) {
            checkSize(TemplateWriter.json(template).length, location, out);
        }
        return out.toList();
    }

    /**
     * Every problem of the template but its size, which depends on the format it is written in:
     * the compiler's emit stage measures the body it writes and checks it with {@link #checkSize}.
     */
    public List<Diagnostic> validateContent(Template template, String location) {
        Diagnostics out = new Diagnostics();
        validateContent(template, location, out);
        return out.toList();
    }

    private void validateContent(Template template, String location, Diagnostics out) {
        logicalIds(template, location, out);
        limits(template, location, out);
        MutableGraph<String> dependencies =
                GraphBuilder.directed().allowsSelfLoops(true).build();
        ReferenceChecker references = new ReferenceChecker(template, spec, out, dependencies);
        template.metadata().forEach((k, v) -> references.walk(location + "/Metadata/" + k, v, Optional.empty()));
        template.conditions()
                .forEach((id, c) -> references.conditionExpression(location + "/Conditions/" + id, c.expression()));
        template.parameters().forEach((id, p) -> parameter(location + "/Parameters/" + id, p, out));
        resources(template, location, references, dependencies, out);
        template.outputs().forEach((id, o) -> output(location + "/Outputs/" + id, o, references, out));
        for (List<String> cycle : GraphCycles.find(dependencies)) {
            out.report(
                    TemplateCode.DEPENDENCY_CYCLE,
                    location + "/Resources/" + cycle.get(0),
                    "resources depend on each other in a circle: " + String.join(" -> ", cycle),
                    "break the circle: remove a DependsOn, or move a reference (a security group rule into its own resource, for example)");
        }
    }

    /**
     * Reports a body that must go through S3 (warning) or that CloudFormation refuses (error);
     * true when the body is over the inline limit, so that whoever checked it need not compare
     * it with the limit again.
     */
    public static boolean checkSize(int bytes, String location, Diagnostics out) {
        if (bytes > TemplateLimits.MAX_S3_BODY_BYTES) {
            out.report(
                    TemplateCode.TEMPLATE_TOO_LARGE,
                    location,
                    "the template body is " + bytes + " bytes, over CloudFormation's limit of "
                            + thousands(TemplateLimits.MAX_S3_BODY_BYTES),
                    "split the stack into smaller stacks");
            return true;
        }
        if (bytes > TemplateLimits.MAX_INLINE_BODY_BYTES) {
            out.report(
                    TemplateCode.TEMPLATE_NEEDS_S3,
                    location,
                    "the template body is " + bytes + " bytes, over the "
                            + thousands(TemplateLimits.MAX_INLINE_BODY_BYTES) + " that can be sent inline",
                    "deploy it through an S3 bucket (plinth materialize --template-bucket), or split the stack");
            return true;
        }
        return false;
    }

    private static String thousands(int bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }

    private static void logicalIds(Template template, String location, Diagnostics out) {
        Map<String, Template.Entry> byId = new HashMap<>();
        Map<Object, Template.Entry> byElement = new IdentityHashMap<>();
        for (Template.Entry entry : template.entries()) {
            String id = entry.logicalId();
            String path = location + "/" + entry.section().templateName() + "/" + id;
            if (!NameRules.LOGICAL_ID.accepts(id)) {
                out.report(
                        TemplateCode.INVALID_LOGICAL_ID,
                        path,
                        "'" + id + "' is not a logical id: it must be 1 to 255 letters and digits",
                        "use '" + sanitize(id) + "'");
            }
            Template.Entry earlier = byId.putIfAbsent(namespace(entry.section()) + "/" + id, entry);
            if (earlier != null) {
                out.report(
                        TemplateCode.DUPLICATE_LOGICAL_ID,
                        path,
                        "'" + id + "' is already the logical id of an element of "
                                + earlier.section().templateName(),
                        "give each element its own logical id");
            }
            Template.Entry same = byElement.putIfAbsent(entry.element(), entry);
            if (same != null) {
                out.report(
                        TemplateCode.ELEMENT_ADDED_TWICE,
                        path,
                        "this element was already added as '" + same.logicalId() + "'",
                        "add it once; build a second element if two are wanted");
            }
        }
    }

    /**
     * Parameters and resources share the names Ref reads; outputs, conditions and mappings each
     * have names of their own (an output commonly bears the name of the resource it exports).
     */
    private static Template.Section namespace(Template.Section section) {
        return section == Template.Section.PARAMETERS ? Template.Section.RESOURCES : section;
    }

    private static String sanitize(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9]", "");
        if (cleaned.isEmpty()) {
            cleaned = "Resource";
        }
        return cleaned.length() > TemplateLimits.MAX_LOGICAL_ID_LENGTH
                ? cleaned.substring(0, TemplateLimits.MAX_LOGICAL_ID_LENGTH)
                : cleaned;
    }

    private static void limits(Template template, String location, Diagnostics out) {
        if (template.resources().isEmpty()) {
            out.report(
                    TemplateCode.NO_RESOURCES,
                    location + "/Resources",
                    "the template has no resources",
                    "add at least one resource; CloudFormation refuses an empty stack");
        }
        limit(
                template.resources().size(),
                TemplateLimits.MAX_RESOURCES,
                TemplateCode.TOO_MANY_RESOURCES,
                "resources",
                location + "/Resources",
                out);
        limit(
                template.parameters().size(),
                TemplateLimits.MAX_PARAMETERS,
                TemplateCode.TOO_MANY_PARAMETERS,
                "parameters",
                location + "/Parameters",
                out);
        limit(
                template.outputs().size(),
                TemplateLimits.MAX_OUTPUTS,
                TemplateCode.TOO_MANY_OUTPUTS,
                "outputs",
                location + "/Outputs",
                out);
        limit(
                template.mappings().size(),
                TemplateLimits.MAX_MAPPINGS,
                TemplateCode.TOO_MANY_MAPPINGS,
                "mappings",
                location + "/Mappings",
                out);
    }

    private static void limit(int count, int max, TemplateCode code, String what, String path, Diagnostics out) {
        if (count > max) {
            out.report(
                    code,
                    path,
                    "the template has " + count + " " + what + ", over CloudFormation's limit of " + max,
                    "split the stack into smaller stacks");
        }
    }

    private static void parameter(String path, Parameter<?> parameter, Diagnostics out) {
        Optional<String> defaultValue = parameter.defaultValue();
        if (defaultValue.isPresent()
                && !parameter.allowedValues().isEmpty()
                && !allowed(parameter, defaultValue.get())) {
            out.report(
                    TemplateCode.PARAMETER_DEFAULT_NOT_ALLOWED,
                    path + "/Default",
                    "the default '" + defaultValue.get() + "' is not one of the allowed values "
                            + parameter.allowedValues(),
                    "choose a default among the allowed values");
        }
    }

    /** A list parameter's default is checked item by item, as CloudFormation checks its values. */
    private static boolean allowed(Parameter<?> parameter, String value) {
        if (!parameter.type().isList()) {
            return parameter.allowedValues().contains(value);
        }
        for (String item : value.split(",", -1)) {
            if (!parameter.allowedValues().contains(item.trim())) {
                return false;
            }
        }
        return true;
    }

    private void resources(
            Template template,
            String location,
            ReferenceChecker references,
            MutableGraph<String> dependencies,
            Diagnostics out) {
        PropertyChecker properties = new PropertyChecker(spec);
        template.resources().forEach((id, resource) -> {
            String path = location + "/Resources/" + id;
            dependencies.addNode(id);
            Optional<ResourceTypeSpec> type = spec.resourceType(resource.type());
            if (type.isPresent()) {
                properties.checkResource(path + "/Properties", type.get(), resource.properties(), out);
            } else if (!isCustomResource(resource.type())) {
                out.report(
                        TemplateCode.UNKNOWN_RESOURCE_TYPE,
                        path + "/Type",
                        "'" + resource.type() + "' is not a resource type of the AWS resource specification "
                                + spec.sourceVersion(),
                        Suggestions.useClosest(
                                resource.type(),
                                spec.resourceTypeNames(),
                                "check the type name (AWS::Service::Resource), or use Custom::Name for a custom resource"));
            }
            resource.properties()
                    .forEach((name, value) -> references.walk(path + "/Properties/" + name, value, Optional.of(id)));
            resource.metadata()
                    .forEach((name, value) -> references.walk(path + "/Metadata/" + name, value, Optional.of(id)));
            resource.creationPolicy().ifPresent(p -> references.walk(path + "/CreationPolicy", p, Optional.of(id)));
            resource.updatePolicy().ifPresent(p -> references.walk(path + "/UpdatePolicy", p, Optional.of(id)));
            resource.condition().ifPresent(c -> references.condition(path + "/Condition", c));
            for (Resource target : resource.dependsOn()) {
                references.dependsOn(path + "/DependsOn", target, id);
            }
        });
    }

    private static boolean isCustomResource(String type) {
        return type.startsWith("Custom::") && type.length() > "Custom::".length();
    }

    private void output(String path, Output output, ReferenceChecker references, Diagnostics out) {
        references.walk(path + "/Value", output.value(), Optional.empty());
        output.exportName().ifPresent(e -> references.walk(path + "/Export/Name", e, Optional.empty()));
        output.condition().ifPresent(c -> references.condition(path + "/Condition", c));
        ValueKind kind = ValueKind.of(output.value(), spec);
        if (kind == ValueKind.LIST || kind == ValueKind.LIST_FUNCTION || kind == ValueKind.OBJECT) {
            out.report(
                    TemplateCode.OUTPUT_NOT_STRING,
                    path + "/Value",
                    "an output value must be a string, this is " + kind.description(),
                    "join a list into one string with Fn.join(\",\", …)");
        }
    }
}
