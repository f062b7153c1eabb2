package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/** Defect 2 of issue 9: a parameter whose value is the template's default takes the new default when it changes. */
class ParameterScenariosTest {
    private static final String X86 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    private static final String ARM = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64";

    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    private Path compiled(String name, String image) {
        Platforms platforms = new Platforms();
        platforms.imageDefault = image;
        return platforms.write(dir.resolve(name));
    }

    @Test
    void aChangedDefaultReachesTheExistingStack() {
        Run.apply(fake, compiled("x86", X86));

        Run run = Run.apply(fake, compiled("arm", ARM));

        assertThat(run.stack("app").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(deployed("shop-dev-app", "ImageParameter")).isEqualTo(ARM);
        assertThat(Run.apply(fake, compiled("arm-again", ARM)).stack("app").outcome())
                .isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void thePlanShowsTheParameterChangeOldToNew() {
        Run.apply(fake, compiled("x86", X86));

        Run plan = Run.plan(fake, compiled("arm", ARM));

        assertThat(plan.stack("app").outcome()).isEqualTo(Outcome.PLANNED);
        assertThat(plan.stack("app").parameterChanges())
                .containsExactly(new ParameterChange("ImageParameter", Optional.of(X86), Optional.of(ARM)));
        assertThat(deployed("shop-dev-app", "ImageParameter")).isEqualTo(X86);
    }

    private String deployed(String stack, String parameter) {
        return fake
                .describeStacks(DescribeStacksRequest.builder().stackName(stack).build())
                .stacks()
                .get(0)
                .parameters()
                .stream()
                .filter(p -> p.parameterKey().equals(parameter))
                .map(Parameter::parameterValue)
                .findFirst()
                .orElseThrow();
    }
}
