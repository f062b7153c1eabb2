package dev.plinth.dsl.cluster;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.Secured;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.compute.MachineImage;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Mesos cluster in a private tier: an odd number of masters (fixed instances with addresses
 * computed from the tier's CIDRs, spread over the zones) each running ZooKeeper, a Mesos master
 * and Marathon; the first {@link #consulServers()} masters also run the Consul servers.
 * Agents are an auto scaling group running Docker, a Mesos agent, registrator and HAProxy
 * configured by consul-template. A dedicated monitoring instance runs Prometheus (targets from
 * Consul) and Alertmanager. Every node runs a Consul agent and a node exporter.
 *
 * <p>Security groups per role admit only the ports each role serves, from the roles that use
 * them; {@link #allowFrom()} opens Marathon (8080), Prometheus (9090), Alertmanager (9093) or
 * the agents' proxy port to other components or named ranges, never to the whole internet.
 * Other components naming the cluster as a source name its agents' group.
 */
@Value.Immutable
public abstract class MesosCluster implements Secured {
    public static final int MARATHON_PORT = 8080;
    public static final int PROMETHEUS_PORT = 9090;
    public static final int ALERTMANAGER_PORT = 9093;

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "mesos cluster";
    }

    public abstract Network network();

    /** The private tier to run in; the network's first private tier unless named. */
    public abstract Optional<String> tier();

    /** An odd number, so that ZooKeeper and the Mesos masters keep a majority. */
    @Value.Default
    public int masters() {
        return 3;
    }

    @Value.Default
    public String masterInstanceType() {
        return "m5.large";
    }

    /** Consul servers, on the first masters (the other masters run Consul agents). */
    @Value.Default
    public int consulServers() {
        return 3;
    }

    @Value.Default
    public String agentInstanceType() {
        return "m5.xlarge";
    }

    @Value.Default
    public int agentMinSize() {
        return 3;
    }

    @Value.Default
    public int agentMaxSize() {
        return Math.max(agentMinSize(), 6);
    }

    @Value.Default
    public String monitoringInstanceType() {
        return "t3.large";
    }

    @Value.Default
    public int metricsRetentionDays() {
        return 15;
    }

    /** The port HAProxy listens on, on every agent. */
    @Value.Default
    public int proxyPort() {
        return 80;
    }

    @Value.Default
    public MesosVersions versions() {
        return MesosVersions.defaults();
    }

    @Value.Default
    public MachineImage image() {
        return MachineImage.amazonLinux2023();
    }

    /** Each node's encrypted gp3 root volume, which also holds images and task sandboxes. */
    @Value.Default
    public int volumeSizeGib() {
        return 50;
    }

    /** How long a node has to signal that it booted (ISO-8601 duration). */
    @Value.Default
    public String signalTimeout() {
        return "PT20M";
    }

    @Value.Default
    public int logRetentionDays() {
        return 30;
    }

    /** Who may reach Marathon, Prometheus, Alertmanager or the proxy, by port. */
    public abstract List<Ingress> allowFrom();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MesosCluster}. */
    public static class Builder extends ImmutableMesosCluster.Builder {
        /** Lets {@code source}'s security group reach the cluster role serving {@code port}. */
        public Builder allowFrom(Component source, int port) {
            addAllowFrom(Ingress.from(source, port));
            return this;
        }

        /** Lets a named range reach the cluster role serving {@code port}. */
        public Builder allowFrom(String name, String cidr, int port) {
            addAllowFrom(Ingress.fromCidr(name, cidr, port));
            return this;
        }
    }
}
