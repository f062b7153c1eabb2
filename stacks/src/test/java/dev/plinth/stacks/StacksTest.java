package dev.plinth.stacks;

import static dev.plinth.cfn.testing.TemplateAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.cfn.Template;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.network.NatStrategy;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StacksTest {
    private static final Environment PROD = Environment.builder()
            .name("prod")
            .region("eu-west-1")
            .addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1c")
            .production(true)
            .build();
    private static final Environment DEV = Environment.builder()
            .name("dev")
            .region("eu-west-1")
            .addAvailabilityZones("eu-west-1a", "eu-west-1b", "eu-west-1c")
            .build();
    private static final Artifact API = Artifact.builder()
            .bucket("shop-artifacts")
            .key("api-1.0.0.tar.gz")
            .sha256("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
            .command("bin/api")
            .port(8080)
            .healthCheckPath("/health")
            .build();

    @Test
    void aWholePlatformIsAFewLines() {
        CompiledPlatform compiled = compile(PROD, env -> {
            NetworkStack network = NetworkStack.of(env, "10.30.0.0/16");
            BastionStack bastion = BastionStack.of(network.network());
            ServiceStack api = ServiceStack.settings(env, network.network(), "api", "t3.medium", API)
                    .withLoadBalancer()
                    .build();
            return List.of(network.stack(), bastion.stack(), api.stack());
        });

        assertThat(compiled.stacks()).extracting(s -> s.name()).containsExactly("network", "bastion", "api");
        Template network = compiled.stacks().get(0).stack().template();
        assertThat(network)
                .hasResource("AWS::EC2::NatGateway")
                .times(3)
                .hasResource("AWS::EC2::Subnet")
                .times(9)
                .hasResource("AWS::EC2::FlowLog")
                .times(1);
        assertThat(compiled.stacks().get(2).stack().template())
                .hasResource("AWS::ElasticLoadBalancingV2::LoadBalancer")
                .times(1)
                .resource("ApiGroup")
                .hasProperty("MinSize", "3")
                .hasProperty("MaxSize", "9");
    }

    @Test
    void clusterAndDataStacksComposeWithTheServicesThatUseThem() {
        CompiledPlatform compiled = compile(PROD, env -> {
            NetworkStack network = NetworkStack.of(env, "10.31.0.0/16");
            EcsClusterStack ecs =
                    EcsClusterStack.settings(env, network.network()).size(2, 6).build();
            MesosClusterStack mesos =
                    MesosClusterStack.settings(env, network.network()).build();
            ServiceStack api = ServiceStack.settings(env, network.network(), "api", "t3.medium", API)
                    .build();
            DataStack data = DataStack.settings(env, network.network(), "prod.shop.internal")
                    .auroraMysql("shop")
                    .redis("cache")
                    .redis("sessions")
                    .clients(api.fleet(), ecs.cluster())
                    .build();
            return List.of(network.stack(), ecs.stack(), mesos.stack(), api.stack(), data.stack());
        });

        assertThat(compiled.stacks())
                .extracting(s -> s.name())
                .containsExactly("network", "cluster", "mesos", "api", "data");
        assertThat(compiled.stacks().get(4).stack().template())
                .hasResource("AWS::RDS::DBCluster")
                .times(1)
                .hasResource("AWS::ElastiCache::ReplicationGroup")
                .times(2)
                .hasResource("AWS::Route53::RecordSet")
                .times(3);
        assertThat(compiled.stacks().get(4).dependsOn()).contains("api", "cluster", "network");
    }

    @Test
    void defaultsFollowTheEnvironmentAndStayOverridable() {
        CompiledPlatform compiled = compile(
                DEV,
                env -> List.of(NetworkStack.settings(env, "10.40.0.0/16")
                        .nat(NatStrategy.none())
                        .s3Endpoint(true)
                        .build()
                        .stack()));

        assertThat(compiled.stacks().get(0).stack().template())
                .hasNoResource("AWS::EC2::NatGateway")
                .hasResource("AWS::EC2::Subnet")
                .times(6);
    }

    @Test
    void aLoadBalancerNeedsAnArtifactPort() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceStack.settings(
                                DEV,
                                NetworkStack.of(DEV, "10.0.0.0/16").network(),
                                "worker",
                                "t3.small",
                                Artifact.builder()
                                        .bucket("b-artifacts")
                                        .key("w.tar.gz")
                                        .sha256(API.sha256().get())
                                        .command("bin/w")
                                        .build())
                        .withLoadBalancer())
                .hasMessage("service worker's artifact has no port for a load balancer to forward to");
    }

    private static CompiledPlatform compile(
            Environment env, java.util.function.Function<Environment, List<Stack>> stacks) {
        Platform platform = new Platform() {
            @Override
            public String name() {
                return "shop";
            }

            @Override
            public List<Environment> environments() {
                return List.of(env);
            }

            @Override
            public List<Stack> stacks(Environment environment) {
                return stacks.apply(environment);
            }
        };
        PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, env.name());
        assertThat(result.diagnostics().stream()
                        .filter(Diagnostic::isError)
                        .map(Diagnostic::format)
                        .collect(Collectors.toList()))
                .isEmpty();
        return result.platform().orElseThrow();
    }
}
