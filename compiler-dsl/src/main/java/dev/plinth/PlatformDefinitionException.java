package dev.plinth;

import dev.plinth.diagnostics.Diagnostic;

/**
 * A platform's own code failed (threw, or returned null) while Plinth asked it for its name, its
 * environments or its stacks: the failure as a coded diagnostic, never a stack trace.
 */
public final class PlatformDefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public PlatformDefinitionException(Diagnostic diagnostic) {
        super(diagnostic.format(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
