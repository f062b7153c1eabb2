package dev.plinth.dsl.compile.data;

import dev.plinth.dsl.compile.Tiers;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.Optional;

/** Where a data service runs: the tier it names, or the network's first isolated tier, else its first private one. */
public final class DataTiers {
    private DataTiers() {}

    public static Optional<SubnetTier> find(Network network, Optional<String> name) {
        if (name.isPresent()) {
            return Tiers.find(network, name, SubnetTier.Kind.ISOLATED);
        }
        return Tiers.find(network, name, SubnetTier.Kind.ISOLATED)
                .or(() -> Tiers.find(network, name, SubnetTier.Kind.PRIVATE));
    }
}
