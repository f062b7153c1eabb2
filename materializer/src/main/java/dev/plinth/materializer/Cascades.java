package dev.plinth.materializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plinth.cfn.spec.PropertySpec;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.diff.ResourceChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Changes that reach a stack through its parameters: when an upstream stack replaces the
 * resource behind an output this stack reads (a VPC, a subnet, a security group), the value
 * changes once the upstream is applied, and so does this stack, although its own change set,
 * made from today's values, shows nothing. A plan says so: "will change after network (Vpc)".
 */
final class Cascades {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private Cascades() {}

    static StackReport of(
            Manifest.Stack stack,
            StackReport report,
            Map<String, StackReport> reports,
            Map<String, byte[]> templates,
            Map<String, String> deployedParameters) {
        if (report.outcome() != StackReport.Outcome.UNCHANGED && report.outcome() != StackReport.Outcome.PLANNED) {
            return report;
        }
        Set<String> causes = new TreeSet<>();
        Set<String> moving = new TreeSet<>();
        List<ParameterChange> parameters = new ArrayList<>(report.parameterChanges());
        stack.parameters()
                .forEach((key, parameter) -> parameter.stack().ifPresent(upstream -> {
                    StackReport producer = reports.get(upstream);
                    byte[] template = templates.get(upstream);
                    if (producer == null || template == null) {
                        return;
                    }
                    String output = parameter.output().orElseThrow();
                    for (String resource : referenced(
                            parse(template).path("Outputs").path(output).path("Value"))) {
                        if (producer.changes().stream()
                                .anyMatch(c -> c.logicalId().equals(resource) && c.destroys())) {
                            causes.add(upstream + " (" + output + ": " + resource + " is replaced)");
                            moving.add(key);
                            if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
                                parameters.add(new ParameterChange(
                                        key, Optional.ofNullable(deployedParameters.get(key)), Optional.empty()));
                            }
                        }
                    }
                }));
        if (causes.isEmpty()) {
            return report;
        }
        String message =
                PlanVerdict.CASCADE + String.join(", ", causes) + ": the values it reads change then, and so does it"
                        + report.message().map(m -> "; " + m).orElse("");
        StackReport.Action action =
                report.action() == StackReport.Action.NONE ? StackReport.Action.UPDATE : report.action();
        List<ResourceChange> changes = report.changes().isEmpty() && templates.containsKey(stack.name())
                ? predicted(parse(templates.get(stack.name())), moving, stack.protectedResources())
                : report.changes();
        return new StackReport(
                report.stack(),
                report.stackName(),
                action,
                StackReport.Outcome.PLANNED,
                changes,
                parameters,
                report.unknownParameters(),
                report.durationMillis(),
                Optional.of(message),
                report.outputs(),
                report.apiCalls(),
                report.banners());
    }

    /**
     * What the stack's own change set will hold once the upstream is applied, predicted from its
     * template: each resource whose properties read a moving parameter is modified, and replaced
     * where the specification says a change of that property replaces it.
     */
    private static List<ResourceChange> predicted(JsonNode template, Set<String> moving, List<String> protectedIds) {
        List<ResourceChange> changes = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            String type = resource.getValue().path("Type").asText();
            Optional<ResourceTypeSpec> spec = ResourceSpecification.bundled().resourceType(type);
            List<String> changed = new ArrayList<>();
            List<String> replacing = new ArrayList<>();
            boolean always = false;
            for (var property = resource.getValue().path("Properties").fields(); property.hasNext(); ) {
                var entry = property.next();
                if (referencesAny(entry.getValue(), moving)) {
                    changed.add(entry.getKey());
                    PropertySpec.Replacement rule = spec.map(t -> t.properties().get(entry.getKey()))
                            .map(PropertySpec::replacement)
                            .orElse(PropertySpec.Replacement.NONE);
                    if (rule != PropertySpec.Replacement.NONE) {
                        replacing.add(entry.getKey());
                        always |= rule == PropertySpec.Replacement.ALWAYS;
                    }
                }
            }
            if (!changed.isEmpty()) {
                String replacement = replacing.isEmpty() ? "False" : always ? "True" : "Conditional";
                String forces = always ? "forces" : "may force";
                List<String> lines = new ArrayList<>();
                changed.forEach(p -> lines.add(p + ": (known after apply: the new value of " + String.join(", ", moving)
                        + ")" + (replacing.contains(p) ? " (" + forces + " replacement)" : "")));
                changes.add(new ResourceChange(
                        resource.getKey(),
                        type,
                        "Modify",
                        Optional.of(replacement),
                        replacing,
                        changed,
                        protectedIds.contains(resource.getKey()),
                        lines,
                        List.of()));
            }
        });
        return changes;
    }

    private static boolean referencesAny(JsonNode value, Set<String> parameters) {
        if (value.isObject()) {
            JsonNode ref = value.get("Ref");
            if (ref != null && parameters.contains(ref.asText())) {
                return true;
            }
            for (var field = value.fields(); field.hasNext(); ) {
                if (referencesAny(field.next().getValue(), parameters)) {
                    return true;
                }
            }
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (referencesAny(element, parameters)) {
                    return true;
                }
            }
        } else if (value.isTextual()) {
            return parameters.stream().anyMatch(p -> value.asText().contains("${" + p + "}"));
        }
        return false;
    }

    /** The logical ids an output's value refers to: {@code Ref X}, {@code Fn::GetAtt [X, …]}, {@code ${X}} in a Sub. */
    private static Set<String> referenced(JsonNode value) {
        Set<String> ids = new TreeSet<>();
        if (value.isObject()) {
            value.fields().forEachRemaining(field -> {
                switch (field.getKey()) {
                    case "Ref" -> ids.add(field.getValue().asText());
                    case "Fn::GetAtt" ->
                        ids.add(
                                field.getValue().isArray()
                                        ? field.getValue().path(0).asText()
                                        : field.getValue().asText().split("\\.")[0]);
                    default -> ids.addAll(referenced(field.getValue()));
                }
            });
        } else if (value.isArray()) {
            value.forEach(element -> ids.addAll(referenced(element)));
        }
        return ids;
    }

    private static JsonNode parse(byte[] template) {
        String body = new String(template, StandardCharsets.UTF_8);
        try {
            return (body.stripLeading().startsWith("{") ? JSON : YAML).readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
