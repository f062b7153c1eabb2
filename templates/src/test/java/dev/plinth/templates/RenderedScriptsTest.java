package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plinth.compiler.UserDataLimits;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every representative script: its golden file, and the checks CI runs on the instance's view of it. */
class RenderedScriptsTest {
    private final UserDataRenderer renderer = new UserDataRenderer();

    static Stream<Arguments> examples() {
        return Examples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void matchesItsGoldenFile(String name, UserDataModel model) {
        Golden.assertMatches(name + ".sh", renderer.render(model));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void passesBashSyntaxCheck(String name, UserDataModel model) {
        Path file = Shell.writeConformance(name, renderer.render(model));

        Shell.Result result = Shell.run("/bin/bash", "-n", file.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void hasNoShellcheckFindingsWhenShellcheckIsInstalled(String name, UserDataModel model) {
        Path file = Shell.writeConformance(name, renderer.render(model));
        assumeTrue(Shell.onPath("shellcheck"), "shellcheck is not installed; CI checks the conformance folder instead");

        Shell.Result result = Shell.run("shellcheck", "--severity=style", file.toString());

        assertThat(result.output()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void staysFarBelowTheUserDataLimit(String name, UserDataModel model) {
        assertThat(UserDataLimits.utf8Size(renderer.render(model))).isLessThan(UserDataLimits.MAX_BYTES / 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersTheSameBytesEveryTime(String name, UserDataModel model) {
        assertThat(renderer.render(model)).isEqualTo(renderer.render(model));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void usesUnixLinesWithoutTrailingWhitespaceAndEndsWithOneNewline(String name, UserDataModel model) {
        String script = renderer.render(model);

        assertThat(script)
                .startsWith("#!/bin/bash\n")
                .doesNotContain("\r")
                .endsWith("\n")
                .doesNotEndWith("\n\n");
        assertThat(script.lines()).noneMatch(line -> line.endsWith(" ") || line.endsWith("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void stopsAtTheFirstFailure(String name, UserDataModel model) {
        assertThat(renderer.render(model)).contains("\nset -euo pipefail\n");
    }
}
