package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed value of a resource.
 *
 * @param path where the value is: a property's nested path ({@code LaunchTemplateData.InstanceType},
 *     {@code SecurityGroupIngress[2].CidrIp}, {@code Tags[Key=Team].Value}), or an attribute
 *     ({@code (attribute) DeletionPolicy}) as the offline plan names them
 * @param before the old value; empty when the value is added, or when only a change set names the
 *     change and does not give the value
 * @param after the new value; for a value known only after apply, the template's expression
 * @param requiresRecreation whether the change replaces the resource: from the change set when it
 *     names the property, else from the resource specification's rule for the top-level property
 * @param causingEntity the parameter, resource or attribute that causes the change, from the change set
 * @param knownAfterApply the new value is an expression CloudFormation resolves only while applying
 */
public record PropertyChange(
        String path,
        Optional<JsonNode> before,
        Optional<JsonNode> after,
        Recreation requiresRecreation,
        Optional<String> causingEntity,
        boolean knownAfterApply) {

    public PropertyChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(requiresRecreation, "requiresRecreation");
        Objects.requireNonNull(causingEntity, "causingEntity");
    }

    /** The top-level property (or attribute) the path starts with: {@code LaunchTemplateData} for {@code LaunchTemplateData.InstanceType}. */
    public String property() {
        int end = path.length();
        for (int i = path.startsWith(PropertyDiff.ATTRIBUTE) ? PropertyDiff.ATTRIBUTE.length() : 0;
                i < path.length();
                i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }
}
