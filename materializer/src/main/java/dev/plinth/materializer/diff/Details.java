package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.model.ChangeSource;
import software.amazon.awssdk.services.cloudformation.model.EvaluationType;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/** What a change set's details add to the template's changes of one property. */
final class Details {
    private static final String PROPERTY_PATH = "/Properties/";

    private Details() {}

    /** The template's changes of a property, with the replacement and cause the change set gives for it. */
    static List<PropertyChange> merged(
            List<TreeDiff.Leaf> leaves, List<ResourceChangeDetail> details, Recreation rule) {
        Recreation recreation = recreation(details, rule);
        Optional<String> cause = details.stream()
                .filter(d -> d.changeSource() != ChangeSource.DIRECT_MODIFICATION && d.causingEntity() != null)
                .map(ResourceChangeDetail::causingEntity)
                .sorted()
                .findFirst();
        List<PropertyChange> changes = new ArrayList<>();
        for (TreeDiff.Leaf leaf : leaves) {
            changes.add(new PropertyChange(
                    leaf.path(),
                    leaf.before(),
                    leaf.after(),
                    recreation,
                    cause,
                    Json.containsIntrinsic(leaf.after().orElse(null))));
        }
        return changes;
    }

    /**
     * Changes only the change set names (the template is the same, but a parameter or a resource
     * it references changes): one per causing entity, with the values when the change set has them.
     */
    static List<PropertyChange> only(String name, String path, List<ResourceChangeDetail> details, Recreation rule) {
        Map<String, List<ResourceChangeDetail>> byCause = new TreeMap<>();
        details.forEach(
                d -> byCause.computeIfAbsent(d.causingEntity() == null ? "" : d.causingEntity(), c -> new ArrayList<>())
                        .add(d));
        List<PropertyChange> changes = new ArrayList<>();
        byCause.forEach((cause, group) -> {
            ResourceChangeDetail first = group.get(0);
            changes.add(new PropertyChange(
                    detailPath(first, name, path),
                    value(group, true),
                    value(group, false),
                    recreation(group, rule),
                    cause.isEmpty() ? Optional.empty() : Optional.of(cause),
                    group.stream().anyMatch(d -> d.evaluation() == EvaluationType.DYNAMIC)));
        });
        return changes;
    }

    private static Recreation recreation(List<ResourceChangeDetail> details, Recreation rule) {
        List<Recreation> stated = new ArrayList<>();
        details.forEach(d ->
                Recreation.ofChangeSet(d.target().requiresRecreationAsString()).ifPresent(stated::add));
        return Recreation.strongest(stated).orElse(rule);
    }

    private static Optional<JsonNode> value(List<ResourceChangeDetail> details, boolean before) {
        for (ResourceChangeDetail detail : details) {
            String value =
                    before ? detail.target().beforeValue() : detail.target().afterValue();
            if (value != null) {
                return Optional.of(Json.changeSetValue(value));
            }
        }
        return Optional.empty();
    }

    /** The detail's own path ({@code /Properties/Tags/0/Value} as {@code Tags[0].Value}) when it has one within the property. */
    private static String detailPath(ResourceChangeDetail detail, String name, String path) {
        String given = detail.target().path();
        String own = PROPERTY_PATH + name;
        if (given == null || !path.equals(name) || !(given.equals(own) || given.startsWith(own + "/"))) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        for (String segment : given.substring(PROPERTY_PATH.length()).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit) && out.length() > 0) {
                out.append('[').append(segment).append(']');
            } else {
                out.append(out.length() > 0 ? "." : "").append(segment);
            }
        }
        return out.toString();
    }
}
