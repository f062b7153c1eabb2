package dev.plinth.compiler;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the value of a stack parameter comes from at deploy time: an output of another stack
 * of the platform, or a value fixed by the compiler.
 *
 * @param stack the producing stack, when the value is another stack's output
 * @param output the producing stack's output, when the value is another stack's output
 * @param value the fixed value, when the compiler knows it
 */
public record ParameterSource(Optional<String> stack, Optional<String> output, Optional<String> value) {

    public ParameterSource {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(value, "value");
    }

    public static ParameterSource output(String stack, String output) {
        return new ParameterSource(Optional.of(stack), Optional.of(output), Optional.empty());
    }

    public static ParameterSource value(String value) {
        return new ParameterSource(Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(value)));
    }

    @Override
    public String toString() {
        return value.map(v -> "value " + v).orElseGet(() -> "output " + stack.get() + "." + output.get());
    }
}
