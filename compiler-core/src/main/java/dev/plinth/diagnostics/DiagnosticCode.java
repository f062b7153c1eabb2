package dev.plinth.diagnostics;

/**
 * A stable diagnostic code, such as {@code UNKNOWN_PROPERTY}. Codes never change meaning once
 * published: tools and tests match on them. Each area (templates, the DSL) keeps its codes in
 * an enum that implements this interface.
 */
public interface DiagnosticCode {

    /** The code as printed, upper snake case. */
    String name();

    Severity severity();
}
