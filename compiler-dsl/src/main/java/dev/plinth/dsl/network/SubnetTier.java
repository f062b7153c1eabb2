package dev.plinth.dsl.network;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One subnet per availability zone of the network, all of one kind. CIDRs are allocated
 * automatically (the tier's prefix length, next free range) unless given, one per zone.
 */
@Value.Immutable
public abstract class SubnetTier {

    /** How a tier reaches the internet. */
    public enum Kind {
        /** Routed to the internet gateway; instances may have public addresses. */
        PUBLIC,
        /** Routed to a NAT gateway for outbound traffic only. */
        PRIVATE,
        /** No route out of the VPC (gateway endpoints only). */
        ISOLATED
    }

    public abstract String name();

    public abstract Kind kind();

    /** The prefix length of each subnet; /24 unless given. */
    @Value.Default
    public int prefixLength() {
        return 24;
    }

    /** Explicit CIDRs, one per availability zone in order; validated instead of allocated. */
    public abstract List<String> cidrs();

    public abstract Optional<String> description();

    public static SubnetTier publicTier(String name) {
        return builder().name(name).kind(Kind.PUBLIC).build();
    }

    public static SubnetTier privateTier(String name) {
        return builder().name(name).kind(Kind.PRIVATE).build();
    }

    public static SubnetTier isolatedTier(String name) {
        return builder().name(name).kind(Kind.ISOLATED).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SubnetTier}. */
    public static class Builder extends ImmutableSubnetTier.Builder {}
}
