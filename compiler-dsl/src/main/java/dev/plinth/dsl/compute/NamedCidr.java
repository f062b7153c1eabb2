package dev.plinth.dsl.compute;

import java.util.Objects;

/** A CIDR range with a name that says whose it is ({@code office}, {@code vpn}). */
public final class NamedCidr {
    private final String name;
    private final String cidr;

    private NamedCidr(String name, String cidr) {
        this.name = Objects.requireNonNull(name, "name");
        this.cidr = Objects.requireNonNull(cidr, "cidr");
    }

    public static NamedCidr of(String name, String cidr) {
        return new NamedCidr(name, cidr);
    }

    public String name() {
        return name;
    }

    public String cidr() {
        return cidr;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedCidr that && that.name.equals(name) && that.cidr.equals(cidr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, cidr);
    }

    @Override
    public String toString() {
        return name + " " + cidr;
    }
}
