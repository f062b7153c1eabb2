package dev.plinth.dsl.data;

import dev.plinth.dsl.Secured;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ElastiCache Redis replication group in the network's isolated tier (else its private one):
 * encrypted in transit and at rest, an AUTH token generated in Secrets Manager, Multi-AZ with
 * automatic failover when it has replicas, reachable on 6379 from {@link #allowFrom()} only.
 */
@Value.Immutable
public abstract class Cache implements Secured {
    public static final int PORT = 6379;

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "cache";
    }

    public abstract Network network();

    public abstract Optional<String> tier();

    /** Such as {@code cache.r7g.large}. */
    public abstract String nodeType();

    @Value.Default
    public String engineVersion() {
        return "7.1";
    }

    /** Read replicas besides the primary; 1 unless given. */
    @Value.Default
    public int replicas() {
        return 1;
    }

    @Value.Default
    public int snapshotRetentionDays() {
        return 7;
    }

    /**
     * Turns encryption in transit and at rest (and so the AUTH token) off. For clients that cannot
     * speak TLS only; reported as a warning.
     */
    @Value.Default
    public boolean insecureWithoutEncryption() {
        return false;
    }

    public abstract List<Secured> allowFrom();

    public int nodes() {
        return replicas() + 1;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Cache}. */
    public static class Builder extends ImmutableCache.Builder {
        /** Lets {@code source}'s security group reach the cache on 6379. */
        public Builder allowFrom(Secured source) {
            addAllowFrom(source);
            return this;
        }
    }
}
