package dev.plinth.dsl.compile;

import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.Optional;

/** Which tier a component runs in: the one it names, or its network's first tier of the kind it needs. */
public final class Tiers {
    private Tiers() {}

    public static Optional<SubnetTier> find(Network network, Optional<String> name, SubnetTier.Kind kind) {
        if (name.isPresent()) {
            return network.tiers().stream()
                    .filter(t -> t.name().equals(name.get()))
                    .findFirst();
        }
        return network.tiers().stream().filter(t -> t.kind() == kind).findFirst();
    }
}
