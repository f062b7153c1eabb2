package dev.plinth.cli;

import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.PlatformCompiler;
import dev.plinth.manifest.TemplateFormat;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What compile, validate and graph share: the platform, the environment, the class path. */
final class CompileOptions {
  @Parameters(index = "0", paramLabel = "PLATFORM", description = "The platform's name (plinth list shows them).")
  String platform;

  @Option(names = {"-e", "--env"}, required = true, paramLabel = "ENV", description = "The environment to compile.")
  String environment;

  @Option(names = "--classpath", paramLabel = "PATHS", description = "Extra jars and folders to find platforms in.")
  String classpath;

  @Option(names = "--format", paramLabel = "json|yaml", defaultValue = "json",
      description = "Template format (default: ${DEFAULT-VALUE}).")
  String format;

  TemplateFormat templateFormat() {
    switch (format) {
      case "json":
        return TemplateFormat.JSON;
      case "yaml":
        return TemplateFormat.YAML;
      default:
        throw new UsageException("--format is json or yaml, not " + format);
    }
  }

  PlatformCompiler.Result compile() {
    Platform found = PlatformCatalog.load(classpath).get(platform);
    PlatformCompiler.Result result = PlatformCompiler.bundled().compile(found, environment);
    if (result.diagnostics().stream().anyMatch(d -> d.code() == DslCode.UNKNOWN_ENVIRONMENT)) {
      throw new UsageException(result.diagnostics().get(0).format());
    }
    return result;
  }

  /** Prints every diagnostic, errors and warnings, in the order found. */
  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    for (Diagnostic diagnostic : diagnostics) {
      err.println((diagnostic.isError() ? "error: " : "warning: ") + diagnostic.format());
    }
  }
}
