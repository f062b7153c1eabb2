package dev.plinth.samples;

import static dev.plinth.cfn.testing.TemplateAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebCdnTest {
    private final WebCdn platform = new WebCdn();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void compilesToTheGoldenOutputs(String environment) {
        RenderedOutput output = SampleOutputs.compile(platform, environment);

        SampleOutputs.writeConformance(platform, environment, output);
        SampleOutputs.assertMatchesGolden(platform, environment, output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void compilesWithoutErrors(String environment) {
        assertThat(PlatformCompiler.bundled().compile(platform, environment).diagnostics())
                .noneMatch(Diagnostic::isError);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void putsCloudFrontInFrontOfTheLoadBalancerAndTheAssetsBucket(String environment) {
        CompiledPlatform compiled = PlatformCompiler.bundled()
                .compile(platform, environment)
                .platform()
                .orElseThrow();

        assertThat(compiled.stacks())
                .extracting(s -> s.name())
                .containsExactly("network", "registry", "data", "web", "edge");
        assertThat(compiled.stacks().get(4).stack().template())
                .hasResource("AWS::CloudFront::Distribution")
                .times(1)
                .hasResource("AWS::S3::Bucket")
                .times(1);
        assertThat(compiled.stacks().get(1).stack().template())
                .hasResource("AWS::ECR::Repository")
                .times(2);
        assertThat(compiled.stacks().get(2).stack().template())
                .hasResource("AWS::RDS::DBInstance")
                .times(1)
                .hasResource("AWS::ElastiCache::ReplicationGroup")
                .times(1);
    }
}
