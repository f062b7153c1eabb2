package dev.plinth.stacks;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.network.FlowLogs;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;

/**
 * The network most platforms want, in a stack of its own: a VPC over three zones in production
 * (two elsewhere), a public tier, a private {@code app} tier of /20s behind NAT (a gateway per
 * zone in production, one elsewhere), an isolated {@code data} tier, the S3 endpoint and flow
 * logs. Every choice can be changed on {@link Settings} before building.
 */
public final class NetworkStack {
    public static final String PUBLIC = "public";
    public static final String APP = "app";
    public static final String DATA = "data";

    private final Network network;
    private final Stack stack;

    private NetworkStack(Network network, Stack stack) {
        this.network = network;
        this.stack = stack;
    }

    public static Settings settings(Environment env, String cidr) {
        return new Settings(env, cidr);
    }

    public static NetworkStack of(Environment env, String cidr) {
        return settings(env, cidr).build();
    }

    public Network network() {
        return network;
    }

    public Stack stack() {
        return stack;
    }

    /** The choices of a network stack, defaulted from the environment. */
    public static final class Settings {
        private final String cidr;
        private String name = "network";
        private int azCount;
        private NatStrategy nat;
        private int flowLogRetentionDays;
        private boolean isolatedTier = true;
        private boolean s3Endpoint = true;

        private Settings(Environment env, String cidr) {
            this.cidr = cidr;
            this.azCount =
                    Math.min(env.production() ? 3 : 2, env.availabilityZones().size());
            this.nat = env.production() ? NatStrategy.gatewayPerAz() : NatStrategy.singleGateway();
            this.flowLogRetentionDays = env.production() ? 90 : 14;
        }

        public Settings name(String value) {
            this.name = value;
            return this;
        }

        public Settings azCount(int value) {
            this.azCount = value;
            return this;
        }

        public Settings nat(NatStrategy value) {
            this.nat = value;
            return this;
        }

        public Settings flowLogRetentionDays(int value) {
            this.flowLogRetentionDays = value;
            return this;
        }

        /** Without the isolated {@code data} tier, for platforms with no data services in the VPC. */
        public Settings withoutDataTier() {
            this.isolatedTier = false;
            return this;
        }

        public Settings s3Endpoint(boolean value) {
            this.s3Endpoint = value;
            return this;
        }

        public NetworkStack build() {
            Network.Builder network = Network.builder()
                    .name(name)
                    .cidr(cidr)
                    .azCount(azCount)
                    .addTiers(
                            SubnetTier.publicTier(PUBLIC),
                            SubnetTier.builder()
                                    .name(APP)
                                    .kind(SubnetTier.Kind.PRIVATE)
                                    .prefixLength(20)
                                    .build())
                    .nat(nat)
                    .s3Endpoint(s3Endpoint)
                    .flowLogs(FlowLogs.builder()
                            .retentionDays(flowLogRetentionDays)
                            .build());
            if (isolatedTier) {
                network.addTiers(SubnetTier.isolatedTier(DATA));
            }
            Network built = network.build();
            return new NetworkStack(built, Stack.of(name, built));
        }
    }
}
