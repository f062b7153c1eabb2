package dev.plinth.templates;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Representative models, one per shape each template takes; each is also a golden file. */
final class Examples {
    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Examples() {}

    static RuntimeBootstrapModel.Builder runtimeBuilder() {
        return RuntimeBootstrapModel.builder()
                .serviceName("orders")
                .region("eu-west-1")
                .artifactBucket("acme-prod-artifacts")
                .artifactKey("orders/1.4.2/orders-1.4.2.tar.gz")
                .artifactSha256(SHA256)
                .runCommand("bin/orders")
                .logGroupName("/plinth/prod/orders")
                .cfnSignal("prod-orders", "OrdersGroup");
    }

    /** The names of the golden files, and the models rendered into them. */
    static Map<String, UserDataModel> all() {
        Map<String, UserDataModel> models = new TreeMap<>();
        models.put(
                "runtime-bootstrap",
                runtimeBuilder()
                        .runCommand("bin/orders", "--port=8080", "--config=/opt/orders/conf/app.yaml")
                        .servicePort(8080)
                        .healthCheckPath("/healthz")
                        .healthCheckTimeoutSeconds(240)
                        .putEnvironment("SPRING_PROFILES_ACTIVE", "prod")
                        .putEnvironment("JAVA_OPTS", "-Xmx512m -XX:+UseG1GC")
                        .putEnvironment("GREETING", "it's ${HOME} and `date`")
                        .build());
        models.put(
                "runtime-bootstrap-minimal",
                runtimeBuilder()
                        .serviceName("worker")
                        .artifactKey("worker/2.0.0/worker-2.0.0.tar.gz")
                        .runAsUser("jobs")
                        .installDir("/srv/worker")
                        .build());
        models.put(
                "bastion",
                BastionModel.builder()
                        .name("bastion-prod")
                        .region("eu-west-1")
                        .logGroupName("/plinth/prod/bastion")
                        .cfnSignal("prod-network", "BastionInstance")
                        .build());
        models.put(
                "bastion-without-ssm-or-signal",
                BastionModel.builder()
                        .name("jump.dev.internal")
                        .region("us-east-1")
                        .logGroupName("/plinth/dev/bastion")
                        .ssmEnabled(false)
                        .build());
        models.put(
                "ecs-instance",
                EcsInstanceModel.builder()
                        .clusterName("shop-prod-containers")
                        .region("eu-west-1")
                        .containerStopTimeoutSeconds(60)
                        .cfnSignal("shop-prod-cluster", "ContainersGroup")
                        .build());
        models.put(
                "ecs-instance-without-signal",
                EcsInstanceModel.builder()
                        .clusterName("dev-containers")
                        .region("us-east-1")
                        .spotDraining(false)
                        .build());
        MesosClusterSettings mesos = mesosSettings().build();
        models.put("mesos-master", MesosMasterModel.of(mesos, 2, CfnSignal.of("shop-prod-mesos", "MesosMaster2")));
        models.put(
                "mesos-master-consul-agent",
                MesosMasterModel.of(
                        mesosSettings()
                                .masterIps(List.of("10.0.1.10", "10.0.2.10", "10.0.3.10", "10.0.1.11", "10.0.2.11"))
                                .build(),
                        5,
                        CfnSignal.of("shop-prod-mesos", "MesosMaster5")));
        models.put("mesos-agent", MesosAgentModel.of(mesos, 80, CfnSignal.of("shop-prod-mesos", "MesosAgentGroup")));
        models.put(
                "mesos-monitoring",
                MesosMonitoringModel.of(mesos, 15, CfnSignal.of("shop-prod-mesos", "MesosMonitoring")));
        return models;
    }

    static MesosClusterSettings.Builder mesosSettings() {
        return MesosClusterSettings.builder()
                .clusterName("mesos")
                .region("eu-west-1")
                .masterIps(List.of("10.0.1.10", "10.0.2.10", "10.0.3.10"))
                .consulServers(3)
                .image(MesosClusterSettings.Image.ZOOKEEPER, "zookeeper:3.8.4")
                .image(MesosClusterSettings.Image.MESOS_MASTER, "mesosphere/mesos-master:1.11.0")
                .image(MesosClusterSettings.Image.MESOS_AGENT, "mesosphere/mesos-slave:1.11.0")
                .image(MesosClusterSettings.Image.MARATHON, "mesosphere/marathon:v1.11.24")
                .image(MesosClusterSettings.Image.REGISTRATOR, "gliderlabs/registrator:v7")
                .image(MesosClusterSettings.Image.HAPROXY, "haproxy:2.8.10")
                .image(MesosClusterSettings.Image.PROMETHEUS, "prom/prometheus:v2.53.0")
                .image(MesosClusterSettings.Image.ALERTMANAGER, "prom/alertmanager:v0.27.0")
                .image(MesosClusterSettings.Image.NODE_EXPORTER, "prom/node-exporter:v1.8.1")
                .consulVersion("1.18.2")
                .consulTemplateVersion("0.39.1")
                .logGroupName("/plinth/shop/prod/mesos");
    }
}
