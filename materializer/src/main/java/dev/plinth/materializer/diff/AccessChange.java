package dev.plinth.materializer.diff;

import java.util.Objects;

/**
 * One grant of access added or removed: an IAM statement, managed policy or attachment, or a
 * security-group ingress rule.
 *
 * @param logicalId the resource that holds it
 * @param kind IAM or INGRESS
 * @param widens applying grants access that was not granted before: an added Allow not covered
 *     by an old one, a removed Deny, an added ingress rule not covered by an old one, or a
 *     document that cannot be read before apply
 * @param broad the grant is unbounded: a wildcard action, resource or principal for IAM, a
 *     world-open source (0.0.0.0/0, ::/0) for ingress
 * @param description what a reviewer reads: {@code + Allow s3:* on * (wildcard)},
 *     {@code + ingress tcp 22 from 0.0.0.0/0 (world-open admin port)}
 */
public record AccessChange(String logicalId, Kind kind, boolean widens, boolean broad, String description) {

    /** What kind of access. */
    public enum Kind {
        IAM,
        INGRESS
    }

    public AccessChange {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
