package dev.plinth.diagnostics;

import java.util.Objects;

/**
 * One problem: a stable code, where it is, what is wrong and how to fix it. Printed as
 * {@code [CODE] path: message; fix.}
 */
public final class Diagnostic {
    private final DiagnosticCode code;
    private final String path;
    private final String message;
    private final String fix;

    private Diagnostic(DiagnosticCode code, String path, String message, String fix) {
        this.code = Objects.requireNonNull(code, "code");
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    public static Diagnostic of(DiagnosticCode code, String path, String message, String fix) {
        return new Diagnostic(code, path, message, fix);
    }

    public DiagnosticCode code() {
        return code;
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }

    /** Where the problem is: a DSL path or a template path such as {@code network/Resources/Vpc}. */
    public String path() {
        return path;
    }

    public String message() {
        return message;
    }

    public String fix() {
        return fix;
    }

    /** {@code [CODE] path: message; fix.} */
    public String format() {
        return "[" + code.name() + "] " + path + ": " + message + "; " + fix + ".";
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Diagnostic that
                && code.name().equals(that.code.name())
                && path.equals(that.path)
                && message.equals(that.message)
                && fix.equals(that.fix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code.name(), path, message, fix);
    }
}
