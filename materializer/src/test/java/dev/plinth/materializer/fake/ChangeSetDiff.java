package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.ResourceTargetDefinition;

/**
 * The resource-level changes between a stack's template, parameters and tags and a change set's,
 * with replacement decided by a per-test table (resource type and property → Always, Conditional,
 * Never).
 */
final class ChangeSetDiff {
    private final Map<String, String> replacementTable = new HashMap<>();

    void replacement(String resourceType, String property, String rule) {
        if (!Set.of("Always", "Conditional", "Never").contains(rule)) {
            throw new IllegalArgumentException("replacement rule must be Always, Conditional or Never: " + rule);
        }
        replacementTable.put(resourceType + "." + property, rule);
    }

    record Side(JsonNode template, Map<String, String> parameters, Map<String, String> tags) {
        static Side of(FakeStack stack) {
            return new Side(stack.template, stack.parameters, stack.tags);
        }
    }

    static boolean identical(Side before, Side after) {
        return Objects.equals(before.template(), after.template())
                && before.parameters().equals(after.parameters())
                && before.tags().equals(after.tags());
    }

    static void checkTypes(JsonNode before, JsonNode after) {
        Set<String> changed = new TreeSet<>();
        Map<String, JsonNode> old = Templates.resources(before);
        Templates.resources(after).forEach((id, r) -> {
            if (old.containsKey(id) && !Templates.type(old.get(id)).equals(Templates.type(r))) {
                changed.add(id);
            }
        });
        if (!changed.isEmpty()) {
            throw CfnErrors.validation("Update of resource type is not permitted. The new template modifies resource "
                    + "type of the following resources: " + changed);
        }
    }

    List<ResourceChange> diff(Side before, Side after, Function<String, String> physicalIds) {
        Map<String, JsonNode> old = Templates.resources(before.template());
        Map<String, JsonNode> neu = Templates.resources(after.template());
        Set<String> changedParameters = new TreeSet<>();
        after.parameters().forEach((k, v) -> {
            if (!v.equals(before.parameters().get(k))) {
                changedParameters.add(k);
            }
        });
        boolean tagsChanged = !before.tags().equals(after.tags());
        List<ResourceChange> changes = new ArrayList<>();
        neu.forEach((id, resource) -> {
            if (!old.containsKey(id)) {
                changes.add(ResourceChange.builder()
                        .action("Add")
                        .logicalResourceId(id)
                        .resourceType(Templates.type(resource))
                        .scopeWithStrings()
                        .build());
                return;
            }
            List<ResourceChangeDetail> details = modifyDetails(old.get(id), resource, changedParameters, tagsChanged);
            if (!details.isEmpty()) {
                changes.add(modify(id, resource, details, physicalIds.apply(id)));
            }
        });
        old.forEach((id, resource) -> {
            if (!neu.containsKey(id)) {
                changes.add(ResourceChange.builder()
                        .action("Remove")
                        .logicalResourceId(id)
                        .physicalResourceId(physicalIds.apply(id))
                        .resourceType(Templates.type(resource))
                        .policyAction(
                                "Retain".equals(resource.path("DeletionPolicy").asText()) ? "Retain" : "Delete")
                        .scopeWithStrings()
                        .build());
            }
        });
        return changes;
    }

    private List<ResourceChangeDetail> modifyDetails(
            JsonNode before, JsonNode after, Set<String> changedParameters, boolean tagsChanged) {
        String type = Templates.type(after);
        List<ResourceChangeDetail> details = new ArrayList<>();
        JsonNode oldProps = before.path("Properties");
        JsonNode newProps = after.path("Properties");
        Set<String> names = new LinkedHashSet<>();
        newProps.fieldNames().forEachRemaining(names::add);
        oldProps.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!Objects.equals(oldProps.get(name), newProps.get(name))) {
                details.add(detail("Properties", name, recreation(type, name), "DirectModification", null));
            } else if (newProps.has(name)) {
                for (String parameter : referencedParameters(newProps.get(name), changedParameters)) {
                    details.add(detail("Properties", name, recreation(type, name), "ParameterReference", parameter));
                }
            }
        }
        if (!Objects.equals(before.get("Metadata"), after.get("Metadata"))) {
            details.add(detail("Metadata", null, "Never", "DirectModification", null));
        }
        if (tagsChanged) {
            details.add(detail("Tags", null, "Never", "DirectModification", null));
        }
        return details;
    }

    private static Set<String> referencedParameters(JsonNode value, Set<String> changedParameters) {
        Set<String> out = new TreeSet<>();
        collectRefs(value, changedParameters, out);
        return out;
    }

    private static void collectRefs(JsonNode node, Set<String> wanted, Set<String> out) {
        if (node.isObject()
                && node.size() == 1
                && node.has("Ref")
                && wanted.contains(node.get("Ref").asText())) {
            out.add(node.get("Ref").asText());
        }
        if (node.isObject() && node.has("Fn::Sub")) {
            String text = node.get("Fn::Sub").isArray()
                    ? node.get("Fn::Sub").path(0).asText()
                    : node.get("Fn::Sub").asText();
            wanted.stream().filter(p -> text.contains("${" + p + "}")).forEach(out::add);
        }
        node.forEach(child -> collectRefs(child, wanted, out));
    }

    private String recreation(String type, String property) {
        return switch (replacementTable.getOrDefault(type + "." + property, "Never")) {
            case "Always" -> "Always";
            case "Conditional" -> "Conditionally";
            default -> "Never";
        };
    }

    private static ResourceChangeDetail detail(
            String attribute, String name, String recreation, String source, String causingEntity) {
        return ResourceChangeDetail.builder()
                .target(ResourceTargetDefinition.builder()
                        .attribute(attribute)
                        .name(name)
                        .requiresRecreation(recreation)
                        .build())
                .evaluation("Static")
                .changeSource(source)
                .causingEntity(causingEntity)
                .build();
    }

    private static ResourceChange modify(
            String id, JsonNode resource, List<ResourceChangeDetail> details, String physicalId) {
        Set<String> scope = new LinkedHashSet<>();
        Set<String> recreation = new HashSet<>();
        for (ResourceChangeDetail d : details) {
            scope.add(d.target().attributeAsString());
            recreation.add(d.target().requiresRecreationAsString());
        }
        String replacement =
                recreation.contains("Always") ? "True" : recreation.contains("Conditionally") ? "Conditional" : "False";
        return ResourceChange.builder()
                .action("Modify")
                .logicalResourceId(id)
                .physicalResourceId(physicalId)
                .resourceType(Templates.type(resource))
                .replacement(replacement)
                .scopeWithStrings(scope.toArray(String[]::new))
                .details(details)
                .build();
    }
}
