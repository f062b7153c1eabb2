package dev.plinth.samples;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.data.Kafka;
import dev.plinth.dsl.data.Search;
import dev.plinth.stacks.BastionStack;
import dev.plinth.stacks.MesosClusterStack;
import dev.plinth.stacks.NetworkStack;
import java.util.List;

/**
 * Reference platform 2: Mesos. Three masters with ZooKeeper for leader election, Marathon and
 * the Consul servers; agents in an auto scaling group running registrator, a Consul agent and
 * consul-template rendering a local HAProxy; Prometheus finding its targets through Consul, with
 * Alertmanager; node exporter everywhere. Kafka (MSK) and Elasticsearch's successor OpenSearch
 * as managed services the cluster may reach. Reached through a bastion.
 */
public final class Mesos implements Platform {

    @Override
    public String name() {
        return "mesos";
    }

    @Override
    public List<Environment> environments() {
        return List.of(
                Environment.builder()
                        .name("dev")
                        .region("eu-west-2")
                        .addAvailabilityZones("eu-west-2a", "eu-west-2b", "eu-west-2c")
                        .putTag("team", "platform")
                        .build(),
                Environment.builder()
                        .name("prod")
                        .region("eu-west-2")
                        .addAvailabilityZones("eu-west-2a", "eu-west-2b", "eu-west-2c")
                        .putTag("team", "platform")
                        .production(true)
                        .build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        NetworkStack network =
                NetworkStack.settings(env, "10.70.0.0/16").azCount(3).build();
        BastionStack bastion = BastionStack.settings(network.network())
                .sshFrom("office", "192.0.2.0/24")
                .build();
        MesosClusterStack mesos =
                MesosClusterStack.settings(env, network.network()).build();
        Kafka kafka = Kafka.builder()
                .name("events")
                .network(network.network())
                .brokerType(env.production() ? "kafka.m5.large" : "kafka.t3.small")
                .storageGib(env.production() ? 500 : 50)
                .allowFrom(mesos.cluster())
                .build();
        Search search = Search.builder()
                .name("logs")
                .network(network.network())
                .nodeType(env.production() ? "r6g.large.search" : "t3.medium.search")
                .nodes(3)
                .storageGib(env.production() ? 200 : 20)
                .allowFrom(mesos.cluster())
                .allowFrom(bastion.bastion())
                .build();
        return List.of(network.stack(), bastion.stack(), mesos.stack(), Stack.of("managed", kafka, search));
    }
}
