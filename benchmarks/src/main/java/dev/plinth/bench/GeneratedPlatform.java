package dev.plinth.bench;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.stacks.BastionStack;
import dev.plinth.stacks.EcsClusterStack;
import dev.plinth.stacks.NetworkStack;
import dev.plinth.stacks.ServiceStack;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's platform: a network over three zones with a NAT gateway each, a bastion, an ECS
 * cluster, and {@code services} service stacks ({@code app-0001}, ...), each a fleet of t3.medium
 * (2 to 6) behind an internet-facing load balancer. The same shape as {@code CdkPlatform}.
 */
public final class GeneratedPlatform implements Platform {
    static final String ENVIRONMENT = "bench";
    private static final Artifact ARTIFACT = Artifact.builder()
            .bucket("bench-artifacts")
            .key("app-1.0.0.tar.gz")
            .sha256("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
            .command("bin/app")
            .port(8080)
            .healthCheckPath("/health")
            .build();

    private final int services;

    public GeneratedPlatform(int services) {
        this.services = services;
    }

    static String stackName(int index) {
        return String.format("app-%04d", index);
    }

    @Override
    public String name() {
        return "fleet" + services;
    }

    @Override
    public List<Environment> environments() {
        return List.of(Environment.builder()
                .name(ENVIRONMENT)
                .region("eu-west-1")
                .addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1c")
                .build());
    }

    @Override
    public List<Stack> stacks(Environment env) {
        NetworkStack network = NetworkStack.settings(env, "10.0.0.0/16").build();
        List<Stack> stacks = new ArrayList<>();
        stacks.add(network.stack());
        stacks.add(BastionStack.settings(network.network()).build().stack());
        stacks.add(EcsClusterStack.settings(env, network.network()).build().stack());
        for (int i = 1; i <= services; i++) {
            stacks.add(ServiceStack.settings(env, network.network(), stackName(i), "t3.medium", ARTIFACT)
                    .size(2, 6)
                    .withLoadBalancer()
                    .build()
                    .stack());
        }
        return stacks;
    }
}
