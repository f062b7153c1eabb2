package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.spec.ResourceSpecification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.util.VersionInfo;

/** --help on every command, --version and the help command. */
class HelpVersionTest {
    private static final List<String> COMMANDS =
            List.of("list", "compile", "validate", "graph", "plan", "materialize", "completion");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "compile", "validate", "graph", "plan", "materialize", "completion"})
    void everyCommandPrintsItsHelpAndExitsZero(String command) {
        assertThat(run(command, "--help")).isZero();

        assertThat(out.toString()).startsWith("Usage: plinth " + command + " [-hV]");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"compile", "plan", "materialize"})
    void helpWinsOverMissingArgumentsWithTheShortOptionToo(String command) {
        assertThat(run(command, "-h")).isZero();
        assertThat(out.toString()).startsWith("Usage: plinth " + command);
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).startsWith("Usage: plinth [-hV] [COMMAND]");
        assertThat(COMMANDS)
                .allSatisfy(command -> assertThat(out.toString()).containsPattern("(?m)^  " + command + " "));
    }

    @Test
    void theHelpCommandShowsTheHelpOfAnotherCommand() {
        assertThat(run("help", "plan")).isZero();
        assertThat(out.toString()).startsWith("Usage: plinth plan").contains("--detailed-exitcode");
    }

    @Test
    void versionNamesPlinthTheCommitTheAwsSdkAndTheResourceSpecification() {
        assertThat(run("--version")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("plinth 0.1.0-SNAPSHOT");
        assertThat(lines.get(1)).matches("commit ([0-9a-f]{40}( \\(with changes not committed\\))?|unknown)");
        assertThat(lines.get(2)).isEqualTo("AWS SDK for Java " + VersionInfo.SDK_VERSION);
        assertThat(lines.get(3))
                .isEqualTo("resource specification @aws-cdk/aws-service-spec "
                        + ResourceSpecification.bundled().sourceVersion() + " ("
                        + ResourceSpecification.bundled().resourceTypeCount() + " resource types)");
        assertThat(lines.get(4)).startsWith("Java " + Runtime.version().feature());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyCommandPrintsTheSameVersion() {
        run("--version");
        String topLevel = out.toString();
        out.getBuffer().setLength(0);

        assertThat(run("plan", "--version")).isZero();

        assertThat(out.toString()).isEqualTo(topLevel);
    }
}
