package dev.plinth.cli;

import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.report.JsonReport;
import dev.plinth.materializer.report.MarkdownReport;
import dev.plinth.materializer.report.SummaryTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The end of a plan or materialize run: the summary table, the report files, the exit code. */
final class RunOutput {
  private RunOutput() {}

  /**
   * A run fails when a stack failed or was refused, or, when applying, was skipped. A plan's
   * skipped stacks are the ones only the older folder has: reported, not failing the plan.
   */
  static int finish(RunReport report, AwsOptions options, PrintWriter out) {
    out.print(SummaryTable.render(report));
    write(options.reportMarkdown, MarkdownReport.render(report));
    write(options.reportJson, JsonReport.render(report));
    out.flush();
    boolean failed = report.stacks().stream().anyMatch(s -> s.outcome() == StackReport.Outcome.FAILED
        || s.outcome() == StackReport.Outcome.REFUSED
        || (report.mode() == RunReport.Mode.APPLY && s.outcome() == StackReport.Outcome.SKIPPED));
    return failed ? ExitCode.FAILED : ExitCode.OK;
  }

  private static void write(Path file, String content) {
    if (file == null) {
      return;
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  static boolean interactive() {
    return System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
  }
}
