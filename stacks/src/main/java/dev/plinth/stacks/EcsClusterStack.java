package dev.plinth.stacks;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.network.Network;

/**
 * An ECS cluster in its own stack, on the private {@code app} tier: m6i.large instances from 3 to
 * 12 in production, t3.large from 1 to 3 elsewhere. Change either on {@link Settings}.
 */
public final class EcsClusterStack {
    private final EcsCluster cluster;
    private final Stack stack;

    private EcsClusterStack(EcsCluster cluster, Stack stack) {
        this.cluster = cluster;
        this.stack = stack;
    }

    public static Settings settings(Environment env, Network network) {
        return new Settings(env, network);
    }

    public EcsCluster cluster() {
        return cluster;
    }

    public Stack stack() {
        return stack;
    }

    /** The choices of an ECS cluster stack, defaulted from the environment. */
    public static final class Settings {
        private final Network network;
        private String name = "containers";
        private String stackName = "cluster";
        private String instanceType;
        private int minSize;
        private int maxSize;

        private Settings(Environment env, Network network) {
            this.network = network;
            this.instanceType = env.production() ? "m6i.large" : "t3.large";
            this.minSize = env.production() ? 3 : 1;
            this.maxSize = env.production() ? 12 : 3;
        }

        public Settings name(String value) {
            this.name = value;
            return this;
        }

        public Settings stackName(String value) {
            this.stackName = value;
            return this;
        }

        public Settings instanceType(String value) {
            this.instanceType = value;
            return this;
        }

        public Settings size(int min, int max) {
            this.minSize = min;
            this.maxSize = max;
            return this;
        }

        public EcsClusterStack build() {
            EcsCluster cluster = EcsCluster.builder()
                    .name(name)
                    .network(network)
                    .tier(NetworkStack.APP)
                    .instanceType(instanceType)
                    .minSize(minSize)
                    .maxSize(maxSize)
                    .build();
            return new EcsClusterStack(cluster, Stack.of(stackName, cluster));
        }
    }
}
