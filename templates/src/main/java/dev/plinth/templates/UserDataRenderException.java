package dev.plinth.templates;

import java.util.Optional;

/** A user-data template could not be rendered from its model. */
public final class UserDataRenderException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final String missingVariable;

    UserDataRenderException(String templateName, String missingVariable, String message, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
        this.missingVariable = missingVariable;
    }

    public String templateName() {
        return templateName;
    }

    /** The expression the template read without a value, when that is what went wrong. */
    public Optional<String> missingVariable() {
        return Optional.ofNullable(missingVariable);
    }
}
