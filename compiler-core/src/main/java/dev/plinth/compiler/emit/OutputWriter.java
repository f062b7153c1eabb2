package dev.plinth.compiler.emit;

import dev.plinth.compiler.CompilerCode;
import dev.plinth.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a {@link RenderedOutput} (see {@link Emit}) to its folder: exactly its files, replacing
 * the folder as a whole. The files go to a temporary folder beside the target, which is then
 * moved into its place; a reader sees the old folder or the new one, never a mix.
 */
public final class OutputWriter {
    private OutputWriter() {}

    /**
     * Replaces {@code targetDir} with the output's files. When that fails, the previous folder,
     * if any, is left as it was, and the failure is returned as an {@code OUTPUT_NOT_WRITTEN} error.
     */
    public static Optional<Diagnostic> write(RenderedOutput output, Path targetDir) {
        try {
            FolderWriter.replace(targetDir, output.files());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Diagnostic.of(
                    CompilerCode.OUTPUT_NOT_WRITTEN,
                    targetDir.toString(),
                    "the output folder could not be written (" + e + "); the previous content is left in place",
                    "check that the folder's parent exists and is writable, and that the folder is not in use"));
        }
    }
}
