package dev.plinth.materializer;

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
 */
public record ResourceChange(String logicalId, String resourceType, String action, Optional<String> replacement,
    List<String> replacingProperties, List<String> changedProperties, boolean isProtected) {

  public ResourceChange {
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(replacement, "replacement");
    replacingProperties = List.copyOf(replacingProperties);
    changedProperties = List.copyOf(changedProperties);
  }

  /** Whether applying loses the resource as it is: a removal, or a replacement (possible or certain). */
  public boolean destroys() {
    return action.equals("Remove") || (action.equals("Modify") && replacement.filter(r -> !r.equals("False")).isPresent());
  }
}
