package dev.plinth.materializer.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of change a reviewer must not miss, with the resources that make it.
 *
 * @param kind what it is
 * @param entries the resources, each with what happens to it and why
 */
public record Banner(Kind kind, List<Entry> entries) {

    /** Banners, most severe first. */
    public enum Kind {
        /** A stateful resource (database, bucket, queue, volume, …) replaced or removed. */
        DATA_LOSS,
        /** A network resource (VPC, subnet, route table, gateway, load balancer, …) replaced: connections drop. */
        NETWORK_REPLACEMENT,
        /** A resource removed. */
        DELETION,
        /** IAM permissions granted that were not before. */
        IAM_WIDENING,
        /** Network ingress opened that was not before. */
        INGRESS_WIDENING
    }

    /**
     * One resource of a banner.
     *
     * @param stack the stack, in a plan of several; empty for one stack's banners
     * @param effect what happens to it: {@code removed}, {@code replaced}, {@code may be replaced},
     *     {@code widens permissions}, …
     * @param causes the properties that cause a replacement, or the access it grants
     */
    public record Entry(
            Optional<String> stack, String logicalId, String resourceType, String effect, List<String> causes) {
        public Entry {
            Objects.requireNonNull(stack, "stack");
            Objects.requireNonNull(logicalId, "logicalId");
            Objects.requireNonNull(resourceType, "resourceType");
            Objects.requireNonNull(effect, "effect");
            causes = List.copyOf(causes);
        }
    }

    public Banner {
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
    }
}
