package dev.plinth.dsl.dns;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A record of a zone: a CNAME to a database's or cache's endpoint, an A alias to a load
 * balancer, or a plain CNAME or A record. Its name is relative to the zone ({@code db}).
 */
@Value.Immutable
public abstract class DnsRecord {

    /** The record types the DSL writes. */
    public enum Type {
        A,
        CNAME
    }

    public abstract String name();

    public abstract Type type();

    /** The component the record points at; its endpoint is resolved when the platform compiles. */
    public abstract Optional<Component> target();

    /** The values of a plain record: addresses for A, one host name for CNAME. */
    public abstract List<String> values();

    @Value.Default
    public int ttl() {
        return 60;
    }

    public static DnsRecord to(String name, Component target) {
        Type type = target instanceof LoadBalancer ? Type.A : Type.CNAME;
        return builder().name(name).type(type).target(target).build();
    }

    public static DnsRecord cname(String name, String host) {
        return builder().name(name).type(Type.CNAME).addValue(host).build();
    }

    public static DnsRecord a(String name, String... addresses) {
        return builder().name(name).type(Type.A).addValues(addresses).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DnsRecord}. */
    public static class Builder extends ImmutableDnsRecord.Builder {}
}
