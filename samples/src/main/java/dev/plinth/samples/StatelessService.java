package dev.plinth.samples;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.compute.LifecycleHook;
import dev.plinth.dsl.compute.Runtime;
import dev.plinth.dsl.compute.TargetTracking;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.FlowLogs;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;

/**
 * Reference platform 1: a stateless service. A base runtime image configured by compiler-made
 * user-data, the application as a checksummed tarball from S3, an auto scaling group that
 * replaces unhealthy instances across zones and, in production, a load balancer in front.
 * Three stacks: network, bastion, service.
 */
public final class StatelessService implements Platform {
    private final String devInstanceType;

    public StatelessService() {
        this("t3.small");
    }

    /** The same platform with another instance type for the fleet in dev (production keeps t3.medium). */
    public StatelessService(String devInstanceType) {
        this.devInstanceType = devInstanceType;
    }

    @Override
    public String name() {
        return "stateless-service";
    }

    @Override
    public List<Environment> environments() {
        return List.of(
                Environment.builder()
                        .name("dev")
                        .region("eu-west-1")
                        .addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1c")
                        .putTag("team", "orders")
                        .putTag("cost-centre", "orders-dev")
                        .build(),
                Environment.builder()
                        .name("prod")
                        .region("eu-west-1")
                        .addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1c")
                        .putTag("team", "orders")
                        .putTag("cost-centre", "orders-prod")
                        .production(true)
                        .build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        Network network = Network.builder()
                .name("network")
                .cidr(env.production() ? "10.20.0.0/16" : "10.10.0.0/16")
                .azCount(env.production() ? 3 : 2)
                .addTiers(
                        SubnetTier.publicTier("public"),
                        SubnetTier.builder()
                                .name("app")
                                .kind(SubnetTier.Kind.PRIVATE)
                                .prefixLength(20)
                                .build())
                .nat(env.production() ? NatStrategy.gatewayPerAz() : NatStrategy.singleGateway())
                .flowLogs(FlowLogs.builder()
                        .retentionDays(env.production() ? 90 : 14)
                        .build())
                .build();
        Bastion bastion = Bastion.builder()
                .name("bastion")
                .network(network)
                .sshFrom("office", "203.0.113.0/24")
                .build();
        Fleet orders = Fleet.builder()
                .name("orders-api")
                .network(network)
                .runtime(Runtime.of(env.production() ? "t3.medium" : devInstanceType))
                .artifact(Artifact.builder()
                        .bucket("orders-artifacts-" + env.name())
                        .key("releases/orders-api/1.4.2/orders-api-1.4.2.tar.gz")
                        .sha256("9f2c1d7e4b8a6c3f0e5d2b1a9c8e7f6d5c4b3a29180f7e6d5c4b3a2918f0e1d2")
                        .command("bin/orders-api")
                        .addArgs("--port=8080")
                        .port(8080)
                        .healthCheckPath("/health")
                        .putEnvironment("ORDERS_ENV", env.name())
                        .putEnvironment(
                                "DB_PASSWORD_SECRET", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-db")
                        .build())
                .minSize(env.production() ? 3 : 1)
                .maxSize(env.production() ? 9 : 2)
                .addLifecycleHooks(LifecycleHook.builder()
                        .name("drain")
                        .transition(LifecycleHook.Transition.TERMINATING)
                        .heartbeatTimeoutSeconds(120)
                        .build())
                .addScaling(TargetTracking.cpu(60))
                .allowFrom(bastion, 22)
                .logRetentionDays(env.production() ? 90 : 14)
                .build();
        Stack service = env.production()
                ? Stack.of(
                        "service",
                        orders,
                        LoadBalancer.builder()
                                .name("orders-lb")
                                .network(network)
                                .type(LoadBalancer.Type.APPLICATION)
                                .addListeners(Listener.builder()
                                        .port(80)
                                        .protocol(Listener.Protocol.HTTP)
                                        .target(orders)
                                        .targetPort(8080)
                                        .healthCheck(HealthCheck.path("/health"))
                                        .build())
                                .build())
                : Stack.of("service", orders);
        return List.of(Stack.of("network", network), Stack.of("bastion", bastion), service);
    }
}
