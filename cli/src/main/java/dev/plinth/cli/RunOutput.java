package dev.plinth.cli;

import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.report.JsonReport;
import dev.plinth.materializer.report.MarkdownReport;
import dev.plinth.materializer.report.SummaryTable;
import dev.plinth.materializer.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The end of a plan or materialize run: the summary table, the report files, the exit code. */
final class RunOutput {
    private RunOutput() {}

    /** The exit code follows {@link RunReport#failed()}; refusals for want of approval alone exit 3. */
    static int finish(RunReport report, AwsOptions options, PrintWriter out) {
        if (!(interactive() && report.mode() == RunReport.Mode.PLAN)) {
            out.print(SummaryTable.render(report));
        }
        write(options.reportMarkdown, MarkdownReport.render(report));
        write(options.reportJson, JsonReport.render(report));
        out.flush();
        boolean failed = report.failed();
        if (report.stacks().stream().anyMatch(StackReport::needsApproval)
                && report.stacks().stream().noneMatch(s -> s.outcome() == StackReport.Outcome.FAILED)) {
            return ExitCode.NOT_APPROVED;
        }
        return failed ? ExitCode.FAILED : ExitCode.OK;
    }

    /**
     * {@code plan --detailed-exitcode}: a plan that succeeded exits 2 when it has changes, 0 when
     * it has none; a failed one keeps its 1.
     */
    static int detailed(int code, RunReport report) {
        return code == ExitCode.OK && hasChanges(report) ? ExitCode.CHANGES : code;
    }

    /**
     * Whether applying would change something: a stack planned (a change set with changes, or a
     * stack policy or termination protection to set) or a stack to create. A stack whose change set
     * turned out empty is unchanged, whatever its action.
     */
    static boolean hasChanges(RunReport report) {
        return report.stacks().stream()
                .anyMatch(s -> s.outcome() == StackReport.Outcome.PLANNED
                        || s.action() == StackReport.Action.CREATE && s.succeeded());
    }

    static void write(Path file, String content) {
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(cannotWrite(file, Main.describe(e)), e);
        }
    }

    /**
     * Refuses, before the run, a report file that could not be written after it: a folder, a path
     * under a file, a folder that cannot be written to. Writes nothing that stays: the folders a
     * report needs are created when it is written, and whether the nearest existing one takes a
     * new file is tried with a temporary file, deleted at once.
     */
    static void checkWritable(Path file) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(cannotWrite(file, "it is a folder"));
        }
        Path folder = file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        Path existing = folder != null ? folder : file.toAbsolutePath().getParent();
        if (!Files.isDirectory(existing)) {
            throw new UsageException(cannotWrite(file, existing + " is a file, not a folder"));
        }
        if (Files.exists(file)) {
            if (!Files.isWritable(file)) {
                throw new UsageException(cannotWrite(file, "it is not writable"));
            }
            return;
        }
        try {
            Files.delete(Files.createTempFile(existing, ".plinth-report-", ".tmp"));
        } catch (IOException e) {
            throw new UsageException(
                    cannotWrite(file, "cannot create a file in " + existing + " (" + Main.describe(e) + ")"));
        }
    }

    private static String cannotWrite(Path file, String reason) {
        return "cannot write the report to " + file + ": " + reason;
    }

    /** Whether progress is drawn as live lines (a console, not CI) rather than as timestamped lines. */
    /**
     * A plan as its reader sees it: aligned, coloured text on a terminal (no colour with {@code
     * NO_COLOR}), Markdown when piped (into a pull request comment, say).
     */
    static String render(RunReport report) {
        return interactive()
                ? TextReport.render(report, System.getenv("NO_COLOR") == null)
                : MarkdownReport.render(report);
    }

    static boolean interactive() {
        return System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
    }
}
