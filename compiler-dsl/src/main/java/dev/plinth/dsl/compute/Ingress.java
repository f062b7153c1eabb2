package dev.plinth.dsl.compute;

import dev.plinth.dsl.Component;
import java.util.Objects;
import java.util.Optional;

/**
 * Traffic allowed in: from another component's security group (the default way), or from a
 * named CIDR range.
 */
public final class Ingress {
    private final Optional<Component> source;
    private final Optional<String> cidrName;
    private final Optional<String> cidr;
    private final int port;

    private Ingress(Optional<Component> source, Optional<String> cidrName, Optional<String> cidr, int port) {
        this.source = source;
        this.cidrName = cidrName;
        this.cidr = cidr;
        this.port = port;
    }

    public static Ingress from(Component source, int port) {
        return new Ingress(
                Optional.of(Objects.requireNonNull(source, "source")), Optional.empty(), Optional.empty(), port);
    }

    /** From a range, named for the rule's description: {@code fromCidr("office", "203.0.113.0/24", 22)}. */
    public static Ingress fromCidr(String name, String cidr, int port) {
        return new Ingress(Optional.empty(), Optional.of(name), Optional.of(cidr), port);
    }

    public Optional<Component> source() {
        return source;
    }

    public Optional<String> cidrName() {
        return cidrName;
    }

    public Optional<String> cidr() {
        return cidr;
    }

    public int port() {
        return port;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ingress that
                && port == that.port
                && cidr.equals(that.cidr)
                && cidrName.equals(that.cidrName)
                && source.map(s -> that.source.isPresent() && that.source.get() == s)
                        .orElse(that.source.isEmpty());
    }

    @Override
    public int hashCode() {
        return Objects.hash(port, cidr, source.map(System::identityHashCode));
    }

    @Override
    public String toString() {
        return source.map(s -> s.kind() + " " + s.name()).orElse(cidrName.orElse("") + " " + cidr.orElse("")) + ":"
                + port;
    }
}
