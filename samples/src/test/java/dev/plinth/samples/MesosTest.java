package dev.plinth.samples;

import static dev.plinth.cfn.testing.TemplateAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MesosTest {
    private final Mesos platform = new Mesos();

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
    void runsThreeMastersAnAgentGroupAndMonitoring(String environment) {
        CompiledPlatform compiled = PlatformCompiler.bundled()
                .compile(platform, environment)
                .platform()
                .orElseThrow();

        assertThat(compiled.stacks().get(2).stack().template())
                .hasResource("AWS::EC2::Instance")
                .times(4)
                .hasResource("AWS::AutoScaling::AutoScalingGroup")
                .times(1);
        assertThat(compiled.userData().keySet())
                .contains("mesos-master-1", "mesos-master-2", "mesos-master-3", "mesos-agent", "mesos-monitoring");
    }
}
