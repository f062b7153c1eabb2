package dev.plinth.dsl.network;

import dev.plinth.dsl.Component;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A VPC spread over availability zones, with subnet tiers, routing, NAT, an S3 gateway
 * endpoint and optional flow logs.
 */
@Value.Immutable
public abstract class Network implements Component {

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "network";
    }

    /** The VPC's IPv4 range, such as {@code 10.0.0.0/16}. */
    public abstract String cidr();

    /** How many of the environment's zones to use (the first ones); 2 unless zones are named. */
    public abstract Optional<Integer> azCount();

    /** Explicit zones, instead of a count. */
    public abstract List<String> availabilityZones();

    public abstract List<SubnetTier> tiers();

    @Value.Default
    public NatStrategy nat() {
        return NatStrategy.gatewayPerAz();
    }

    /** A gateway endpoint so private and isolated subnets reach S3 without NAT. */
    @Value.Default
    public boolean s3Endpoint() {
        return true;
    }

    public abstract Optional<FlowLogs> flowLogs();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Network}. */
    public static class Builder extends ImmutableNetwork.Builder {}
}
