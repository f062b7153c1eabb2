package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void listsThePlatformsOnTheClassPath() {
        assertThat(run("list")).isEqualTo(0);
        assertThat(out.toString()).contains("stateless-service  (dev, prod)");
    }

    @Test
    void compilesIntoTheOutputFolderAndPrintsASummary() throws IOException {
        Path target = temp.resolve("prod");

        assertThat(run("compile", "stateless-service", "--env", "prod", "--out", target.toString()))
                .isEqualTo(0);

        assertThat(out.toString())
                .contains("stateless-service/prod -> " + target + " (json)")
                .containsPattern("network +\\d+ +\\d+  inline")
                .contains("3 stack(s), 0 warning(s)");
        assertThat(files(target))
                .containsExactly(
                        "graph.dot",
                        "graph.mmd",
                        "manifest.json",
                        "stacks/bastion.json",
                        "stacks/network.json",
                        "stacks/service.json",
                        "userdata/bastion.sh",
                        "userdata/orders-api.sh");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesYamlTemplatesOnRequest() throws IOException {
        Path target = temp.resolve("dev");

        assertThat(run("compile", "stateless-service", "--env", "dev", "--out", target.toString(), "--format", "yaml"))
                .isEqualTo(0);

        assertThat(files(target)).contains("stacks/network.yaml").doesNotContain("stacks/network.json");
    }

    @Test
    void compilingTwiceGivesTheSameBytes() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        run("compile", "stateless-service", "--env", "prod", "--out", first.toString());
        run("compile", "stateless-service", "--env", "prod", "--out", second.toString());

        for (String file : files(first)) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void validatesWithoutWriting() {
        assertThat(run("validate", "stateless-service", "--env", "prod")).isEqualTo(0);
        assertThat(out.toString()).contains("-> not written");
    }

    @Test
    void printsTheGraph() {
        assertThat(run("graph", "stateless-service", "--env", "prod")).isEqualTo(0);
        assertThat(out.toString()).startsWith("flowchart LR");

        assertThat(run("graph", "stateless-service", "--env", "prod", "--graph-format", "dot"))
                .isEqualTo(0);
        assertThat(out.toString()).contains("digraph");
    }

    @Test
    void aPlatformWithErrorsReportsThemAllAndWritesNothing() {
        Path target = temp.resolve("broken");

        assertThat(run("compile", "broken", "--env", "prod", "--out", target.toString()))
                .isEqualTo(1);

        assertThat(err.toString())
                .contains(
                        "error: [TOO_MANY_AZS] prod/network/azCount: the network asks for 3 availability zones; environment prod has 1 (eu-west-1a)")
                .contains(
                        "error: [SUBNET_OUTSIDE_VPC] prod/network/subnet/app-a: 10.1.0.0/24 is outside the VPC's 10.0.0.0/16; choose a range inside it.")
                .contains("nothing was written");
        assertThat(target).doesNotExist();
    }

    @Test
    void anUnknownPlatformIsAUsageError() {
        assertThat(run("compile", "nope", "--env", "prod")).isEqualTo(2);
        assertThat(err.toString()).contains("no platform named 'nope'").contains("stateless-service");
    }

    @Test
    void anUnknownEnvironmentIsAUsageError() {
        assertThat(run("compile", "stateless-service", "--env", "staging")).isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "[UNKNOWN_ENVIRONMENT] staging: platform stateless-service has no environment 'staging'; use one of dev, prod.");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertThat(run("compile", "stateless-service")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--env=ENV'");
    }

    @Test
    void aBadFormatIsAUsageError() {
        assertThat(run("compile", "stateless-service", "--env", "prod", "--format", "xml"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--format is json or yaml, not xml");
    }

    @Test
    void theSummaryCountsTheWarningsOfThePlatformAsWellAsThoseOfItsTemplates() {
        assertThat(run(
                        "compile",
                        "web-cdn",
                        "--env",
                        "prod",
                        "--out",
                        temp.resolve("web-cdn").toString()))
                .isEqualTo(0);

        assertThat(err.toString()).contains("warning: [ORIGIN_OVER_HTTP] prod/cdn/origin");
        long printed = err.toString()
                .lines()
                .filter(line -> line.startsWith("warning: "))
                .count();
        assertThat(printed).isEqualTo(1);
        assertThat(out.toString()).contains("5 stack(s), 1 warning(s)");
    }

    @Test
    void validateCountsEveryWarningItPrintsToo() {
        assertThat(run("validate", "mesos", "--env", "prod")).isEqualTo(0);
        assertThat(run("validate", "web-cdn", "--env", "dev")).isEqualTo(0);

        assertThat(err.toString())
                .contains("warning: [TEMPLATE_NEEDS_S3] mesos")
                .contains("warning: [ORIGIN_OVER_HTTP] dev/cdn/origin");
        assertThat(out.toString()).contains("4 stack(s), 1 warning(s)").contains("5 stack(s), 1 warning(s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compile", "validate", "graph"})
    void anUnknownPlatformIsAUsageErrorForEveryCommandThatCompiles(String command) {
        assertThat(run(command, "nope", "--env", "prod")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo(
                        "plinth: no platform named 'nope' on the class path; plinth list shows broken, ecs, image-delivery, "
                                + "mesos, stateless-service, web-cdn" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"compile", "validate", "graph"})
    void anUnknownEnvironmentIsAUsageErrorForEveryCommandThatCompiles(String command) {
        assertThat(run(command, "stateless-service", "--env", "staging")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo(
                        "plinth: [UNKNOWN_ENVIRONMENT] staging: platform stateless-service has no environment 'staging'; "
                                + "use one of dev, prod." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadGraphFormatIsAUsageError() {
        assertThat(run("graph", "stateless-service", "--env", "prod", "--graph-format", "svg"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--graph-format is mermaid or dot, not svg");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("deploy")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'deploy'");
    }

    private static java.util.List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
