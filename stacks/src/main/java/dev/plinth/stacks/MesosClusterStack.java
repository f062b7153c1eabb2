package dev.plinth.stacks;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.network.Network;

/**
 * A Mesos cluster in its own stack, on the private {@code app} tier: three masters (with
 * ZooKeeper and the Consul servers), agents from 3 to 12 in production and 2 to 4 elsewhere, and
 * the monitoring node. Change any of it on {@link Settings}.
 */
public final class MesosClusterStack {
    private final MesosCluster cluster;
    private final Stack stack;

    private MesosClusterStack(MesosCluster cluster, Stack stack) {
        this.cluster = cluster;
        this.stack = stack;
    }

    public static Settings settings(Environment env, Network network) {
        return new Settings(env, network);
    }

    public MesosCluster cluster() {
        return cluster;
    }

    public Stack stack() {
        return stack;
    }

    /** The choices of a Mesos cluster stack, defaulted from the environment. */
    public static final class Settings {
        private final Network network;
        private String name = "mesos";
        private int masters = 3;
        private String agentInstanceType;
        private int agentMin;
        private int agentMax;

        private Settings(Environment env, Network network) {
            this.network = network;
            this.agentInstanceType = env.production() ? "m6i.xlarge" : "m6i.large";
            this.agentMin = env.production() ? 3 : 2;
            this.agentMax = env.production() ? 12 : 4;
        }

        public Settings name(String value) {
            this.name = value;
            return this;
        }

        public Settings masters(int value) {
            this.masters = value;
            return this;
        }

        public Settings agents(String instanceType, int min, int max) {
            this.agentInstanceType = instanceType;
            this.agentMin = min;
            this.agentMax = max;
            return this;
        }

        public MesosClusterStack build() {
            MesosCluster cluster = MesosCluster.builder()
                    .name(name)
                    .network(network)
                    .tier(NetworkStack.APP)
                    .masters(masters)
                    .agentInstanceType(agentInstanceType)
                    .agentMinSize(agentMin)
                    .agentMaxSize(agentMax)
                    .build();
            return new MesosClusterStack(cluster, Stack.of(name, cluster));
        }
    }
}
