package dev.plinth.dsl.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ports each role of a Mesos cluster serves and the roles that use them, from which the
 * security group rules are derived. Consul's HTTP (8500) and DNS (8600) ports and
 * Alertmanager's port as Prometheus uses it are on the loopback of the node using them, so no
 * rule opens them between nodes.
 */
public final class MesosPorts {
    /** A role of the cluster, with a security group of its own. */
    public enum Role {
        MASTERS,
        AGENTS,
        MONITORING
    }

    /** What a role serves: a port range, its protocols, and who uses it. */
    public record Service(
            String name, Role server, int fromPort, int toPort, List<String> protocols, List<Role> clients) {}

    /** One security group ingress rule between two roles. */
    public record Rule(Role from, Role to, int fromPort, int toPort, String protocol, String service) {}

    private static final List<Role> ALL = List.of(Role.MASTERS, Role.AGENTS, Role.MONITORING);
    private static final List<String> TCP = List.of("tcp");
    private static final List<String> TCP_UDP = List.of("tcp", "udp");

    private MesosPorts() {}

    public static List<Service> services() {
        return List.of(
                new Service("zookeeper-client", Role.MASTERS, 2181, 2181, TCP, List.of(Role.MASTERS, Role.AGENTS)),
                new Service("zookeeper-peer", Role.MASTERS, 2888, 2888, TCP, List.of(Role.MASTERS)),
                new Service("zookeeper-election", Role.MASTERS, 3888, 3888, TCP, List.of(Role.MASTERS)),
                new Service("mesos-master", Role.MASTERS, 5050, 5050, TCP, List.of(Role.MASTERS, Role.AGENTS)),
                new Service("mesos-agent", Role.AGENTS, 5051, 5051, TCP, List.of(Role.MASTERS)),
                new Service(
                        "marathon",
                        Role.MASTERS,
                        MesosCluster.MARATHON_PORT,
                        MesosCluster.MARATHON_PORT,
                        TCP,
                        List.of(Role.MASTERS)),
                new Service("marathon-scheduler", Role.MASTERS, 8090, 8090, TCP, List.of(Role.MASTERS)),
                new Service("consul-rpc", Role.MASTERS, 8300, 8300, TCP, ALL),
                new Service("consul-serf-lan", Role.MASTERS, 8301, 8301, TCP_UDP, ALL),
                new Service("consul-serf-lan", Role.AGENTS, 8301, 8301, TCP_UDP, ALL),
                new Service("consul-serf-lan", Role.MONITORING, 8301, 8301, TCP_UDP, ALL),
                new Service("consul-serf-wan", Role.MASTERS, 8302, 8302, TCP_UDP, List.of(Role.MASTERS)),
                new Service("node-exporter", Role.MASTERS, 9100, 9100, TCP, List.of(Role.MONITORING)),
                new Service("node-exporter", Role.AGENTS, 9100, 9100, TCP, List.of(Role.MONITORING)),
                new Service("task-ports", Role.AGENTS, 31000, 32000, TCP, List.of(Role.AGENTS)));
    }

    /** Every rule between roles: one per service, client role and protocol. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Service service : services()) {
            for (Role client : service.clients()) {
                for (String protocol : service.protocols()) {
                    rules.add(new Rule(
                            client, service.server(), service.fromPort(), service.toPort(), protocol, service.name()));
                }
            }
        }
        return rules;
    }

    /** The role that serves a port other components may be allowed to, if any. */
    public static Optional<Role> publicPort(MesosCluster cluster, int port) {
        if (port == MesosCluster.MARATHON_PORT) {
            return Optional.of(Role.MASTERS);
        }
        if (port == MesosCluster.PROMETHEUS_PORT || port == MesosCluster.ALERTMANAGER_PORT) {
            return Optional.of(Role.MONITORING);
        }
        return port == cluster.proxyPort() ? Optional.of(Role.AGENTS) : Optional.empty();
    }
}
