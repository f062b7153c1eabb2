package dev.plinth.samples;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.cluster.Container;
import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.cluster.EcsService;
import dev.plinth.dsl.data.Cache;
import dev.plinth.dsl.data.Database;
import dev.plinth.dsl.dns.DnsZone;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.stacks.BastionStack;
import dev.plinth.stacks.NetworkStack;
import java.util.List;

/**
 * Reference platform 3: ECS. A VPC with public and private subnets in each zone and a NAT
 * gateway per zone, a bastion, an ECS cluster on an auto scaling group of hardened instances,
 * two services behind an application load balancer with health-checked rolling deploys, an
 * Aurora MySQL cluster, two Redis replication groups (cache and sessions), and a private hosted
 * zone with a record for each.
 */
public final class Ecs implements Platform {
    private static final String REGISTRY = "123456789012.dkr.ecr.eu-central-1.amazonaws.com";

    @Override
    public String name() {
        return "ecs";
    }

    @Override
    public List<Environment> environments() {
        return List.of(
                Environment.builder()
                        .name("dev")
                        .region("eu-central-1")
                        .addAvailabilityZones("eu-central-1a", "eu-central-1b", "eu-central-1c")
                        .putTag("team", "storefront")
                        .build(),
                Environment.builder()
                        .name("prod")
                        .region("eu-central-1")
                        .addAvailabilityZones("eu-central-1a", "eu-central-1b", "eu-central-1c")
                        .putTag("team", "storefront")
                        .production(true)
                        .build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        boolean prod = env.production();
        NetworkStack network = NetworkStack.settings(env, "10.60.0.0/16").build();
        BastionStack bastion = BastionStack.settings(network.network())
                .sshFrom("office", "198.51.100.0/24")
                .build();
        EcsCluster cluster = EcsCluster.builder()
                .name("containers")
                .network(network.network())
                .instanceType(prod ? "m6i.large" : "t3.large")
                .minSize(prod ? 3 : 1)
                .maxSize(prod ? 12 : 3)
                .build();
        EcsService web = service(env, cluster, "web", "storefront-web:4.2.1", 8080, "/healthz");
        EcsService api = service(env, cluster, "api", "storefront-api:7.0.3", 9000, "/health");
        LoadBalancer lb = LoadBalancer.builder()
                .name("storefront-lb")
                .network(network.network())
                .type(LoadBalancer.Type.APPLICATION)
                .addListeners(
                        Listener.builder()
                                .port(80)
                                .protocol(Listener.Protocol.HTTP)
                                .target(web)
                                .targetPort(8080)
                                .healthCheck(HealthCheck.path("/healthz"))
                                .build(),
                        Listener.builder()
                                .port(8443)
                                .protocol(Listener.Protocol.HTTP)
                                .target(api)
                                .targetPort(9000)
                                .healthCheck(HealthCheck.path("/health"))
                                .build())
                .build();
        Database db = Database.builder()
                .name("orders-db")
                .network(network.network())
                .engine(Database.Engine.AURORA_MYSQL)
                .engineVersion("8.0.mysql_aurora.3.08.0")
                .instanceClass(prod ? "db.r6g.large" : "db.t4g.medium")
                .instances(prod ? 2 : 1)
                .databaseName("storefront")
                .allowFrom(web)
                .allowFrom(api)
                .allowFrom(bastion.bastion())
                .build();
        Cache cache = redis(network, "redis-cache", prod, web, api);
        Cache sessions = redis(network, "redis-sessions", prod, web, api);
        DnsZone zone = DnsZone.builder()
                .name("internal")
                .domain(env.name() + ".storefront.internal")
                .network(network.network())
                .record("db", db)
                .record("redis-cache", cache)
                .record("redis-sessions", sessions)
                .build();
        return List.of(
                network.stack(),
                bastion.stack(),
                Stack.of("cluster", cluster),
                Stack.of("data", db, cache, sessions, zone),
                Stack.of("services", web, api, lb));
    }

    private static EcsService service(
            Environment env, EcsCluster cluster, String name, String image, int port, String health) {
        return EcsService.builder()
                .name(name)
                .cluster(cluster)
                .addContainers(Container.builder()
                        .name(name)
                        .image(REGISTRY + "/" + image)
                        .port(port)
                        .cpu(512)
                        .memoryMib(1024)
                        .putEnvironment("STOREFRONT_ENV", env.name())
                        .putSecret(
                                "DATABASE_SECRET",
                                "arn:aws:secretsmanager:eu-central-1:123456789012:secret:storefront/" + env.name()
                                        + "/db")
                        .addHealthCheckCommand(
                                "CMD-SHELL", "curl -fsS http://localhost:" + port + health + " || exit 1")
                        .build())
                .desiredCount(env.production() ? 3 : 1)
                .minCount(env.production() ? 3 : 1)
                .maxCount(env.production() ? 12 : 2)
                .build();
    }

    private static Cache redis(NetworkStack network, String name, boolean prod, EcsService... clients) {
        Cache.Builder cache = Cache.builder()
                .name(name)
                .network(network.network())
                .nodeType(prod ? "cache.r7g.large" : "cache.t4g.small")
                .replicas(prod ? 2 : 1);
        for (EcsService client : clients) {
            cache.allowFrom(client);
        }
        return cache.build();
    }
}
