package dev.plinth.materializer.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource of a change set (or of an offline diff): what happens to it and, for a modify,
 * whether it replaces the resource and which properties force that.
 *
 * @param action Add, Modify, Remove, Import or Dynamic, as CloudFormation names them
 * @param replacement True, False or Conditional for a Modify; empty otherwise
 * @param replacingProperties the properties whose change requires (or may require) replacement
 * @param changedProperties every property that changes
 * @param isProtected the resource is protected: a database, a hosted zone, anything retained
 * @param properties each changed property, old → new, as a reviewer reads it (a plan against AWS fills it in)
 * @param access permissions and ingress added or removed, as a reviewer reads them
 */
public record ResourceChange(
        String logicalId,
        String resourceType,
        String action,
        Optional<String> replacement,
        List<String> replacingProperties,
        List<String> changedProperties,
        boolean isProtected,
        List<String> properties,
        List<String> access) {

    public ResourceChange(
            String logicalId,
            String resourceType,
            String action,
            Optional<String> replacement,
            List<String> replacingProperties,
            List<String> changedProperties,
            boolean isProtected) {
        this(
                logicalId,
                resourceType,
                action,
                replacement,
                replacingProperties,
                changedProperties,
                isProtected,
                List.of(),
                List.of());
    }

    public ResourceChange {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(replacement, "replacement");
        replacingProperties = List.copyOf(replacingProperties);
        changedProperties = List.copyOf(changedProperties);
        properties = List.copyOf(properties);
        access = List.copyOf(access);
    }

    /** The same change, with what a review of both templates found. */
    public ResourceChange reviewed(List<String> propertyLines, List<String> accessLines) {
        return new ResourceChange(
                logicalId,
                resourceType,
                action,
                replacement,
                replacingProperties,
                changedProperties,
                isProtected,
                propertyLines,
                accessLines);
    }

    /** Whether applying loses the resource as it is: a removal, or a replacement (possible or certain). */
    public boolean destroys() {
        return action.equals("Remove")
                || (action.equals("Modify")
                        && replacement.filter(r -> !r.equals("False")).isPresent());
    }
}
