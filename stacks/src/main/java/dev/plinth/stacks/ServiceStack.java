package dev.plinth.stacks;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.compute.Runtime;
import dev.plinth.dsl.compute.TargetTracking;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stateless service in its own stack: a fleet in the private {@code app} tier sized for the
 * environment (3 to 9 in production, 1 to 2 elsewhere), CPU target tracking at 60 %, and, when
 * asked, an internet-facing application load balancer forwarding port 80 to the artifact's port
 * with its health check path. Every choice can be changed on {@link Settings}.
 */
public final class ServiceStack {
    private final Fleet fleet;
    private final Optional<LoadBalancer> loadBalancer;
    private final Stack stack;

    private ServiceStack(Fleet fleet, Optional<LoadBalancer> loadBalancer, Stack stack) {
        this.fleet = fleet;
        this.loadBalancer = loadBalancer;
        this.stack = stack;
    }

    public static Settings settings(
            Environment env, Network network, String name, String instanceType, Artifact artifact) {
        return new Settings(env, network, name, instanceType, artifact);
    }

    public Fleet fleet() {
        return fleet;
    }

    public Optional<LoadBalancer> loadBalancer() {
        return loadBalancer;
    }

    public Stack stack() {
        return stack;
    }

    /** The choices of a service stack, defaulted from the environment. */
    public static final class Settings {
        private final Network network;
        private final String name;
        private final String instanceType;
        private final Artifact artifact;
        private final List<Ingress> allowFrom = new ArrayList<>();
        private String stackName;
        private int minSize;
        private int maxSize;
        private double cpuTarget = 60;
        private int logRetentionDays;
        private boolean loadBalancer;

        private Settings(Environment env, Network network, String name, String instanceType, Artifact artifact) {
            this.network = network;
            this.name = name;
            this.instanceType = instanceType;
            this.artifact = artifact;
            this.stackName = name;
            this.minSize = env.production() ? 3 : 1;
            this.maxSize = env.production() ? 9 : 2;
            this.logRetentionDays = env.production() ? 90 : 14;
        }

        public Settings stackName(String value) {
            this.stackName = value;
            return this;
        }

        public Settings size(int min, int max) {
            this.minSize = min;
            this.maxSize = max;
            return this;
        }

        public Settings cpuTarget(double percent) {
            this.cpuTarget = percent;
            return this;
        }

        public Settings logRetentionDays(int value) {
            this.logRetentionDays = value;
            return this;
        }

        public Settings allowFrom(Component source, int port) {
            allowFrom.add(Ingress.from(source, port));
            return this;
        }

        /** Puts an internet-facing application load balancer in front, on port 80. */
        public Settings withLoadBalancer() {
            if (artifact.port().isEmpty()) {
                throw new IllegalArgumentException(
                        "service " + name + "'s artifact has no port for a load balancer to forward to");
            }
            this.loadBalancer = true;
            return this;
        }

        public ServiceStack build() {
            Fleet fleet = Fleet.builder()
                    .name(name)
                    .network(network)
                    .tier(NetworkStack.APP)
                    .runtime(Runtime.of(instanceType))
                    .artifact(artifact)
                    .minSize(minSize)
                    .maxSize(maxSize)
                    .addScaling(TargetTracking.cpu(cpuTarget))
                    .addAllAllowFrom(allowFrom)
                    .logRetentionDays(logRetentionDays)
                    .build();
            if (!loadBalancer) {
                return new ServiceStack(fleet, Optional.empty(), Stack.of(stackName, fleet));
            }
            LoadBalancer lb = LoadBalancer.builder()
                    .name(name + "-lb")
                    .network(network)
                    .type(LoadBalancer.Type.APPLICATION)
                    .addListeners(Listener.builder()
                            .port(80)
                            .protocol(Listener.Protocol.HTTP)
                            .target(fleet)
                            .targetPort(artifact.port().get())
                            .healthCheck(
                                    HealthCheck.path(artifact.healthCheckPath().orElse("/")))
                            .build())
                    .build();
            return new ServiceStack(fleet, Optional.of(lb), Stack.of(stackName, fleet, lb));
        }
    }
}
