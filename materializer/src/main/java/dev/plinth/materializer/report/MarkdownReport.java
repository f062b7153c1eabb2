package dev.plinth.materializer.report;

import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.ResourceChange;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run report as Markdown for a pull-request comment: a heading, a summary table of every
 * stack, then one section per stack with something to show (resource changes, protected
 * resources at risk, parameters known only after apply, the reason for a failure or a skip).
 * The same report always gives the same text.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  public static String render(RunReport report) {
    StringBuilder out = new StringBuilder();
    out.append("## Plinth ").append(ReportText.mode(report)).append(report.express() ? " (express mode)" : "").append(": ")
        .append(text(report.platform())).append(" / ").append(text(report.environment())).append(" / ")
        .append(text(report.region())).append("\n\n");
    out.append(report.failed() ? "❌ " : "✅ ").append(ReportText.counts(report))
        .append(" in ").append(ReportText.duration(report.durationMillis())).append("\n");
    if (report.stacks().isEmpty()) {
      return out.toString();
    }
    out.append("\n| Stack | Action | Changes | Duration | Result |\n");
    out.append("| --- | --- | --- | --- | --- |\n");
    for (StackReport stack : report.stacks()) {
      boolean attempted = !ReportText.notAttempted(stack);
      row(out, stack.stack(), ReportText.lower(stack.action()), attempted ? ReportText.changes(stack) : "—",
          attempted ? ReportText.duration(stack.durationMillis()) : "—", result(stack.outcome()));
    }
    for (StackReport stack : report.stacks()) {
      if (!stack.changes().isEmpty() || !stack.parameterChanges().isEmpty() || !stack.unknownParameters().isEmpty()
          || stack.message().isPresent()) {
        section(out, stack);
      }
    }
    return out.toString();
  }

  private static void section(StringBuilder out, StackReport stack) {
    out.append("\n### ").append(text(stack.stack())).append(" (").append(text(stack.stackName())).append(")\n");
    if (!stack.changes().isEmpty()) {
      out.append("\n| Action | Logical ID | Type | Replacement | Replacing properties |\n");
      out.append("| --- | --- | --- | --- | --- |\n");
      for (ResourceChange change : stack.changes()) {
        row(out, sign(change.action()) + " " + change.action(), change.logicalId(), change.resourceType(),
            replacement(change), change.replacingProperties().isEmpty() ? "—" : String.join(", ", change.replacingProperties()));
      }
      List<ResourceChange> atRisk = stack.changes().stream().filter(c -> c.isProtected() && c.destroys()).toList();
      if (!atRisk.isEmpty()) {
        out.append("\n");
        for (ResourceChange change : atRisk) {
          out.append("> ⚠️ **Protected resource ").append(text(change.logicalId())).append(" (")
              .append(text(change.resourceType())).append(") ").append(risk(change)).append(".**\n");
        }
      }
    }
    if (!stack.parameterChanges().isEmpty()) {
      out.append("\n| Parameter | Before | After |\n");
      out.append("| --- | --- | --- |\n");
      for (ParameterChange change : stack.parameterChanges()) {
        row(out, change.name(), change.before().orElse("(none)"), change.after().orElse("(known after apply)"));
      }
    }
    if (!stack.unknownParameters().isEmpty()) {
      out.append("\nKnown after apply: ")
          .append(stack.unknownParameters().stream().map(MarkdownReport::text).collect(Collectors.joining(", ")))
          .append("\n");
    }
    stack.message().ifPresent(message -> out.append("\n").append(label(stack.outcome())).append(text(message.strip())).append("\n"));
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

  /** Text safe in a table cell or on a line: no pipe ends a cell, no backtick opens code, no newline breaks a row. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`").replace("\r\n", " ").replace('\n', ' ');
  }
}
