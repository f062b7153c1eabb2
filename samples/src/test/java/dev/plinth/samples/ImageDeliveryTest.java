package dev.plinth.samples;

import static dev.plinth.cfn.testing.TemplateAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.cfn.Template;
import dev.plinth.compiler.emit.RenderedOutput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDeliveryTest {
    private final ImageDelivery platform = new ImageDelivery();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void compilesToTheGoldenOutputs(String environment) {
        RenderedOutput output = SampleOutputs.compile(platform, environment);

        SampleOutputs.writeConformance(platform, environment, output);
        SampleOutputs.assertMatchesGolden(platform, environment, output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void sendsATenthOfTheRequestsToTheCanaryAndAlarmsOnThe5xxRate(String environment) {
        Template delivery = delivery(environment);

        assertThat(delivery)
                .resource("ImagesLbListener80")
                .hasProperty(
                        "DefaultActions/0/ForwardConfig/TargetGroups",
                        List.of(
                                Map.of("TargetGroupArn", Map.of("Ref", "ImagesLbTargets80"), "Weight", 90),
                                Map.of("TargetGroupArn", Map.of("Ref", "ImagesLbTargets80Canary"), "Weight", 10)));
        assertThat(delivery)
                .resource("ImagesCanaryGroup")
                .hasProperty("TargetGroupARNs", List.of(Map.of("Ref", "ImagesLbTargets80Canary")));
        assertThat(delivery)
                .hasResource("AWS::CloudWatch::Alarm")
                .times(1)
                .resource("Images5xxAlarm")
                .hasProperty("Metrics/2/Expression", "IF(requests > 0, 100 * errors / requests, 0)");
        assertThat(delivery)
                .resource("ImagesHookDrain")
                .hasProperty("LifecycleTransition", "autoscaling:EC2_INSTANCE_TERMINATING");
        assertThat(delivery).hasResource("AWS::AutoScaling::ScalingPolicy").times(1);
    }

    private Template delivery(String environment) {
        return PlatformCompiler.bundled()
                .compile(platform, environment)
                .platform()
                .orElseThrow()
                .stacks()
                .get(1)
                .stack()
                .template();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void compilesWithoutWarnings(String environment) {
        assertThat(SampleOutputs.formats(PlatformCompiler.bundled()
                        .compile(platform, environment)
                        .diagnostics()))
                .isEmpty();
    }
}
