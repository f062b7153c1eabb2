package dev.plinth.dsl.network;

import java.util.Locale;

/** How private subnets reach the internet. */
public final class NatStrategy {

    /** The strategies. */
    public enum Kind {
        GATEWAY_PER_AZ,
        SINGLE_GATEWAY,
        NONE
    }

    private static final NatStrategy PER_AZ = new NatStrategy(Kind.GATEWAY_PER_AZ);
    private static final NatStrategy SINGLE = new NatStrategy(Kind.SINGLE_GATEWAY);
    private static final NatStrategy NONE = new NatStrategy(Kind.NONE);

    private final Kind kind;

    private NatStrategy(Kind kind) {
        this.kind = kind;
    }

    /** A NAT gateway in each zone's first public subnet: a zone failure stays in that zone. */
    public static NatStrategy gatewayPerAz() {
        return PER_AZ;
    }

    /** One NAT gateway for all zones: cheaper, but the zone it is in is a single point of failure. */
    public static NatStrategy singleGateway() {
        return SINGLE;
    }

    /** No NAT: private subnets reach AWS only through endpoints. */
    public static NatStrategy none() {
        return NONE;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
