package dev.plinth.materializer.diff;

import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows of one resource's change, the input of {@link Banners}.
 *
 * @param change the resource change, from a change set or an offline plan
 * @param properties its property changes, from {@link PropertyDiff}
 * @param access its access changes, from {@link AccessDiff}
 * @param accessKnown the access changes were read from both templates; when false (the old
 *     template was not at hand), a change to a type {@link AccessDiff} reads may widen access
 */
public record ResourceReview(
        ResourceChange change, List<PropertyChange> properties, List<AccessChange> access, boolean accessKnown) {

    public ResourceReview {
        Objects.requireNonNull(change, "change");
        properties = List.copyOf(properties);
        access = List.copyOf(access);
    }

    /** A change whose templates were both read. */
    public static ResourceReview of(ResourceChange change, List<PropertyChange> properties, List<AccessChange> access) {
        return new ResourceReview(change, properties, access, true);
    }

    /** A change known only from a change set: its access changes unknown. */
    public static ResourceReview withoutTemplates(ResourceChange change, List<PropertyChange> properties) {
        return new ResourceReview(change, properties, List.of(), false);
    }
}
