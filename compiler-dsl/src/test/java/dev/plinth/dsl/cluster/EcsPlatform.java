package dev.plinth.dsl.cluster;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.TestPlatform;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A valid ECS platform, {@code shop} in {@code prod}: a network with public and private tiers
 * and a NAT gateway per zone, a bastion, a cluster {@code containers}, a service {@code web}
 * (ECR image, port 8080, a Secrets Manager secret, an SSM parameter) and a service {@code api}
 * (public image, port 9090), and an application load balancer forwarding 80 to web and 8080 to
 * api. Stacks: {@code network}, {@code cluster} (bastion, cluster), {@code services}. Each
 * builder step can be changed before {@link #compile}.
 */
public final class EcsPlatform implements Platform {
    static final String WEB_IMAGE = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/web:1.4.2";
    static final String DB_SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-AbC123";

    /** The components, once built. */
    public static final class Built {
        public Network network;
        public Bastion bastion;
        public EcsCluster cluster;
        public EcsService web;
        public EcsService api;
        public LoadBalancer loadBalancer;
    }

    public Consumer<EcsCluster.Builder> cluster =
            c -> c.name("containers").instanceType("m6i.large").minSize(2).maxSize(6);
    public String webImage = WEB_IMAGE;
    public int webCpu = 512;
    public int webMemory = 1024;
    public int webDesired = 3;
    public Function<Container.Builder, Container.Builder> webContainer = c -> c.name("web")
            .image(webImage)
            .port(8080)
            .cpu(webCpu)
            .memoryMib(webMemory)
            .putEnvironment("SHOP_ENV", "prod")
            .putEnvironment("LOG_LEVEL", "info")
            .putSecret("DB_PASSWORD", DB_SECRET)
            .putSecret("API_KEY", "/shop/prod/api-key")
            .addHealthCheckCommand("CMD-SHELL", "curl -f http://localhost:8080/health || exit 1");
    public Function<EcsService.Builder, EcsService.Builder> web = s -> s;
    public Function<Built, List<Listener>> listeners = built -> List.of(
            Listener.builder()
                    .port(80)
                    .protocol(Listener.Protocol.HTTP)
                    .target(built.web)
                    .targetPort(8080)
                    .healthCheck(HealthCheck.path("/health"))
                    .build(),
            Listener.http(8080, built.api, 9090));
    public Function<Built, List<Stack>> stacks = built -> List.of(
            Stack.of("network", built.network),
            Stack.of("cluster", built.bastion, built.cluster),
            Stack.of("services", built.loadBalancer, built.web, built.api));

    @Override
    public String name() {
        return "shop";
    }

    @Override
    public List<Environment> environments() {
        return List.of(Environment.builder()
                .name("prod")
                .region("eu-west-1")
                .addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1c")
                .production(true)
                .build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        return stacks.apply(build());
    }

    public Built build() {
        Built built = new Built();
        built.network = Network.builder()
                .name("network")
                .cidr("10.0.0.0/16")
                .azCount(3)
                .addTiers(SubnetTier.publicTier("public"), SubnetTier.privateTier("app"))
                .nat(NatStrategy.gatewayPerAz())
                .build();
        built.bastion = Bastion.builder()
                .name("bastion")
                .network(built.network)
                .sshFrom("office", "203.0.113.0/24")
                .build();
        EcsCluster.Builder clusterBuilder = EcsCluster.builder().network(built.network);
        cluster.accept(clusterBuilder);
        built.cluster = clusterBuilder.build();
        built.web = web.apply(EcsService.builder()
                        .name("web")
                        .cluster(built.cluster)
                        .desiredCount(webDesired)
                        .minCount(2)
                        .maxCount(10)
                        .addContainer(webContainer.apply(Container.builder()).build())
                        .allowFrom(built.bastion, 8080))
                .build();
        built.api = EcsService.builder()
                .name("api")
                .cluster(built.cluster)
                .addContainer(Container.builder()
                        .name("api")
                        .image("public.ecr.aws/shop/api@sha256:"
                                + "9f2c1d7e4b8a6c3f0e5d2b1a9c8e7f6d5c4b3a29180f7e6d5c4b3a2918f0e1d2")
                        .port(9090)
                        .build())
                .addTaskPermission(TaskPermission.of(List.of("s3:GetObject"), List.of("arn:aws:s3:::shop-catalogue/*")))
                .build();
        built.loadBalancer = LoadBalancer.builder()
                .name("web-lb")
                .network(built.network)
                .type(LoadBalancer.Type.APPLICATION)
                .addAllListeners(listeners.apply(built))
                .build();
        return built;
    }

    public PlatformCompiler.Result compile() {
        return PlatformCompiler.bundled().compile(this, "prod");
    }

    public CompiledPlatform compiled() {
        return TestPlatform.compiled(this);
    }

    /** {@code CODE path} of each diagnostic. */
    public List<String> codes() {
        return compile().diagnostics().stream()
                .map(d -> d.code().name() + " " + d.path())
                .collect(Collectors.toList());
    }
}
