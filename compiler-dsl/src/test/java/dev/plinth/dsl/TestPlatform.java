package dev.plinth.dsl;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.compute.Runtime;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.FlowLogs;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A valid baseline platform, {@code shop}: one production environment {@code prod} in eu-west-1
 * with three zones; a network over the three zones with a public and a private tier, NAT per
 * zone, the S3 endpoint and flow logs; a bastion; a fleet {@code web} that serves port 8080 and
 * lets the bastion in on 22; an application load balancer {@code web-lb} forwarding port 80 to
 * it. Stacks: {@code network}, {@code bastion}, {@code service} (fleet and load balancer).
 * Each part is a {@link Recipe}, so a test changes one step of one part.
 */
public final class TestPlatform implements Platform {
    static final String SHA256 = "9f2c1d7e4b8a6c3f0e5d2b1a9c8e7f6d5c4b3a29180f7e6d5c4b3a2918f0e1d2";

    /** The components built so far, for steps that refer to them. */
    public static final class Built {
        public Environment env;
        public Network network;
        public Bastion bastion;
        public Fleet fleet;
        public LoadBalancer loadBalancer;
    }

    public final Recipe<Environment.Builder> environment = new Recipe<Environment.Builder>()
            .set("name", e -> e.name("prod"))
            .set("region", e -> e.region("eu-west-1"))
            .set("zones", e -> e.addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1c"))
            .set("production", e -> e.production(true))
            .set("tags", e -> e.putTag("team", "shop"));

    public final Recipe<Network.Builder> network = new Recipe<Network.Builder>()
            .set("name", n -> n.name("network"))
            .set("cidr", n -> n.cidr("10.0.0.0/16"))
            .set("azCount", n -> n.azCount(3))
            .set("tiers", n -> n.addTiers(SubnetTier.publicTier("public"), SubnetTier.privateTier("app")))
            .set("nat", n -> n.nat(NatStrategy.gatewayPerAz()))
            .set(
                    "flowLogs",
                    n -> n.flowLogs(FlowLogs.builder().retentionDays(90).build()));

    public final Recipe<Bastion.Builder> bastion = new Recipe<Bastion.Builder>()
            .set("name", b -> b.name("bastion"))
            .set("network", (b, built) -> b.network(built.network))
            .set("sshFrom", b -> b.sshFrom("office", "203.0.113.0/24"));

    public final Recipe<Artifact.Builder> artifact = new Recipe<Artifact.Builder>()
            .set("bucket", a -> a.bucket("shop-artifacts-prod"))
            .set("key", a -> a.key("releases/web/1.0.0/web-1.0.0.tar.gz"))
            .set("sha256", a -> a.sha256(SHA256))
            .set("command", a -> a.command("bin/web"))
            .set("port", a -> a.port(8080))
            .set("healthCheckPath", a -> a.healthCheckPath("/health"))
            .set("environment", a -> a.putEnvironment("SHOP_ENV", "prod"));

    public final Recipe<Fleet.Builder> fleet = new Recipe<Fleet.Builder>()
            .set("name", f -> f.name("web"))
            .set("network", (f, built) -> f.network(built.network))
            .set("runtime", f -> f.runtime(Runtime.of("t3.medium")))
            .set(
                    "artifact",
                    (f, built) -> f.artifact(
                            artifact.applyTo(Artifact.builder(), built).build()))
            .set("size", f -> f.minSize(3).maxSize(9))
            .set("allowFrom", (f, built) -> f.allowFrom(built.bastion, 22));

    public final Recipe<LoadBalancer.Builder> loadBalancer = new Recipe<LoadBalancer.Builder>()
            .set("name", l -> l.name("web-lb"))
            .set("network", (l, built) -> l.network(built.network))
            .set("type", l -> l.type(LoadBalancer.Type.APPLICATION))
            .set(
                    "listeners",
                    (l, built) -> l.addListener(Listener.builder()
                            .port(80)
                            .protocol(Listener.Protocol.HTTP)
                            .target(built.fleet)
                            .targetPort(8080)
                            .healthCheck(HealthCheck.path("/health"))
                            .build()));

    /** The stacks from the built components; a test may lay them out differently. */
    public Function<Built, List<Stack>> stacks = built -> List.of(
            Stack.of("network", built.network),
            Stack.of("bastion", built.bastion),
            Stack.of("service", built.fleet, built.loadBalancer));

    public String name = "shop";

    public static TestPlatform baseline() {
        return new TestPlatform();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Environment> environments() {
        return List.of(environment.applyTo(Environment.builder(), new Built()).build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        return stacks.apply(build(env));
    }

    /** Builds every component once, in dependency order. */
    public Built build(Environment env) {
        Built built = new Built();
        built.env = env;
        built.network = network.applyTo(Network.builder(), built).build();
        built.bastion = bastion.applyTo(Bastion.builder(), built).build();
        built.fleet = fleet.applyTo(Fleet.builder(), built).build();
        built.loadBalancer = loadBalancer.applyTo(LoadBalancer.builder(), built).build();
        return built;
    }

    public PlatformCompiler.Result compile() {
        return PlatformCompiler.bundled().compile(this, "prod");
    }

    /** The compiled platform; fails the test with every diagnostic when there is none. */
    public CompiledPlatform compiled() {
        return compiled(this);
    }

    /** The compiled platform of environment {@code prod}; fails the test with every diagnostic when there is none. */
    public static CompiledPlatform compiled(Platform platform) {
        PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, "prod");
        return result.platform()
                .orElseThrow(() -> new AssertionError("the platform did not compile:\n"
                        + result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"))));
    }

    public static WiredStack stack(CompiledPlatform platform, String name) {
        return platform.stacks().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stack " + name));
    }
}
