package dev.plinth.compiler;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the value of a stack parameter comes from at deploy time: an output of another stack
 * of the platform, or a value fixed by the compiler.
 */
public final class ParameterSource {
  private final Optional<String> stack;
  private final Optional<String> output;
  private final Optional<String> value;

  private ParameterSource(Optional<String> stack, Optional<String> output, Optional<String> value) {
    this.stack = stack;
    this.output = output;
    this.value = value;
  }

  public static ParameterSource output(String stack, String output) {
    return new ParameterSource(Optional.of(stack), Optional.of(output), Optional.empty());
  }

  public static ParameterSource value(String value) {
    return new ParameterSource(Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(value)));
  }

  /** The producing stack, when the value is another stack's output. */
  public Optional<String> stack() {
    return stack;
  }

  public Optional<String> output() {
    return output;
  }

  /** The fixed value, when the compiler knows it. */
  public Optional<String> value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterSource
        && ((ParameterSource) other).stack.equals(stack)
        && ((ParameterSource) other).output.equals(output)
        && ((ParameterSource) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stack, output, value);
  }

  @Override
  public String toString() {
    return value.map(v -> "value " + v).orElseGet(() -> "output " + stack.get() + "." + output.get());
  }
}
