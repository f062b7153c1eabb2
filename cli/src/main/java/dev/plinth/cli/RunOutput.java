package dev.plinth.cli;

import dev.plinth.materializer.RunReport;
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

  static int finish(RunReport report, AwsOptions options, PrintWriter out) {
    out.print(SummaryTable.render(report));
    write(options.reportMarkdown, MarkdownReport.render(report));
    write(options.reportJson, JsonReport.render(report));
    out.flush();
    return report.succeeded() ? ExitCode.OK : ExitCode.FAILED;
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
