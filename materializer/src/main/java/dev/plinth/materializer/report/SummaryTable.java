package dev.plinth.materializer.report;

import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The table printed at the end of a run: one row per stack in aligned columns (stack, action,
 * changes, duration, result), then the count line. Plain text, no colour, no trailing spaces.
 */
public final class SummaryTable {
    private static final String GAP = "  ";

    private SummaryTable() {}

    public static String render(RunReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"STACK", "ACTION", "CHANGES", "DURATION", "RESULT"});
        for (StackReport stack : report.stacks()) {
            boolean attempted = !ReportText.notAttempted(stack);
            rows.add(new String[] {
                stack.stack(),
                ReportText.lower(stack.action()),
                attempted ? ReportText.changes(stack) : "-",
                attempted ? ReportText.duration(stack.durationMillis()) : "-",
                ReportText.lower(stack.outcome())
            });
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length())).append(GAP);
                }
            }
            out.append(line.toString().stripTrailing()).append("\n");
        }
        out.append(ReportText.counts(report))
                .append(" in ")
                .append(ReportText.duration(report.durationMillis()))
                .append("\n");
        return out.toString();
    }
}
