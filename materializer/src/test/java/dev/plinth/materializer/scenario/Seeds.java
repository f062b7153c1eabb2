package dev.plinth.materializer.scenario;

import dev.plinth.materializer.fake.FakeCloudFormation;
import dev.plinth.materializer.fake.StackSeed;

/** Stacks seeded as an earlier Plinth run of the scenarios' platform left them: with its ownership tags. */
final class Seeds {
    private Seeds() {}

    static StackSeed owned(FakeCloudFormation fake, String stack) {
        return fake.seed("shop-dev-" + stack)
                .tag("plinth:platform", "shop")
                .tag("plinth:environment", "dev")
                .tag("plinth:stack", stack);
    }
}
