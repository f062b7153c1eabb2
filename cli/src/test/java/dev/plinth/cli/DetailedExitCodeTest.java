package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.Plinth;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.samples.StatelessService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --detailed-exitcode}: 0 nothing to change, 2 changes, 1 any error, usage errors
 * included, so that a CI job can take 2 for "changes" without mistaking a mistyped option for
 * one. Offline plans and a refused endpoint here; {@code MotoEndToEndTest} plans against moto.
 */
class DetailedExitCodeTest {
    @TempDir
    Path temp;

    private Path small;
    private Path large;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void compileTwoVariants() {
        small = temp.resolve("small");
        large = temp.resolve("large");
        assertThat(run("compile", "stateless-service", "--env", "dev", "--out", small.toString()))
                .isZero();
        Compilation compilation = Plinth.compile(new StatelessService("t3.large"), "dev", CompileOptions.defaults())
                .writeTo(large);
        assertThat(compilation.output())
                .as(compilation.diagnostics().toString())
                .isPresent();
        out.getBuffer().setLength(0);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aPlanWithChangesExitsTwoWithTheFlagAndZeroWithout() {
        assertThat(run("plan", large.toString(), "--against", small.toString(), "--detailed-exitcode"))
                .isEqualTo(2);
        assertThat(out.toString()).contains("3 stacks: 1 to change, 2 unchanged, 0 failed, 0 skipped");

        assertThat(run("plan", large.toString(), "--against", small.toString())).isZero();
    }

    @Test
    void aPlanWithoutChangesExitsZero() {
        assertThat(run("plan", small.toString(), "--against", small.toString(), "--detailed-exitcode"))
                .isZero();
        assertThat(out.toString()).contains("3 stacks: 0 to change, 3 unchanged");
    }

    @Test
    void aPlanThatFailsExitsOne() throws IOException {
        try (RecordingEndpoint endpoint = RecordingEndpoint.start()) {
            assertThat(run("plan", small.toString(), "--endpoint-url", endpoint.url(), "--detailed-exitcode"))
                    .isEqualTo(1);
        }
        assertThat(err.toString()).startsWith("plinth: [IDENTITY_FAILED] ");
    }

    @Test
    void aUsageErrorExitsOneWithTheFlagSoThatTwoAlwaysMeansChanges() {
        assertThat(run("plan", small.toString(), "--detailed-exitcode", "--timeout", "0s"))
                .isEqualTo(1);
        assertThat(run("plan", small.toString(), "--detailed-exitcode", "--no-such-option"))
                .isEqualTo(1);
        assertThat(run("plan", "--detailed-exitcode")).isEqualTo(1);
        assertThat(err.toString())
                .contains("--timeout takes a positive duration")
                .contains("Unknown option: '--no-such-option'")
                .contains("Missing required parameter: 'DIR'");

        assertThat(run("plan", small.toString(), "--timeout", "0s")).isEqualTo(2);
        assertThat(run("plan", small.toString(), "--no-such-option")).isEqualTo(2);
        assertThat(run("materialize", small.toString(), "--detailed-exitcode"))
                .as("plan's flag given to materialize")
                .isEqualTo(2);
    }

    @Test
    void changesAreAStackPlannedOrCreatedNotAnEmptyChangeSetOrASkip() {
        assertThat(RunOutput.hasChanges(
                        report(stack(Action.NONE, Outcome.UNCHANGED), stack(Action.UPDATE, Outcome.UNCHANGED))))
                .isFalse();
        assertThat(RunOutput.hasChanges(report(stack(Action.NONE, Outcome.SKIPPED))))
                .isFalse();
        assertThat(RunOutput.hasChanges(
                        report(stack(Action.NONE, Outcome.UNCHANGED), stack(Action.UPDATE, Outcome.PLANNED))))
                .isTrue();
        assertThat(RunOutput.hasChanges(report(stack(Action.CREATE, Outcome.PLANNED))))
                .isTrue();
        assertThat(RunOutput.hasChanges(report(stack(Action.NONE, Outcome.PLANNED))))
                .as("a stack policy to set")
                .isTrue();
    }

    @Test
    void onlyASuccessfulPlanTurnsIntoTwo() {
        RunReport changes = report(stack(Action.CREATE, Outcome.PLANNED));

        assertThat(RunOutput.detailed(ExitCode.OK, changes)).isEqualTo(2);
        assertThat(RunOutput.detailed(ExitCode.FAILED, changes)).isEqualTo(1);
        assertThat(RunOutput.detailed(ExitCode.OK, report(stack(Action.NONE, Outcome.UNCHANGED))))
                .isZero();
    }

    private static RunReport report(StackReport... stacks) {
        return new RunReport("shop", "prod", "eu-west-1", RunReport.Mode.PLAN, List.of(stacks), 10);
    }

    private static StackReport stack(Action action, Outcome outcome) {
        return new StackReport(
                "network",
                "shop-prod-network",
                action,
                outcome,
                List.of(),
                List.of(),
                List.of(),
                0,
                Optional.empty(),
                Map.of(),
                1);
    }
}
