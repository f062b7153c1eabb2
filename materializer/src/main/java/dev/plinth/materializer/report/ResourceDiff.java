package dev.plinth.materializer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.cfn.spec.PropertySpec;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the Resources sections of two templates as a change set would report them: Add,
 * Remove, or Modify with the changed top-level properties (attributes as {@code (attribute) X})
 * and whether the change replaces the resource, from the resource specification. A resource is
 * protected when the manifest of the template it is in lists it (both templates come with one), or
 * when the specification marks its type stateful.
 */
final class ResourceDiff {
    private static final List<String> ATTRIBUTES = List.of(
            "Condition",
            "CreationPolicy",
            "DeletionPolicy",
            "DependsOn",
            "Metadata",
            "UpdatePolicy",
            "UpdateReplacePolicy");
    private static final String ATTRIBUTE = "(attribute) ";

    private final ResourceSpecification spec;

    ResourceDiff(ResourceSpecification spec) {
        this.spec = spec;
    }

    /** Changes from {@code before} to {@code now}, ordered by logical id. */
    List<ResourceChange> between(
            ObjectNode now, ObjectNode before, Collection<String> protectedNow, Collection<String> protectedBefore) {
        SortedSet<String> ids = new TreeSet<>(names(now));
        ids.addAll(names(before));
        List<ResourceChange> changes = new ArrayList<>();
        for (String id : ids) {
            JsonNode added = now.get(id);
            JsonNode removed = before.get(id);
            if (removed == null) {
                changes.add(whole(id, added, "Add", protectedNow));
            } else if (added == null) {
                changes.add(whole(id, removed, "Remove", protectedBefore));
            } else if (!Templates.same(added, removed)) {
                changes.add(modified(id, added, removed, protectedNow.contains(id) || protectedBefore.contains(id)));
            }
        }
        return changes;
    }

    /** Every resource of a template added (a new stack) or removed (a stack gone from the output). */
    List<ResourceChange> all(ObjectNode resources, String action, Collection<String> listedProtected) {
        List<ResourceChange> changes = new ArrayList<>();
        new TreeSet<>(names(resources))
                .forEach(id -> changes.add(whole(id, resources.get(id), action, listedProtected)));
        return changes;
    }

    private ResourceChange whole(String id, JsonNode resource, String action, Collection<String> listedProtected) {
        String type = type(resource);
        return new ResourceChange(
                id,
                type,
                action,
                Optional.empty(),
                List.of(),
                List.of(),
                listedProtected.contains(id) || stateful(type));
    }

    private ResourceChange modified(String id, JsonNode now, JsonNode before, boolean isProtected) {
        String type = type(now);
        String oldType = type(before);
        boolean typeChanged = !type.equals(oldType);
        List<String> changed = new ArrayList<>();
        List<String> replacing = new ArrayList<>();
        boolean always = typeChanged;
        if (typeChanged) {
            changed.add(ATTRIBUTE + "Type");
            replacing.add(ATTRIBUTE + "Type");
        }
        ObjectNode properties = Templates.section(now, "Properties");
        ObjectNode oldProperties = Templates.section(before, "Properties");
        SortedSet<String> names = new TreeSet<>(names(properties));
        names.addAll(names(oldProperties));
        Optional<ResourceTypeSpec> typeSpec = spec.resourceType(type);
        for (String name : names) {
            if (Templates.same(properties.get(name), oldProperties.get(name))) {
                continue;
            }
            changed.add(name);
            PropertySpec.Replacement replacement = typeSpec.map(
                            t -> t.properties().get(name))
                    .map(PropertySpec::replacement)
                    .orElse(PropertySpec.Replacement.NONE);
            if (replacement != PropertySpec.Replacement.NONE && !typeChanged) {
                replacing.add(name);
                always |= replacement == PropertySpec.Replacement.ALWAYS;
            }
        }
        for (String attribute : ATTRIBUTES) {
            if (!Templates.same(now.get(attribute), before.get(attribute))) {
                changed.add(ATTRIBUTE + attribute);
            }
        }
        String replacement = always ? "True" : replacing.isEmpty() ? "False" : "Conditional";
        return new ResourceChange(
                id,
                type,
                "Modify",
                Optional.of(replacement),
                replacing,
                changed,
                isProtected || stateful(type) || stateful(oldType));
    }

    /**
     * A type the resource specification marks stateful: flagged as protected in an offline plan
     * although no manifest lists it (a queue, a log group), which a plan against AWS does not do.
     */
    private boolean stateful(String type) {
        return spec.resourceType(type).map(ResourceTypeSpec::stateful).orElse(false);
    }

    private static String type(JsonNode resource) {
        return resource.path("Type").asText("");
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
