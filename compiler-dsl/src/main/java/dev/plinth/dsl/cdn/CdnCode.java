package dev.plinth.dsl.cdn;

import dev.plinth.diagnostics.DiagnosticCode;
import dev.plinth.diagnostics.Severity;

/** The diagnostic codes of CloudFront distributions. Stable: tools and tests match on them. */
public enum CdnCode implements DiagnosticCode {
    INVALID_ORIGIN,
    ORIGIN_NOT_INTERNET_FACING,
    ORIGIN_OVER_HTTP(Severity.WARNING),
    INVALID_CERTIFICATE,
    CERTIFICATE_NOT_IN_US_EAST_1,
    ALIASES_WITHOUT_CERTIFICATE,
    CERTIFICATE_WITHOUT_ALIASES,
    INVALID_ALIAS,
    INVALID_PATH_PATTERN,
    BUCKET_BEHIND_TWO_DISTRIBUTIONS,
    INVALID_DEFAULT_ROOT_OBJECT;

    private final Severity severity;

    CdnCode() {
        this(Severity.ERROR);
    }

    CdnCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
