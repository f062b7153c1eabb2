package dev.plinth.samples;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.compute.LifecycleHook;
import dev.plinth.dsl.compute.Runtime;
import dev.plinth.dsl.compute.TargetTracking;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.monitoring.ErrorRateAlarm;
import dev.plinth.stacks.NetworkStack;
import java.util.List;

/**
 * Reference platform 5: image delivery. An auto scaling group behind an application load
 * balancer, with a lifecycle hook that gives instances time to drain on scale-in, CPU target
 * tracking, a CloudWatch alarm on the 5xx rate, and a canary group beside the main one that gets
 * a tenth of the requests.
 */
public final class ImageDelivery implements Platform {
    private static final String RELEASE = "releases/image-server/2.8.0/image-server-2.8.0.tar.gz";
    private static final String CANARY = "releases/image-server/2.9.0-rc1/image-server-2.9.0-rc1.tar.gz";

    @Override
    public String name() {
        return "image-delivery";
    }

    @Override
    public List<Environment> environments() {
        return List.of(
                Environment.builder()
                        .name("dev")
                        .region("us-east-1")
                        .addAvailabilityZones("us-east-1a", "us-east-1b", "us-east-1c")
                        .putTag("team", "media")
                        .build(),
                Environment.builder()
                        .name("prod")
                        .region("us-east-1")
                        .addAvailabilityZones("us-east-1a", "us-east-1b", "us-east-1c")
                        .putTag("team", "media")
                        .production(true)
                        .build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        NetworkStack network =
                NetworkStack.settings(env, "10.50.0.0/16").withoutDataTier().build();
        Fleet images = fleet(
                env,
                network,
                "images",
                RELEASE,
                "5a1f0c7e3b9d2a4c6e8f0b1d3a5c7e9f1b3d5a7c9e1f3b5d7a9c1e3f5b7d9a1c",
                env.production() ? 4 : 2,
                env.production() ? 20 : 4);
        Fleet canary = fleet(
                env,
                network,
                "images-canary",
                CANARY,
                "c3e5a7b9d1f3e5c7a9b1d3f5e7c9a1b3d5f7e9c1a3b5d7f9e1c3a5b7d9f1e3c5",
                1,
                1);
        LoadBalancer lb = LoadBalancer.builder()
                .name("images-lb")
                .network(network.network())
                .type(LoadBalancer.Type.APPLICATION)
                .addListeners(Listener.builder()
                        .port(80)
                        .protocol(Listener.Protocol.HTTP)
                        .target(images)
                        .canary(canary)
                        .canaryWeight(10)
                        .targetPort(8080)
                        .healthCheck(HealthCheck.builder()
                                .path("/healthz")
                                .intervalSeconds(10)
                                .build())
                        .build())
                .build();
        ErrorRateAlarm alarm = ErrorRateAlarm.builder()
                .name("images-5xx")
                .loadBalancer(lb)
                .thresholdPercent(env.production() ? 1 : 5)
                .build();
        return List.of(network.stack(), Stack.of("delivery", images, canary, lb, alarm));
    }

    private static Fleet fleet(
            Environment env, NetworkStack network, String name, String key, String sha256, int min, int max) {
        Fleet.Builder fleet = Fleet.builder();
        if (max > min) {
            fleet.addScaling(TargetTracking.cpu(55));
        }
        return fleet.name(name)
                .network(network.network())
                .tier(NetworkStack.APP)
                .runtime(Runtime.of(env.production() ? "c6i.large" : "t3.medium"))
                .artifact(Artifact.builder()
                        .bucket("media-artifacts-" + env.name())
                        .key(key)
                        .sha256(sha256)
                        .command("bin/image-server")
                        .addArgs("--listen=:8080")
                        .port(8080)
                        .healthCheckPath("/healthz")
                        .putEnvironment("ORIGIN_BUCKET", "media-originals-" + env.name())
                        .build())
                .minSize(min)
                .maxSize(max)
                .addLifecycleHooks(LifecycleHook.builder()
                        .name("drain")
                        .transition(LifecycleHook.Transition.TERMINATING)
                        .heartbeatTimeoutSeconds(180)
                        .build())
                .logRetentionDays(env.production() ? 90 : 14)
                .build();
    }
}
