package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reports of stacks a run ends without converging them, and why: refused or unreadable in the
 * survey, skipped behind an upstream stack that did not succeed, or not started because the run
 * was interrupted or its deadline had passed. None of them costs a call.
 */
final class NotConverged {
    private NotConverged() {}

    /**
     * Whatever the survey found that refuses the run, reported on its stacks: a stack Plinth does
     * not own, another run at work, a broken stack under termination protection; when applying, a
     * stack that could not be read too. Empty when the run may go on.
     */
    static Optional<String> refuseBeforeChanges(
            List<Manifest.Stack> selected,
            Map<String, Survey.Found> survey,
            Map<String, StackReport> reports,
            MaterializerOptions options) {
        List<String> causes = new ArrayList<>();
        for (Manifest.Stack stack : selected) {
            Survey.Found found = survey.get(stack.name());
            if (found.refusal().isPresent()) {
                reports.put(
                        stack.name(),
                        ended(
                                stack,
                                StackReport.Outcome.REFUSED,
                                found.refusal().get()));
                causes.add(stack.name());
            } else if (found.error().isPresent()) {
                reports.put(
                        stack.name(),
                        ended(
                                stack,
                                StackReport.Outcome.FAILED,
                                "could not read the stack: " + found.error().get()));
                if (options.mode() == RunReport.Mode.APPLY) {
                    causes.add(stack.name());
                }
            }
        }
        if (causes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Plinth stopped the run before its first change because of stack"
                + (causes.size() > 1 ? "s " : " ") + String.join(", ", causes));
    }

    /** Why an apply skips {@code stack}: an upstream stack of the run ended without succeeding. A plan skips none. */
    static Optional<String> blockedBy(
            Manifest.Stack stack, Map<String, StackReport> reports, Set<String> selected, MaterializerOptions options) {
        if (options.mode() == RunReport.Mode.PLAN) {
            return Optional.empty();
        }
        for (String dependency : stack.dependsOn()) {
            StackReport upstream = reports.get(dependency);
            if (selected.contains(dependency) && upstream != null && !upstream.succeeded()) {
                return Optional.of(
                        "skipped: it depends on stack " + dependency + ", which " + PlanVerdict.ended(upstream));
            }
        }
        return Optional.empty();
    }

    /** Why a stack was not started: the run was interrupted ({@code stopped}), or else its deadline had passed. */
    static String notStarted(boolean stopped, Duration timeout) {
        if (stopped) {
            return "not started: the run was interrupted (Ctrl-C) before it could start; run again to go on";
        }
        return "not started: the run's deadline (--timeout "
                + timeout.toString().substring(2).toLowerCase(Locale.ROOT)
                + ") had passed; run again to go on";
    }

    static StackReport skipped(Manifest.Stack stack, String why) {
        return ended(stack, StackReport.Outcome.SKIPPED, why);
    }

    static StackReport ended(Manifest.Stack stack, StackReport.Outcome outcome, String why) {
        return new StackReport(
                stack.name(),
                stack.stackName(),
                StackReport.Action.NONE,
                outcome,
                List.of(),
                List.of(),
                List.of(),
                0,
                Optional.of(why),
                Map.of(),
                0);
    }
}
