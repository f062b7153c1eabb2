package dev.plinth.diagnostics;

/** How bad a diagnostic is: an error stops the compile before anything is written. */
public enum Severity {
    ERROR,
    WARNING
}
