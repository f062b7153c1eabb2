package dev.plinth.samples;

import static dev.plinth.cfn.testing.TemplateAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.manifest.Manifest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatelessServiceTest {
    private final StatelessService platform = new StatelessService();

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
    @ValueSource(strings = {"dev", "prod"})
    void splitsIntoNetworkBastionAndServiceStacksInDependencyOrder(String environment) {
        Manifest manifest = SampleOutputs.compile(platform, environment).manifest();

        assertThat(manifest.stacks()).extracting(Manifest.Stack::name).containsExactly("network", "bastion", "service");
        assertThat(manifest.stack("bastion").orElseThrow().dependsOn()).containsExactly("network");
        assertThat(manifest.stack("service").orElseThrow().dependsOn()).containsExactly("bastion", "network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersUserDataThatFetchesAndVerifiesTheArtifact(String environment) {
        String script = new String(
                SampleOutputs.compile(platform, environment).file("userdata/orders-api.sh"), StandardCharsets.UTF_8);

        assertThat(script)
                .startsWith("#!/bin/bash")
                .contains("s3://orders-artifacts-" + environment + "/releases/orders-api/1.4.2/orders-api-1.4.2.tar.gz")
                .contains("9f2c1d7e4b8a6c3f0e5d2b1a9c8e7f6d5c4b3a29180f7e6d5c4b3a2918f0e1d2")
                .contains("--stack 'stateless-service-" + environment + "-service' --resource 'OrdersApiGroup'");
    }

    @org.junit.jupiter.api.Test
    void putsALoadBalancerInFrontOnlyInProduction() {
        assertThat(PlatformCompiler.bundled()
                        .compile(platform, "prod")
                        .platform()
                        .orElseThrow()
                        .stacks()
                        .get(2)
                        .stack()
                        .template())
                .hasResource("AWS::ElasticLoadBalancingV2::LoadBalancer")
                .times(1)
                .resource("OrdersApiGroup")
                .hasProperty("HealthCheckType", "ELB");
        assertThat(PlatformCompiler.bundled()
                        .compile(platform, "dev")
                        .platform()
                        .orElseThrow()
                        .stacks()
                        .get(2)
                        .stack()
                        .template())
                .hasNoResource("AWS::ElasticLoadBalancingV2::LoadBalancer")
                .resource("OrdersApiGroup")
                .hasProperty("HealthCheckType", "EC2");
    }
}
