package dev.plinth.dsl.compile.cluster;

import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.cluster.MesosVersions;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.templates.CfnSignal;
import dev.plinth.templates.MesosAgentModel;
import dev.plinth.templates.MesosClusterSettings;
import dev.plinth.templates.MesosClusterSettings.Image;
import dev.plinth.templates.MesosMasterModel;
import dev.plinth.templates.MesosMonitoringModel;
import dev.plinth.templates.UserDataModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The user-data models of a Mesos cluster's nodes, by role: {@code master-1} …, {@code agent}, {@code monitoring}. */
final class MesosUserData {
    private MesosUserData() {}

    static Map<String, UserDataModel> models(ResolvedPlatform platform, MesosCluster cluster, String stack) {
        List<String> ips = new ArrayList<>();
        MesosLayout.masters(platform, cluster).forEach(m -> ips.add(m.ip()));
        MesosVersions v = cluster.versions();
        MesosClusterSettings settings = MesosClusterSettings.builder()
                .clusterName(cluster.name())
                .region(platform.environment().region())
                .masterIps(ips)
                .consulServers(cluster.consulServers())
                .image(Image.ZOOKEEPER, "zookeeper:" + v.zookeeper())
                .image(Image.MESOS_MASTER, "mesosphere/mesos-master:" + v.mesos())
                .image(Image.MESOS_AGENT, "mesosphere/mesos-slave:" + v.mesos())
                .image(Image.MARATHON, "mesosphere/marathon:v" + v.marathon())
                .image(Image.REGISTRATOR, "gliderlabs/registrator:v" + v.registrator())
                .image(Image.HAPROXY, "haproxy:" + v.haproxy())
                .image(Image.PROMETHEUS, "prom/prometheus:v" + v.prometheus())
                .image(Image.ALERTMANAGER, "prom/alertmanager:v" + v.alertmanager())
                .image(Image.NODE_EXPORTER, "prom/node-exporter:v" + v.nodeExporter())
                .consulVersion(v.consul())
                .consulTemplateVersion(v.consulTemplate())
                .logGroupName(Names.logGroup(platform, cluster))
                .build();
        String stackName = Names.stackName(platform, stack);
        Map<String, UserDataModel> models = new LinkedHashMap<>();
        for (int i = 1; i <= ips.size(); i++) {
            models.put(
                    "master-" + i,
                    MesosMasterModel.of(
                            settings, i, CfnSignal.of(stackName, Names.logicalId(cluster, MesosLowering.master(i)))));
        }
        models.put(
                "agent",
                MesosAgentModel.of(
                        settings,
                        cluster.proxyPort(),
                        CfnSignal.of(stackName, Names.logicalId(cluster, MesosLowering.AGENT_GROUP))));
        models.put(
                "monitoring",
                MesosMonitoringModel.of(
                        settings,
                        cluster.metricsRetentionDays(),
                        CfnSignal.of(stackName, Names.logicalId(cluster, MesosLowering.MONITORING))));
        return models;
    }
}
