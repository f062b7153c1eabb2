package dev.plinth.templates;

import java.util.Collections;
import java.util.Map;

/**
 * The values of {@code mesos-monitoring.sh.ftl}: Prometheus finding the node exporters of every
 * node through the local Consul agent, with a basic alert rule file and Alertmanager (one
 * route, no receiver integration) on the same node, plus the node's own exporter.
 */
public final class MesosMonitoringModel implements UserDataModel {
    public static final String TEMPLATE = "mesos-monitoring.sh.ftl";
    /** The longest Prometheus keeps metrics here. */
    public static final int MAX_RETENTION_DAYS = 3650;

    private final MesosClusterSettings cluster;
    private final int retentionDays;
    private final CfnSignal cfnSignal;

    private MesosMonitoringModel(MesosClusterSettings cluster, int retentionDays, CfnSignal cfnSignal) {
        this.cluster = Checks.notNull("cluster", cluster);
        if (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException(
                    "retentionDays " + retentionDays + " is invalid: keep metrics 1 to 3,650 days");
        }
        this.retentionDays = retentionDays;
        this.cfnSignal = Checks.notNull("cfnSignal", cfnSignal);
    }

    /** The cluster's monitoring node, keeping metrics {@code retentionDays} days. */
    public static MesosMonitoringModel of(MesosClusterSettings cluster, int retentionDays, CfnSignal cfnSignal) {
        return new MesosMonitoringModel(cluster, retentionDays, cfnSignal);
    }

    @Override
    public String templateName() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> templateData() {
        Map<String, Object> data = cluster.templateData(cfnSignal);
        data.put("retentionDays", retentionDays);
        data.put("consulServer", false);
        data.put("role", "monitoring");
        return Collections.unmodifiableMap(data);
    }
}
