package dev.plinth.dsl.compile.network;

import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.dsl.network.Network;

/** The network kind: a VPC across zones, its subnet tiers, NAT and flow logs. */
public final class NetworkKinds {
    private NetworkKinds() {}

    public static final ComponentKind<Network> NETWORK = ComponentKind.of(Network.class)
            .stage(Stage.NETWORK)
            .rules((platform, network, out) -> new NetworkRules(platform, out).check(network))
            .lowering((context, network) -> ComponentLowering.of(new NetworkLowering(context, network)::lower))
            .build();
}
