package dev.plinth.materializer;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a plan or materialize run over a compiled output folder.
 *
 * @param mode PLAN or APPLY
 * @param stacks one report per stack considered, in manifest order
 * @param express the change sets were made in CloudFormation's express mode ({@code --express})
 */
public record RunReport(
        String platform,
        String environment,
        String region,
        Mode mode,
        List<StackReport> stacks,
        long durationMillis,
        boolean express) {

    public RunReport(
            String platform,
            String environment,
            String region,
            Mode mode,
            List<StackReport> stacks,
            long durationMillis) {
        this(platform, environment, region, mode, stacks, durationMillis, false);
    }

    /** Plan shows; apply converges. */
    public enum Mode {
        PLAN,
        APPLY
    }

    public RunReport {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(mode, "mode");
        stacks = List.copyOf(stacks);
    }

    /**
     * What the exit code and the report's ✅/❌ say: a stack failed or was refused, or, when
     * applying, was skipped. A plan's skipped stacks (those only an older folder has, for {@code
     * --against}) are reported without failing it.
     */
    public boolean failed() {
        return stacks.stream()
                .anyMatch(s -> s.outcome() == StackReport.Outcome.FAILED
                        || s.outcome() == StackReport.Outcome.REFUSED
                        || (mode == Mode.APPLY && s.outcome() == StackReport.Outcome.SKIPPED));
    }

    public boolean succeeded() {
        return stacks.stream().allMatch(StackReport::succeeded);
    }
}
