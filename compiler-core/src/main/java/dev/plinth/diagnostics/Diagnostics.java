package dev.plinth.diagnostics;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics while a pass goes on; a pass reports everything it finds, then stops. */
public final class Diagnostics {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public void report(DiagnosticCode code, String path, String message, String fix) {
        report(Diagnostic.of(code, path, message, fix));
    }

    public void report(DiagnosticCode code, DslPath path, String message, String fix) {
        report(code, path.toString(), message, fix);
    }

    public void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public int size() {
        return diagnostics.size();
    }

    public ImmutableList<Diagnostic> toList() {
        return ImmutableList.copyOf(diagnostics);
    }
}
