package dev.plinth.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The values of {@code mesos-master.sh.ftl}: master {@code n} of a cluster runs ZooKeeper server
 * {@code n} of the ensemble, a Mesos master with a quorum of a majority of the masters,
 * Marathon, a Consul server (or agent, past the cluster's Consul server count) and a node
 * exporter.
 */
public final class MesosMasterModel implements UserDataModel {
    public static final String TEMPLATE = "mesos-master.sh.ftl";
    /** The port Marathon's scheduler driver listens on for the Mesos master (libprocess). */
    public static final int MARATHON_LIBPROCESS_PORT = 8090;

    private final MesosClusterSettings cluster;
    private final int index;
    private final CfnSignal cfnSignal;

    private MesosMasterModel(MesosClusterSettings cluster, int index, CfnSignal cfnSignal) {
        this.cluster = Checks.notNull("cluster", cluster);
        if (index < 1 || index > cluster.masterIps().size()) {
            throw new IllegalArgumentException("master index " + index + " is invalid: use 1 to "
                    + cluster.masterIps().size());
        }
        this.index = index;
        this.cfnSignal = Checks.notNull("cfnSignal", cfnSignal);
    }

    /** Master {@code index} (from 1) of the cluster, signalling {@code cfnSignal} when it has booted. */
    public static MesosMasterModel of(MesosClusterSettings cluster, int index, CfnSignal cfnSignal) {
        return new MesosMasterModel(cluster, index, cfnSignal);
    }

    public int index() {
        return index;
    }

    public String ip() {
        return cluster.masterIps().get(index - 1);
    }

    /** A majority of the masters: floor(n/2)+1. */
    public int quorum() {
        return cluster.masterIps().size() / 2 + 1;
    }

    public boolean consulServer() {
        return index <= cluster.consulServerIps().size();
    }

    /** ZooKeeper's {@code ZOO_SERVERS}: {@code server.1=10.0.1.10:2888:3888;2181 server.2=…}. */
    public String zookeeperServers() {
        List<String> servers = new ArrayList<>();
        List<String> ips = cluster.masterIps();
        for (int i = 0; i < ips.size(); i++) {
            servers.add("server." + (i + 1) + "=" + ips.get(i) + ":2888:3888;2181");
        }
        return String.join(" ", servers);
    }

    @Override
    public String templateName() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> templateData() {
        Map<String, Object> data = cluster.templateData(cfnSignal);
        data.put("index", index);
        data.put("nodeIp", ip());
        data.put("quorum", quorum());
        data.put("consulServer", consulServer());
        data.put("zookeeperServers", zookeeperServers());
        data.put("marathonLibprocessPort", MARATHON_LIBPROCESS_PORT);
        data.put("role", "master");
        return Collections.unmodifiableMap(data);
    }
}
