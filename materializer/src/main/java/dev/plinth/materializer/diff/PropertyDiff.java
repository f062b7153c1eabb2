package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.spec.PropertySpec;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/**
 * What changes in one resource, value by value: old → new at each nested path, whether it
 * replaces the resource, and what causes it.
 *
 * <p>The template gives the values; a change set's details, when there are any, give what the
 * templates cannot: their RequiresRecreation wins over the specification's rule for the property
 * they name, and a property they name that the templates do not change (a parameter's new value,
 * a replaced resource it references) is listed with its causing entity. Without details, the
 * resource specification's rule for each top-level property says whether it replaces.
 *
 * <p>Order: a type change, then properties by name (nested fields by name, lists by index or
 * key), then attributes as the offline plan lists them, then attribute changes only the details name.
 */
public final class PropertyDiff {
    /** How the offline plan names an attribute ({@code (attribute) DeletionPolicy}). */
    static final String ATTRIBUTE = "(attribute) ";

    private static final List<String> ATTRIBUTES = List.of(
            "Condition",
            "CreationPolicy",
            "DeletionPolicy",
            "DependsOn",
            "Metadata",
            "UpdatePolicy",
            "UpdateReplacePolicy");
    private static final String PROPERTIES = "Properties";

    private final ResourceSpecification spec;

    public PropertyDiff(ResourceSpecification spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** The changes between a resource's old and new template JSON (either absent for an added or removed resource). */
    public List<PropertyChange> between(JsonNode before, JsonNode after) {
        return between(before, after, List.of());
    }

    /**
     * The changes between a resource's old and new template JSON, merged with the change set's
     * details for it.
     *
     * @param before the resource's old JSON (Type, Properties, attributes); null or missing when added
     * @param after the resource's new JSON; null or missing when removed
     * @param details the change set's details for this resource; empty for an offline plan
     */
    public List<PropertyChange> between(JsonNode before, JsonNode after, List<ResourceChangeDetail> details) {
        JsonNode old = Json.present(before);
        JsonNode now = Json.present(after);
        boolean kept = old != null && now != null;
        JsonNode either = now != null ? now : old;
        String type = either == null ? "" : either.path("Type").asText("");
        Map<String, List<ResourceChangeDetail>> named = new TreeMap<>();
        List<ResourceChangeDetail> attributeDetails = new ArrayList<>();
        for (ResourceChangeDetail detail : details) {
            if (detail.target() == null) {
                continue;
            }
            if (PROPERTIES.equals(detail.target().attributeAsString())
                    && detail.target().name() != null) {
                named.computeIfAbsent(detail.target().name(), n -> new ArrayList<>())
                        .add(detail);
            } else if (detail.target().attributeAsString() != null) {
                attributeDetails.add(detail);
            }
        }
        List<PropertyChange> changes = new ArrayList<>();
        if (kept && !type.equals(old.path("Type").asText(""))) {
            changes.add(new PropertyChange(
                    ATTRIBUTE + "Type",
                    Optional.of(old.get("Type")),
                    Optional.ofNullable(now.get("Type")),
                    Recreation.ALWAYS,
                    Optional.empty(),
                    false));
        }
        JsonNode oldProperties = old == null ? null : old.get(PROPERTIES);
        JsonNode newProperties = now == null ? null : now.get(PROPERTIES);
        SortedSet<String> names = Json.names(oldProperties);
        names.addAll(Json.names(newProperties));
        names.addAll(named.keySet());
        Optional<ResourceTypeSpec> typeSpec = spec.resourceType(type);
        for (String name : names) {
            List<ResourceChangeDetail> forName = named.getOrDefault(name, List.of());
            Recreation rule = kept ? specRule(typeSpec, name) : Recreation.NEVER;
            List<TreeDiff.Leaf> leaves = TreeDiff.compare(name, field(oldProperties, name), field(newProperties, name));
            if (leaves.isEmpty()) {
                changes.addAll(Details.only(name, name, forName, rule));
            } else {
                changes.addAll(Details.merged(leaves, forName, rule));
            }
        }
        List<String> attributePaths = new ArrayList<>();
        for (String attribute : ATTRIBUTES) {
            for (TreeDiff.Leaf leaf :
                    TreeDiff.compare(ATTRIBUTE + attribute, field(old, attribute), field(now, attribute))) {
                changes.add(new PropertyChange(
                        leaf.path(),
                        leaf.before(),
                        leaf.after(),
                        Recreation.NEVER,
                        Optional.empty(),
                        Json.containsIntrinsic(leaf.after().orElse(null))));
                attributePaths.add(attribute);
            }
        }
        Map<String, List<ResourceChangeDetail>> byAttribute = new TreeMap<>();
        attributeDetails.forEach(d -> byAttribute
                .computeIfAbsent(d.target().attributeAsString(), a -> new ArrayList<>())
                .add(d));
        byAttribute.forEach((attribute, forAttribute) -> {
            if (!attributePaths.contains(attribute)) {
                changes.addAll(Details.only(attribute, ATTRIBUTE + attribute, forAttribute, Recreation.NEVER));
            }
        });
        return List.copyOf(changes);
    }

    private static Recreation specRule(Optional<ResourceTypeSpec> typeSpec, String name) {
        if (typeSpec.isEmpty() || !typeSpec.get().properties().containsKey(name)) {
            return Recreation.UNKNOWN;
        }
        PropertySpec.Replacement replacement =
                typeSpec.get().properties().get(name).replacement();
        return switch (replacement) {
            case NONE -> Recreation.NEVER;
            case CONDITIONAL -> Recreation.CONDITIONALLY;
            case ALWAYS -> Recreation.ALWAYS;
        };
    }

    private static JsonNode field(JsonNode node, String name) {
        return node == null ? null : node.get(name);
    }
}
