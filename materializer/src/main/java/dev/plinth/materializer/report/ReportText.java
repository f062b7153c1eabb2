package dev.plinth.materializer.report;

import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.Locale;

/** Wording shared by the reports: durations, change counts, the closing count line. */
final class ReportText {

    private ReportText() {}

    /** {@code 12.3s} under a minute, {@code 1m04s} under an hour, {@code 1h02m03s} above. */
    static String duration(long millis) {
        long tenths = Math.round(millis / 100.0);
        if (tenths < 600) {
            return tenths / 10 + "." + tenths % 10 + "s";
        }
        long seconds = Math.max(60, millis / 1000);
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm%02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** {@code +2 ~1 -0}: resources added (or imported), modified, removed. */
    static String changes(StackReport stack) {
        int added = 0;
        int modified = 0;
        int removed = 0;
        for (ResourceChange change : stack.changes()) {
            switch (change.action()) {
                case "Add", "Import" -> added++;
                case "Remove" -> removed++;
                default -> modified++;
            }
        }
        return "+" + added + " ~" + modified + " -" + removed;
    }

    /** Whether a stack has nothing to show for changes and duration: it was never attempted. */
    static boolean notAttempted(StackReport stack) {
        return stack.outcome() == Outcome.SKIPPED && stack.changes().isEmpty();
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static String mode(RunReport report) {
        return report.mode() == RunReport.Mode.PLAN ? "Plan" : "Apply";
    }

    /** {@code 4 stacks: 1 applied, 1 unchanged, 1 failed, 1 skipped}; "to change" instead of "applied" in a plan. */
    static String counts(RunReport report) {
        int changed = 0;
        int afterUpstream = 0;
        int unchanged = 0;
        int failed = 0;
        int skipped = 0;
        for (StackReport stack : report.stacks()) {
            switch (stack.outcome()) {
                case APPLIED -> changed++;
                case PLANNED -> {
                    if (stack.message()
                            .filter(m -> m.startsWith("will change after "))
                            .isPresent()) {
                        afterUpstream++;
                    } else {
                        changed++;
                    }
                }
                case UNCHANGED -> unchanged++;
                case FAILED, REFUSED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        int total = report.stacks().size();
        return total + (total == 1 ? " stack: " : " stacks: ")
                + changed + (report.mode() == RunReport.Mode.PLAN ? " to change, " : " applied, ")
                + (afterUpstream > 0 ? afterUpstream + " to change after upstream stacks, " : "")
                + unchanged + " unchanged, " + failed + " failed, " + skipped + " skipped";
    }
}
