package dev.plinth.materializer;

import java.util.Objects;
import java.util.Optional;

/**
 * A stack parameter whose value an update changes.
 *
 * @param name the parameter
 * @param before its value on the deployed stack (empty when the stack does not have it yet)
 * @param after the value the run passes or the template's default gives (empty: known only after an upstream stack is applied)
 */
public record ParameterChange(String name, Optional<String> before, Optional<String> after) {

    public ParameterChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
