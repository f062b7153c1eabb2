package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect 5 of issue 9: a plan fails, or says "will fail", exactly where apply would. */
class PlanFidelityScenariosTest {
    private static final String DENIED =
            "User: arn:aws:iam::123456789012:role/ci is not authorized to perform: cloudformation:DescribeStacks";

    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    @Test
    void anErrorReadingAStackIsThatStacksFailureInThePlanNotACrash() {
        fake.failCall("DescribeStacks", "shop-dev-app", 1, 400, "AccessDenied", DENIED);

        Run plan = Run.plan(fake, new Platforms().write(dir));

        assertThat(plan.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.PLANNED),
                        tuple("app", Outcome.FAILED),
                        tuple("data", Outcome.PLANNED));
        assertThat(plan.stack("app").message()).contains("could not read the stack: AccessDenied: " + DENIED);
    }

    @Test
    void anErrorReadingAStackStopsAnApplyBeforeItsFirstChange() {
        fake.failCall("DescribeStacks", "shop-dev-app", 1, 400, "AccessDenied", DENIED);

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.SKIPPED),
                        tuple("app", Outcome.FAILED),
                        tuple("data", Outcome.SKIPPED));
        assertThat(fake.calls("CreateChangeSet")).isZero();
    }

    @Test
    void planOnlyFailsWhenTheUpstreamStackIsMissingAsApplyDoes() {
        Path folder = new Platforms().write(dir);

        Run plan = Run.run(fake, folder, MaterializerOptions.plan("only").withOnly("app"));
        Run apply = Run.run(fake, folder, MaterializerOptions.apply("only").withOnly("app"));

        for (Run run : new Run[] {plan, apply}) {
            assertThat(run.stack("app").outcome()).isEqualTo(Outcome.FAILED);
            assertThat(run.stack("app").message().orElseThrow())
                    .startsWith("no value for NetworkVpc (output Vpc of stack network)");
        }
        assertThat(fake.calls("CreateChangeSet")).isZero();
    }

    @Test
    void planSaysApplyWouldFailWhenAnUnchangedUpstreamLacksTheOutputItReads() throws Exception {
        // The network stack as someone left it by hand: the template Plinth deployed, less its outputs.
        Path folder = new Platforms().write(dir);
        Manifest manifest = Manifest.read(folder.resolve("manifest.json"));
        Manifest.Stack network = manifest.stack("network").orElseThrow();
        ObjectNode edited = (ObjectNode)
                new ObjectMapper().readTree(folder.resolve(network.template()).toFile());
        edited.remove("Outputs");
        Seeds.owned(fake, "network")
                .status("CREATE_COMPLETE")
                .template(edited.toString())
                .tag("plinth:template-sha256", network.sha256())
                .tag("team", "shop")
                .tag("tier", "network")
                .create();

        Run plan = Run.plan(fake, folder);
        Run apply = Run.apply(fake, folder);

        assertThat(plan.stack("network").outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(plan.stack("app").outcome()).as(plan.report.toString()).isEqualTo(Outcome.FAILED);
        assertThat(plan.stack("app").message().orElseThrow())
                .startsWith("apply would fail: stack network has no output Vpc for parameter NetworkVpc");
        assertThat(apply.stack("app").outcome()).as(apply.report.toString()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void planSaysApplyWouldSkipTheDependentsOfAStackWhosePlanFails() {
        fake.failCall(
                "CreateChangeSet",
                "shop-dev-network",
                1,
                400,
                "ValidationError",
                "Template format error: unsupported structure.");

        Run plan = Run.plan(fake, new Platforms().write(dir));

        assertThat(plan.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.FAILED),
                        tuple("app", Outcome.SKIPPED),
                        tuple("data", Outcome.PLANNED));
        assertThat(plan.stack("app").message())
                .contains("apply would skip it: it depends on stack network, which would fail");
    }
}
