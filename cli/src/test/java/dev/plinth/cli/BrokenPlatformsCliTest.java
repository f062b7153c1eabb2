package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken platforms next to good ones, found through a services file on {@code --classpath}: each
 * broken one is a coded diagnostic, never a stack trace, and never stops the others.
 */
class BrokenPlatformsCliTest {
    private static final String PREFIX = BrokenPlatforms.class.getName() + "$";

    @TempDir
    Path temp;

    private Path classpath;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void servicesFile() throws IOException {
        classpath = temp.resolve("platforms");
        Path services = classpath.resolve(PlatformCatalog.SERVICES_FILE);
        Files.createDirectories(services.getParent());
        Files.writeString(
                services,
                String.join(
                        "\n",
                        "# broken ones, each its own way",
                        PREFIX + "ThrowingConstructor",
                        "dev.plinth.cli.BrokenPlatfroms$NullStacks",
                        PREFIX + "ThrowingEnvironments",
                        PREFIX + "NullStacks",
                        PREFIX + "IncompleteBuilder",
                        "dev.plinth.cli.CliRun",
                        ""));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** What was printed, with the line numbers of this test's sources left out. */
    private static String lines(StringWriter writer) {
        return writer.toString().replaceAll("\\(at BrokenPlatforms\\.java:\\d+\\)", "(at LINE)");
    }

    @Test
    void listShowsEveryGoodPlatformAndEachBrokenOneWithItsDiagnostic() {
        assertThat(run("list", "--classpath", classpath.toString())).isEqualTo(1);

        assertThat(lines(out))
                .contains("stateless-service  (dev, prod)")
                .contains("broken  (prod)")
                .contains(PREFIX + "ThrowingConstructor  BROKEN  error: [PLATFORM_NOT_LOADED] " + PREFIX
                        + "ThrowingConstructor: platform class " + PREFIX + "ThrowingConstructor could not be loaded: "
                        + "its constructor threw IllegalStateException: PLATFORM_HOME is not set (at LINE); "
                        + "fix the class, or its line in META-INF/services/dev.plinth.dsl.Platform, "
                        + "or add its jar to --classpath.")
                .contains("dev.plinth.cli.BrokenPlatfroms$NullStacks  BROKEN  error: [PLATFORM_NOT_LOADED] "
                        + "dev.plinth.cli.BrokenPlatfroms$NullStacks: platform class dev.plinth.cli.BrokenPlatfroms$NullStacks "
                        + "could not be loaded: META-INF/services/dev.plinth.dsl.Platform names it, "
                        + "but there is no such class on the class path; ")
                .contains(
                        "dev.plinth.cli.CliRun  BROKEN  error: [PLATFORM_NOT_LOADED] dev.plinth.cli.CliRun: "
                                + "platform class dev.plinth.cli.CliRun could not be loaded: it does not implement dev.plinth.dsl.Platform; ")
                .contains(
                        "throwing-environments  BROKEN  error: [DEFINITION_FAILED] throwing-environments: platform class "
                                + PREFIX + "ThrowingEnvironments: environments() threw UnsupportedOperationException: "
                                + "environments come from a file that is missing (at LINE); fix the platform definition's code.")
                // Broken in stacks() only: list does not compile, so it lists.
                .contains("null-stacks  (prod)")
                .contains("incomplete-builder  (prod)");
        assertThat(err.toString()).isEqualTo("plinth: 4 platform(s) broken; the others can be compiled\n");
        assertThat(out.toString() + err).doesNotContain("\tat ").doesNotContain("Exception:\n");
    }

    @Test
    void aGoodPlatformStillCompilesNextToBrokenOnes() {
        Path target = temp.resolve("out");

        assertThat(run(
                        "compile",
                        "stateless-service",
                        "--env",
                        "prod",
                        "--classpath",
                        classpath.toString(),
                        "--out",
                        target.toString()))
                .isEqualTo(0);

        assertThat(Files.exists(target.resolve("manifest.json"))).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void compilingAPlatformWhoseEnvironmentsThrowPrintsItsDiagnostic() {
        assertThat(run("compile", "throwing-environments", "--env", "prod", "--classpath", classpath.toString()))
                .isEqualTo(1);

        assertThat(lines(err))
                .isEqualTo("error: [DEFINITION_FAILED] throwing-environments: platform class " + PREFIX
                        + "ThrowingEnvironments: environments() threw UnsupportedOperationException: "
                        + "environments come from a file that is missing (at LINE); fix the platform definition's code.\n"
                        + "plinth: throwing-environments/prod not compiled: 1 error(s); nothing was written\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void compilingAPlatformWhoseStacksAreNullPrintsItsDiagnostic() {
        Path target = temp.resolve("out");

        assertThat(run(
                        "compile",
                        "null-stacks",
                        "--env",
                        "prod",
                        "--classpath",
                        classpath.toString(),
                        "--out",
                        target.toString()))
                .isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo("error: [DEFINITION_FAILED] prod: platform class " + PREFIX
                        + "NullStacks: stacks(prod) returned null; return the environment's stacks, an empty list for none.\n"
                        + "plinth: null-stacks/prod not compiled: 1 error(s); nothing was written\n");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void validateAndGraphReportAnIncompleteBuilderByKindAndAttribute() {
        String expected = "error: [MISSING_ATTRIBUTES] prod: platform class " + PREFIX
                + "IncompleteBuilder: stacks(prod) built a Network without cidr (at LINE); "
                + "set cidr on the Network builder.\n";

        assertThat(run("validate", "incomplete-builder", "--env", "prod", "--classpath", classpath.toString()))
                .isEqualTo(1);
        assertThat(lines(err)).isEqualTo(expected);

        err.getBuffer().setLength(0);
        assertThat(run("graph", "incomplete-builder", "--env", "prod", "--classpath", classpath.toString()))
                .isEqualTo(1);
        assertThat(lines(err)).isEqualTo(expected);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void compilingAPlatformWhoseConstructorThrowsPrintsTheBrokenPlatformsAndExitsOne() {
        assertThat(run("compile", "throwing-constructor", "--env", "prod", "--classpath", classpath.toString()))
                .isEqualTo(1);

        assertThat(lines(err))
                .contains("error: [PLATFORM_NOT_LOADED] " + PREFIX + "ThrowingConstructor: platform class " + PREFIX
                        + "ThrowingConstructor could not be loaded: its constructor threw IllegalStateException: "
                        + "PLATFORM_HOME is not set (at LINE); ")
                .contains("error: [PLATFORM_NOT_LOADED] dev.plinth.cli.CliRun: ")
                .endsWith("plinth: no platform named 'throwing-constructor' among those loaded (broken, ecs, "
                        + "image-delivery, incomplete-builder, mesos, null-stacks, stateless-service, "
                        + "throwing-environments, web-cdn); 3 platform(s) on the class path could not be loaded (above), "
                        + "and it may be one of them\n");
    }

    @Test
    void compilingABrokenPlatformByItsKeyPrintsItsDiagnostic() {
        assertThat(run("compile", "dev.plinth.cli.CliRun", "--env", "prod", "--classpath", classpath.toString()))
                .isEqualTo(1);

        assertThat(err.toString())
                .startsWith("error: [PLATFORM_NOT_LOADED] dev.plinth.cli.CliRun: ")
                .endsWith("plinth: platform dev.plinth.cli.CliRun could not be loaded; nothing was done\n");
    }
}
