package dev.plinth.cli;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;

/** A platform with two mistakes, found on the test class path, for the failure paths of the CLI. */
public final class BrokenPlatform implements Platform {
    @Override
    public String name() {
        return "broken";
    }

    @Override
    public List<Environment> environments() {
        return List.of(Environment.builder()
                .name("prod")
                .region("eu-west-1")
                .addAvailabilityZones("eu-west-1a")
                .build());
    }

    @Override
    public List<Stack> stacks(Environment environment) {
        Network network = Network.builder()
                .name("network")
                .cidr("10.0.0.0/16")
                .azCount(3)
                .addTiers(SubnetTier.builder()
                        .name("app")
                        .kind(SubnetTier.Kind.PRIVATE)
                        .addCidrs("10.1.0.0/24")
                        .build())
                .build();
        return List.of(Stack.of("network", network));
    }
}
