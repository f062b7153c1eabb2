package dev.plinth.cli;

import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.PlatformCompiler;
import dev.plinth.Plinth;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Platform;
import dev.plinth.manifest.TemplateFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What compile, validate and graph share: the platform, the environment, the class path. */
final class CompileArguments {
    @Parameters(index = "0", paramLabel = "PLATFORM", description = "The platform's name (plinth list shows them).")
    String platform;

    @Option(
            names = {"-e", "--env"},
            required = true,
            paramLabel = "ENV",
            description = "The environment to compile.")
    String environment;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "Extra jars and folders to find platforms in.")
    String classpath;

    @Option(
            names = "--format",
            paramLabel = "json|yaml",
            defaultValue = "json",
            description = "Template format (default: ${DEFAULT-VALUE}).")
    String format;

    /**
     * Compiles the platform for the environment, through the rendered outputs. The command line
     * is checked first: an unknown environment or {@code --format} is a usage error, before any
     * compile.
     */
    Compilation compile() {
        Platform found = PlatformCatalog.load(classpath).get(platform);
        // Only an environment the platform lacks is a usage error; a platform whose code fails is the compile's
        // diagnostic.
        PlatformCompiler.unknownEnvironment(found, environment)
                .filter(unknown -> unknown.code() == DslCode.UNKNOWN_ENVIRONMENT)
                .ifPresent(unknown -> {
                    throw new UsageException(unknown.format());
                });
        TemplateFormat templateFormat =
                templateFormat().orElseThrow(() -> new UsageException("--format is json or yaml, not " + format));
        return Plinth.compile(found, environment, CompileOptions.defaults().withFormat(templateFormat));
    }

    private Optional<TemplateFormat> templateFormat() {
        switch (format) {
            case "json":
                return Optional.of(TemplateFormat.JSON);
            case "yaml":
                return Optional.of(TemplateFormat.YAML);
            default:
                return Optional.empty();
        }
    }

    /** Prints every diagnostic, errors and warnings, in the order found. */
    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println((diagnostic.isError() ? "error: " : "warning: ") + diagnostic.format());
        }
    }
}
