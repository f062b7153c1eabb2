package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What apply would do with each planned stack, once every stack has been planned: a plan's stacks
 * are planned side by side, but apply runs them in order, skips the dependents of a stack that
 * fails, and fails a stack whose upstream will not have the output it reads. A plan says so.
 */
final class PlanVerdict {
    private PlanVerdict() {}

    /** How the message of a stack that changes only once an upstream stack is applied starts. */
    static final String CASCADE = "will change after ";

    /** Rewrites the reports of stacks that apply would skip or fail, or change after upstream; upstream stacks first. */
    static void judge(
            List<Manifest.Stack> selected,
            Map<String, StackReport> reports,
            Map<String, byte[]> templates,
            Map<String, Survey.Found> survey) {
        Set<String> names = new LinkedHashSet<>();
        selected.forEach(s -> names.add(s.name()));
        Set<String> judged = new LinkedHashSet<>();
        while (judged.size() < selected.size()) {
            for (Manifest.Stack stack : selected) {
                boolean upstreamJudged =
                        stack.dependsOn().stream().filter(names::contains).allMatch(judged::contains);
                if (!judged.contains(stack.name()) && upstreamJudged) {
                    StackReport judgedReport = verdict(stack, reports.get(stack.name()), names, reports);
                    Map<String, String> deployed = Optional.ofNullable(survey.get(stack.name()))
                            .flatMap(Survey.Found::state)
                            .map(StackState::parameters)
                            .orElse(Map.of());
                    reports.put(stack.name(), Cascades.of(stack, judgedReport, reports, templates, deployed));
                    judged.add(stack.name());
                }
            }
        }
    }

    private static StackReport verdict(
            Manifest.Stack stack, StackReport report, Set<String> names, Map<String, StackReport> reports) {
        if (!report.succeeded()) {
            return report;
        }
        for (String dependency : stack.dependsOn()) {
            StackReport upstream = reports.get(dependency);
            if (names.contains(dependency) && !upstream.succeeded()) {
                return with(
                        report,
                        StackReport.Outcome.SKIPPED,
                        "apply would skip it: it depends on stack " + dependency + ", which "
                                + ended(upstream).replace("was ", "would be ").replace("failed", "would fail"));
            }
        }
        List<String> missing = new ArrayList<>();
        stack.parameters()
                .forEach((key, parameter) -> parameter.stack().ifPresent(up -> {
                    StackReport upstream = reports.get(up);
                    if (report.unknownParameters().contains(key)
                            && upstream != null
                            && upstream.outcome() == StackReport.Outcome.UNCHANGED) {
                        missing.add("stack " + up + " has no output "
                                + parameter.output().orElseThrow() + " for parameter " + key);
                    }
                }));
        if (!missing.isEmpty()) {
            return with(
                    report,
                    StackReport.Outcome.FAILED,
                    "apply would fail: " + String.join("; ", missing)
                            + ", and this plan does not change it; compile the platform again and check the upstream stack's outputs");
        }
        return report;
    }

    /** How an upstream stack ended, for a dependent's message. */
    static String ended(StackReport upstream) {
        return switch (upstream.outcome()) {
            case SKIPPED -> "was skipped";
            case REFUSED -> "was refused";
            default -> "failed";
        };
    }

    private static StackReport with(StackReport r, StackReport.Outcome outcome, String message) {
        return new StackReport(
                r.stack(),
                r.stackName(),
                r.action(),
                outcome,
                r.changes(),
                r.parameterChanges(),
                r.unknownParameters(),
                r.durationMillis(),
                Optional.of(message),
                r.outputs(),
                r.apiCalls(),
                r.banners());
    }
}
