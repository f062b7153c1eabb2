package dev.plinth.dsl.compile;

import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Value;
import dev.plinth.dsl.network.Network;

/** The VPC of a network, once lowered; components in any stack refer to it as an object. */
public final class NetworkRefs {
    private NetworkRefs() {}

    public static Value<String> vpc(LoweringContext context, Network network) {
        Resource vpc = context.vpc(network);
        return vpc.ref();
    }
}
