package dev.plinth.materializer.report;

import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.ReviewBanner;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A run report as Markdown for a pull-request comment: a heading, a summary table of every
 * stack, then one section per stack with something to show (resource changes, protected
 * resources at risk, parameters known only after apply, the reason for a failure or a skip).
 * The same report always gives the same text.
 */
public final class MarkdownReport {

    /** GitHub's limit on a comment, less room for what CI adds around the report. */
    static final int MAX_CHARACTERS = 65_000;
    /** A resource's review longer than this many lines is collapsed in a {@code <details>} block. */
    static final int COLLAPSE_LINES = 12;

    private MarkdownReport() {}

    public static String render(RunReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Plinth ")
                .append(ReportText.mode(report))
                .append(report.express() ? " (express mode)" : "")
                .append(": ")
                .append(text(report.platform()))
                .append(" / ")
                .append(text(report.environment()))
                .append(" / ")
                .append(text(report.region()))
                .append("\n\n");
        out.append(report.failed() ? "❌ " : "✅ ")
                .append(ReportText.counts(report))
                .append(" in ")
                .append(ReportText.duration(report.durationMillis()))
                .append("\n");
        if (report.stacks().isEmpty()) {
            return out.toString();
        }
        banners(out, report);
        out.append("\n| Stack | Action | Changes | Duration | Result |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (StackReport stack : report.stacks()) {
            boolean attempted = !ReportText.notAttempted(stack);
            row(
                    out,
                    stack.stack(),
                    ReportText.lower(stack.action()),
                    attempted ? ReportText.changes(stack) : "—",
                    attempted ? ReportText.duration(stack.durationMillis()) : "—",
                    result(stack.outcome()));
        }
        for (StackReport stack : report.stacks()) {
            if (!stack.changes().isEmpty()
                    || !stack.parameterChanges().isEmpty()
                    || !stack.unknownParameters().isEmpty()
                    || stack.message().isPresent()) {
                section(out, stack);
            }
        }
        return fitted(out.toString());
    }

    /** Banners first: what a reviewer must not miss, across every stack, most severe kind first. */
    private static void banners(StringBuilder out, RunReport report) {
        Map<String, List<String>> byKind = new TreeMap<>(Comparator.comparingInt(MarkdownReport::severity));
        Map<String, String> titles = new TreeMap<>();
        for (StackReport stack : report.stacks()) {
            for (ReviewBanner banner : stack.banners()) {
                titles.putIfAbsent(banner.kind(), banner.title());
                banner.entries()
                        .forEach(entry -> byKind.computeIfAbsent(banner.kind(), k -> new ArrayList<>())
                                .add(entry.startsWith("- ") ? "- " + stack.stack() + "/" + entry.substring(2) : entry));
            }
        }
        byKind.forEach((kind, entries) -> {
            out.append("\n> ⚠️ **").append(text(titles.get(kind))).append("**\n");
            entries.forEach(entry -> out.append("> ").append(text(entry)).append("\n"));
        });
    }

