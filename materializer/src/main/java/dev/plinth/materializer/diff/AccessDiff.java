package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Access a change grants or takes away, read from a resource's old and new template JSON: IAM
 * statements, managed policies and attachments of roles, users, groups, policies and resource
 * policies, and ingress rules of security groups.
 *
 * <p>An added grant widens access unless an old grant of the same resource already covered it
 * (an action under an old {@code s3:*}, a CIDR inside an old one, a port inside an old range),
 * so reordering, renaming a statement or narrowing is not widening. A document that cannot be
 * read before apply ({@code Fn::If}, an imported value) counts as widening, since nothing says it
 * does not.
 */
public final class AccessDiff {

    private AccessDiff() {}

    /** Whether this engine reads the access of a resource type; other types' changes it cannot judge. */
    public static boolean analyzes(String resourceType) {
        return PolicyAccess.analyzes(resourceType) || IngressAccess.analyzes(resourceType);
    }

    /**
     * Access added and removed between a resource's old and new JSON (either absent for an added
     * or removed resource); empty for a type this engine does not read. Removals before
     * additions, each in document order.
     */
    public static List<AccessChange> between(String logicalId, JsonNode before, JsonNode after) {
        JsonNode old = Json.present(before);
        JsonNode now = Json.present(after);
        JsonNode either = now != null ? now : old;
        String type = either == null ? "" : either.path("Type").asText("");
        JsonNode oldProperties =
                old == null || !type.equals(old.path("Type").asText("")) ? null : old.get("Properties");
        JsonNode newProperties = now == null ? null : now.get("Properties");
        if (PolicyAccess.analyzes(type)) {
            return PolicyAccess.between(logicalId, type, Json.present(oldProperties), Json.present(newProperties));
        }
        if (IngressAccess.analyzes(type)) {
            return IngressAccess.between(logicalId, type, Json.present(oldProperties), Json.present(newProperties));
        }
        return List.of();
    }
}
