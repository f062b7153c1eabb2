package dev.plinth.compiler.emit;

import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerCode;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.UserDataLimits;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a {@link RenderedOutput} (see {@link Emit}) to its folder: exactly its files, replacing
 * the folder as a whole. The files go to a temporary folder beside the target, which is then
 * moved into its place; a reader sees the old folder or the new one, never a mix.
 */
public final class OutputWriter {
  /** EC2's limit, until every caller reads it from {@link UserDataLimits}. */
  public static final int MAX_USER_DATA_BYTES = UserDataLimits.MAX_BYTES;

  /** For the callers that render and write through an instance, until they use the emit stage. */
  public OutputWriter() {}

  /**
   * Replaces {@code targetDir} with the output's files. When that fails, the previous folder,
   * if any, is left as it was, and the failure is returned as an {@code OUTPUT_NOT_WRITTEN} error.
   */
  public static Optional<Diagnostic> write(RenderedOutput output, Path targetDir) {
    try {
      FolderWriter.replace(targetDir, output.files());
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(Diagnostic.of(CompilerCode.OUTPUT_NOT_WRITTEN, targetDir.toString(),
          "the output folder could not be written (" + e + "); the previous content is left in place",
          "check that the folder's parent exists and is writable, and that the folder is not in use"));
    }
  }

  /** The emit stage, its diagnostics added to {@code diagnostics}; until the callers use {@link Emit}. */
  public Optional<RenderedOutput> render(CompiledPlatform platform, TemplateWriter.Format format, Diagnostics diagnostics) {
    Pipeline<RenderedOutput> emitted = Emit.render(platform, format);
    diagnostics.addAll(emitted.diagnostics());
    return emitted.value();
  }

  /** The emit stage, then the folder written when there is no error; until the callers use {@link Emit}. */
  public Optional<EmitSummary> write(CompiledPlatform platform, Path targetDir, TemplateWriter.Format format,
      Diagnostics diagnostics) {
    Optional<RenderedOutput> rendered = render(platform, format, diagnostics);
    if (rendered.isEmpty()) {
      return Optional.empty();
    }
    Optional<Diagnostic> failure = write(rendered.get(), targetDir);
    failure.ifPresent(diagnostics::report);
    return failure.isPresent() ? Optional.empty() : Optional.of(rendered.get().summary());
  }
}