    private static int severity(String kind) {
        int index = List.of("DATA_LOSS", "NETWORK_REPLACEMENT", "DELETION", "IAM_WIDENING", "INGRESS_WIDENING")
                .indexOf(kind);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** A pull request comment holds 65,536 characters: a longer report is cut at a line, with a note. */
    public static String fitted(String markdown) {
        if (markdown.length() <= MAX_CHARACTERS) {
            return markdown;
        }
        int cut = markdown.lastIndexOf('\n', MAX_CHARACTERS - 200);
        String kept = markdown.substring(0, cut + 1);
        boolean openCode = (kept.split("```", -1).length - 1) % 2 == 1;
        return kept + (openCode ? "```\n" : "") + "\n… the report is cut here, " + (markdown.length() - cut - 1)
                + " more characters: the whole plan is in the JSON report (--report-json)\n";
    }

    private static void section(StringBuilder out, StackReport stack) {
        out.append("\n### ")
                .append(text(stack.stack()))
                .append(" (")
                .append(text(stack.stackName()))
                .append(")\n");
        if (!stack.changes().isEmpty()) {
            out.append("\n| Action | Logical ID | Type | Replacement | Replacing properties |\n");
            out.append("| --- | --- | --- | --- | --- |\n");
            for (ResourceChange change : stack.changes()) {
                row(
                        out,
                        sign(change.action()) + " " + change.action(),
                        change.logicalId(),
                        change.resourceType(),
                        replacement(change),
                        change.replacingProperties().isEmpty() ? "—" : String.join(", ", change.replacingProperties()));
            }
            for (ResourceChange change : stack.changes()) {
                if (!change.properties().isEmpty() || !change.access().isEmpty()) {
                    boolean collapsed =
                            change.properties().size() + change.access().size() > COLLAPSE_LINES;
                    String heading = "**" + text(change.logicalId()) + "** (" + text(change.resourceType()) + ")";
                    out.append(
                            collapsed
                                    ? "\n<details><summary>" + heading + "</summary>\n\n```\n"
                                    : "\n" + heading + "\n\n```\n");
                    change.properties().forEach(line -> out.append(code(line)).append("\n"));
                    change.access().forEach(line -> out.append(code(line)).append("\n"));
                    out.append(collapsed ? "```\n\n</details>\n" : "```\n");
                }
            }
            List<ResourceChange> atRisk = stack.changes().stream()
                    .filter(c -> c.isProtected() && c.destroys())
                    .toList();
            if (!atRisk.isEmpty()) {
                out.append("\n");
                for (ResourceChange change : atRisk) {
                    out.append("> ⚠️ **Protected resource ")
                            .append(text(change.logicalId()))
                            .append(" (")
                            .append(text(change.resourceType()))
                            .append(") ")
                            .append(risk(change))
                            .append(".**\n");
                }
            }
        }
        if (!stack.parameterChanges().isEmpty()) {
            out.append("\n| Parameter | Before | After |\n");
            out.append("| --- | --- | --- |\n");
            for (ParameterChange change : stack.parameterChanges()) {
                row(
                        out,
                        change.name(),
                        change.before().orElse("(none)"),
                        change.after().orElse("(known after apply)"));
            }
        }
        if (!stack.unknownParameters().isEmpty()) {
            out.append("\nKnown after apply: ")
                    .append(stack.unknownParameters().stream()
                            .map(MarkdownReport::text)
                            .collect(Collectors.joining(", ")))
                    .append("\n");
        }
        stack.message()
                .ifPresent(message -> out.append("\n")
                        .append(label(stack.outcome()))
                        .append(text(message.strip()))
                        .append("\n"));
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("|");
        for (String cell : cells) {
            out.append(" ").append(text(cell)).append(" |");
        }
        out.append("\n");
    }

    private static String sign(String action) {
        return switch (action) {
            case "Add", "Import" -> "+";
            case "Remove" -> "-";
            default -> "~";
        };
    }

    private static String replacement(ResourceChange change) {
        return switch (change.replacement().orElse("")) {
            case "True" -> "will replace";
            case "Conditional" -> "may replace";
            default -> "—";
        };
    }

    private static String risk(ResourceChange change) {
        if (change.action().equals("Remove")) {
            return "would be removed";
        }
        return change.replacement().filter("True"::equals).isPresent() ? "would be replaced" : "may be replaced";
    }

    private static String result(StackReport.Outcome outcome) {
        return switch (outcome) {
            case APPLIED -> "✅ applied";
            case UNCHANGED -> "➖ unchanged";
            case PLANNED -> "📝 planned";
            case REFUSED -> "⛔ refused";
            case FAILED -> "❌ failed";
            case SKIPPED -> "⏭️ skipped";
        };
    }

    private static String label(StackReport.Outcome outcome) {
        return switch (outcome) {
            case FAILED -> "**Failed:** ";
            case REFUSED -> "**Refused:** ";
            case SKIPPED -> "**Skipped:** ";
            default -> "**Note:** ";
        };
    }

    /** A line inside a code block: nothing in it may close the block. */
    private static String code(String line) {
        return line.replace("```", "`\u200b``");
    }

    /** Text safe in a table cell or on a line: no pipe ends a cell, no backtick opens code, no newline breaks a row. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("`", "\\`")
                .replace("\r\n", " ")
                .replace('\n', ' ');
    }
}
