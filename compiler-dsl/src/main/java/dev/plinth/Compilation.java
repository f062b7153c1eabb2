package dev.plinth;

import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Plinth#compile}: the rendered outputs when no pass reported an error,
 * every diagnostic of every pass in the order reported, and each pass's time.
 *
 * @param platform the compiled platform, before emit, when no pass before emit reported an error
 * @param output every file of the output folder in memory, with the manifest and a summary; empty when there is an error
 * @param diagnostics every diagnostic of every pass, in the order reported
 * @param timings each pass's time
 */
public record Compilation(
        Optional<CompiledPlatform> platform,
        Optional<RenderedOutput> output,
        List<Diagnostic> diagnostics,
        List<Pipeline.PassTiming> timings) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Replaces {@code folder} with the output, as a whole: a reader sees the previous folder or
     * the new one, never a mix. With an error nothing is written and this compilation is
     * returned; when the folder cannot be written, the previous one is left as it was and the
     * compilation returned has the failure ({@code OUTPUT_NOT_WRITTEN}) among its diagnostics and
     * no output.
     */
    public Compilation writeTo(Path folder) {
        if (output.isEmpty()) {
            return this;
        }
        Optional<Diagnostic> failure = OutputWriter.write(output.get(), folder);
        if (failure.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(failure.get());
        return new Compilation(platform, Optional.empty(), all, timings);
    }
}
