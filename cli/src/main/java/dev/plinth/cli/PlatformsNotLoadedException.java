package dev.plinth.cli;

import dev.plinth.diagnostics.Diagnostic;
import java.util.List;

/** The platform a command asked for could not be loaded: the diagnostics of the broken platforms, and a last line. */
final class PlatformsNotLoadedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    PlatformsNotLoadedException(List<Diagnostic> diagnostics, String message) {
        super(message, null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
