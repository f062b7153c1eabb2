package dev.plinth.materializer.report;

import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.ReviewBanner;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run report for a terminal: banners first, the summary table, then one section per stack with
 * its resources in aligned columns and each changed property old → new. Coloured when asked
 * (green added, yellow modified, red replaced or removed), plain otherwise: the Markdown report
 * is for pull requests, this one for people at a terminal.
 */
public final class TextReport {
    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD_RED = "\u001b[1;31m";

    private final boolean colour;

    private TextReport(boolean colour) {
        this.colour = colour;
    }

    /** Colour only on a terminal, and never when {@code NO_COLOR} is set (no-color.org). */
    public static String render(RunReport report, boolean colour) {
        return new TextReport(colour).text(report);
    }

    private String text(RunReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Plinth ")
                .append(ReportText.mode(report).toLowerCase(Locale.ROOT))
                .append(report.express() ? " (express mode)" : "")
                .append(": ")
                .append(report.platform())
                .append(" / ")
                .append(report.environment())
                .append(" / ")
                .append(report.region())
                .append("\n\n");
        banners(out, report);
        out.append(SummaryTable.render(report));
        for (StackReport stack : report.stacks()) {
            if (!stack.changes().isEmpty()
                    || !stack.parameterChanges().isEmpty()
                    || stack.message().isPresent()) {
                section(out, stack);
            }
        }
        return out.toString();
    }

    private void banners(StringBuilder out, RunReport report) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String kind :
                List.of("DATA_LOSS", "NETWORK_REPLACEMENT", "DELETION", "IAM_WIDENING", "INGRESS_WIDENING")) {
            for (StackReport stack : report.stacks()) {
                for (ReviewBanner banner : stack.banners()) {
                    if (banner.kind().equals(kind)) {
                        titles.put(kind, banner.title());
                        banner.entries()
                                .forEach(e -> entries.computeIfAbsent(kind, k -> new ArrayList<>())
                                        .add(e.startsWith("- ") ? "- " + stack.stack() + "/" + e.substring(2) : e));
                    }
                }
            }
        }
        entries.forEach((kind, lines) -> {
            out.append(paint(BOLD_RED, "⚠ " + titles.get(kind))).append("\n");
            lines.forEach(line -> out.append("  ").append(line).append("\n"));
            out.append("\n");
        });
    }

    private void section(StringBuilder out, StackReport stack) {
        out.append("\n")
                .append(stack.stack())
                .append(" (")
                .append(stack.stackName())
                .append("): ")
                .append(ReportText.lower(stack.action()))
                .append(", ")
                .append(ReportText.lower(stack.outcome()))
                .append("\n");
        int idWidth = 0;
        int typeWidth = 0;
        for (ResourceChange change : stack.changes()) {
            idWidth = Math.max(idWidth, change.logicalId().length());
            typeWidth = Math.max(typeWidth, change.resourceType().length());
        }
        for (ResourceChange change : stack.changes()) {
            String line = sign(change) + " " + pad(change.logicalId(), idWidth) + "  "
                    + pad(change.resourceType(), typeWidth) + effect(change);
            out.append("  ")
                    .append(paint(colourOf(change), line.stripTrailing()))
                    .append("\n");
            change.properties().forEach(p -> out.append("      ").append(p).append("\n"));
            change.access().forEach(a -> out.append("      ").append(a).append("\n"));
        }
        if (!stack.parameterChanges().isEmpty()) {
            out.append("  parameters\n");
            for (ParameterChange parameter : stack.parameterChanges()) {
                out.append("      ")
                        .append(parameter.name())
                        .append(": ")
                        .append(parameter.before().orElse("(none)"))
                        .append(" → ")
                        .append(parameter.after().orElse("(known after apply)"))
                        .append("\n");
            }
        }
        stack.message()
                .ifPresent(message -> out.append("  ")
                        .append(label(stack))
                        .append(message.strip())
                        .append("\n"));
    }

    private static String label(StackReport stack) {
        return switch (stack.outcome()) {
            case FAILED -> "failed: ";
            case REFUSED -> "refused: ";
            case SKIPPED -> "skipped: ";
            default -> "note: ";
        };
    }

    private static String sign(ResourceChange change) {
        return switch (change.action()) {
            case "Add", "Import" -> "+";
            case "Remove" -> "-";
            default -> change.destroys() ? "±" : "~";
        };
    }

    private static String effect(ResourceChange change) {
        if (change.action().equals("Modify") && change.destroys()) {
            String how = change.replacement().filter("True"::equals).isPresent() ? "  replace" : "  may replace";
            return how
                    + (change.replacingProperties().isEmpty()
                            ? ""
                            : ": " + String.join(", ", change.replacingProperties()));
        }
        return "";
    }

    private static String colourOf(ResourceChange change) {
        return switch (change.action()) {
            case "Add", "Import" -> GREEN;
            case "Remove" -> RED;
            default -> change.destroys() ? RED : YELLOW;
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
