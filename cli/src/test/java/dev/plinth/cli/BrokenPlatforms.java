package dev.plinth.cli;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.network.Network;
import java.util.List;

/** Platforms whose own code fails, each its own way; listed in a services file a test writes, never on the class path. */
final class BrokenPlatforms {
    private BrokenPlatforms() {}

    static final Environment PROD = Environment.builder()
            .name("prod")
            .region("eu-west-1")
            .addAvailabilityZones("eu-west-1a")
            .build();

    /** Its constructor throws. */
    public static final class ThrowingConstructor implements Platform {
        public ThrowingConstructor() {
            throw new IllegalStateException("PLATFORM_HOME is not set");
        }

        @Override
        public String name() {
            return "throwing-constructor";
        }

        @Override
        public List<Environment> environments() {
            return List.of(PROD);
        }

        @Override
        public List<Stack> stacks(Environment environment) {
            return List.of();
        }
    }

    /** Its environments() throws. */
    public static final class ThrowingEnvironments implements Platform {
        @Override
        public String name() {
            return "throwing-environments";
        }

        @Override
        public List<Environment> environments() {
            throw new UnsupportedOperationException("environments come from a file that is missing");
        }

        @Override
        public List<Stack> stacks(Environment environment) {
            return List.of();
        }
    }

    /** Its stacks() returns null. */
    public static final class NullStacks implements Platform {
        @Override
        public String name() {
            return "null-stacks";
        }

        @Override
        public List<Environment> environments() {
            return List.of(PROD);
        }

        @Override
        public List<Stack> stacks(Environment environment) {
            return null;
        }
    }

    /** Its stacks() builds a network without a CIDR. */
    public static final class IncompleteBuilder implements Platform {
        @Override
        public String name() {
            return "incomplete-builder";
        }

        @Override
        public List<Environment> environments() {
            return List.of(PROD);
        }

        @Override
        public List<Stack> stacks(Environment environment) {
            return List.of(Stack.of("network", Network.builder().name("network").build()));
        }
    }
}
