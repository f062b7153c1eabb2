package dev.plinth.samples;

import static dev.plinth.cfn.testing.TemplateAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.emit.RenderedOutput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcsTest {
    private final Ecs platform = new Ecs();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void compilesToTheGoldenOutputs(String environment) {
        RenderedOutput output = SampleOutputs.compile(platform, environment);

        SampleOutputs.writeConformance(platform, environment, output);
        SampleOutputs.assertMatchesGolden(platform, environment, output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void compilesWithoutWarnings(String environment) {
        assertThat(SampleOutputs.formats(PlatformCompiler.bundled()
                        .compile(platform, environment)
                        .diagnostics()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void hasTheReferencePlatformsParts(String environment) {
        CompiledPlatform compiled = PlatformCompiler.bundled()
                .compile(platform, environment)
                .platform()
                .orElseThrow();

        assertThat(compiled.stacks())
                .extracting(s -> s.name())
                .containsExactly("network", "bastion", "cluster", "data", "services");
        assertThat(compiled.stacks().get(0).stack().template())
                .hasResource("AWS::EC2::NatGateway")
                .times(3);
        assertThat(compiled.stacks().get(2).stack().template())
                .hasResource("AWS::ECS::Cluster")
                .times(1)
                .hasResource("AWS::ECS::CapacityProvider")
                .times(1);
        assertThat(compiled.stacks().get(3).stack().template())
                .hasResource("AWS::RDS::DBCluster")
                .times(1)
                .hasResource("AWS::ElastiCache::ReplicationGroup")
                .times(2)
                .hasResource("AWS::Route53::RecordSet")
                .times(3);
        assertThat(compiled.stacks().get(4).stack().template())
                .hasResource("AWS::ECS::Service")
                .times(2)
                .hasResource("AWS::ElasticLoadBalancingV2::Listener")
                .times(2);
    }
}
