package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.PreflightException;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/** Defect 3 of issue 9: Plinth changes only the stacks it owns, and a manifest that contradicts itself is refused before any call. */
class OwnershipScenariosTest {
    private static final String TOPIC = "{\"Resources\":{\"Topic\":{\"Type\":\"AWS::SNS::Topic\"}}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation();

    @Test
    void aStackSomeoneElseCreatedUnderAPlinthNameIsRefusedBeforeAnyChange() {
        fake.seed("shop-dev-data")
                .status("CREATE_COMPLETE")
                .template(TOPIC)
                .tag("owner", "billing")
                .create();

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.report.stacks())
                .extracting(StackReport::stack, StackReport::outcome)
                .containsExactly(
                        tuple("network", Outcome.SKIPPED),
                        tuple("app", Outcome.SKIPPED),
                        tuple("data", Outcome.REFUSED));
        assertThat(run.stack("data").message().orElseThrow())
                .isEqualTo("stack shop-dev-data exists but was not created by Plinth for"
                        + " shop/dev stack data (its tags say plinth:environment=(none), plinth:platform=(none), plinth:stack=(none)); refusing to"
                        + " change it. Pass --adopt data to take it over deliberately");
        assertThat(run.stack("network").message())
                .contains("not started: Plinth stopped the run before its first change because of stack data");
        assertThat(fake.calls("CreateChangeSet")).isZero();
        assertThat(stack("shop-dev-data").tags())
                .containsExactly(Tag.builder().key("owner").value("billing").build());
    }

    @Test
    void aStackOfAnotherPlatformOrEnvironmentIsRefusedToo() {
        Seeds.owned(fake, "network")
                .status("CREATE_COMPLETE")
                .template(TOPIC)
                .tag("plinth:environment", "prod")
                .create();

        Run run = Run.apply(fake, new Platforms().write(dir));

        assertThat(run.stack("network").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(run.stack("network").message().orElseThrow()).contains("plinth:environment=prod");
        assertThat(fake.calls("CreateChangeSet")).isZero();
    }

    @Test
    void adoptTakesTheStackOverDeliberately() {
        fake.seed("shop-dev-data")
                .status("CREATE_COMPLETE")
                .template(TOPIC)
                .tag("owner", "billing")
                .create();

        Run run = Run.run(
                fake,
                new Platforms().write(dir),
                MaterializerOptions.apply("adopt").withAdopt(java.util.List.of("data")));

        assertThat(run.report.succeeded()).isTrue();
        assertThat(run.stack("data").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(stack("shop-dev-data").tags())
                .contains(Tag.builder().key("plinth:stack").value("data").build());
    }

    @Test
    void twoManifestEntriesDeployingToOneStackNameAreRefusedBeforeAnyCall() throws IOException {
        Path folder = tampered(stacks -> ((ObjectNode) stacks.get(1)).put("stackName", "shop-dev-network"));

        assertThatThrownBy(() -> Run.apply(fake, folder))
                .isInstanceOf(PreflightException.class)
                .hasMessageContaining("stacks network and app both deploy to stack name shop-dev-network");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void aDependencyOnAStackTheManifestDoesNotHaveIsRefusedBeforeAnyCall() throws IOException {
        Path folder = tampered(stacks -> ((ArrayNode) stacks.get(1).get("dependsOn")).add("cache"));

        assertThatThrownBy(() -> Run.apply(fake, folder))
                .isInstanceOf(PreflightException.class)
                .hasMessageContaining("stack app depends on cache, which the manifest does not have");
        assertThat(fake.callLog()).isEmpty();
    }

    @Test
    void aCircleOfDependenciesIsRefusedBeforeAnyCallInAPlanToo() throws IOException {
        Path folder = tampered(stacks -> ((ArrayNode) stacks.get(0).get("dependsOn")).add("app"));

        assertThatThrownBy(() -> Run.plan(fake, folder))
                .isInstanceOf(PreflightException.class)
                .hasMessageContaining("the stacks' dependencies form a circle: network → app → network");
        assertThat(fake.callLog()).isEmpty();
    }

    private Path tampered(Consumer<ArrayNode> edit) throws IOException {
        Path folder = new Platforms().write(dir);
        Path manifest = folder.resolve("manifest.json");
        ObjectNode root = (ObjectNode) JSON.readTree(manifest.toFile());
        edit.accept((ArrayNode) root.get("stacks"));
        Files.writeString(manifest, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return folder;
    }

    private Stack stack(String name) {
        return fake.describeStacks(
                        DescribeStacksRequest.builder().stackName(name).build())
                .stacks()
                .get(0);
    }
}
