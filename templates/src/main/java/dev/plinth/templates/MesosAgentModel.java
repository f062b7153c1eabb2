package dev.plinth.templates;

import java.util.Collections;
import java.util.Map;

/**
 * The values of {@code mesos-agent.sh.ftl}: a Mesos agent offering the instance's resources to
 * the masters found through ZooKeeper, Docker, registrator writing the containers' endpoints
 * into the local Consul agent, consul-template rendering HAProxy's configuration from the
 * Consul catalog (services tagged {@code proxy}, routed by host name), and a node exporter.
 */
public final class MesosAgentModel implements UserDataModel {
    public static final String TEMPLATE = "mesos-agent.sh.ftl";
    /** The host ports Mesos offers to tasks, which the proxies on other agents forward to. */
    public static final int TASK_PORTS_FROM = 31000;

    public static final int TASK_PORTS_TO = 32000;

    private final MesosClusterSettings cluster;
    private final int proxyPort;
    private final CfnSignal cfnSignal;

    private MesosAgentModel(MesosClusterSettings cluster, int proxyPort, CfnSignal cfnSignal) {
        this.cluster = Checks.notNull("cluster", cluster);
        this.proxyPort = Checks.port("proxyPort", proxyPort);
        this.cfnSignal = Checks.notNull("cfnSignal", cfnSignal);
    }

    /** An agent of the cluster whose proxy listens on {@code proxyPort}. */
    public static MesosAgentModel of(MesosClusterSettings cluster, int proxyPort, CfnSignal cfnSignal) {
        return new MesosAgentModel(cluster, proxyPort, cfnSignal);
    }

    public int proxyPort() {
        return proxyPort;
    }

    @Override
    public String templateName() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> templateData() {
        Map<String, Object> data = cluster.templateData(cfnSignal);
        data.put("proxyPort", proxyPort);
        data.put("taskPorts", TASK_PORTS_FROM + "-" + TASK_PORTS_TO);
        data.put("consulServer", false);
        data.put("role", "agent");
        return Collections.unmodifiableMap(data);
    }
}
