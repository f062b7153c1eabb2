package dev.plinth.dsl.compile;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import java.util.List;

/** What the first pass starts from: a platform's name, one environment and its stacks. */
public final class PlatformInput {
  private final String platform;
  private final Environment environment;
  private final List<Stack> stacks;

  public PlatformInput(String platform, Environment environment, List<Stack> stacks) {
    this.platform = platform;
    this.environment = environment;
    this.stacks = List.copyOf(stacks);
  }

  public String platform() {
    return platform;
  }

  public Environment environment() {
    return environment;
  }

  public List<Stack> stacks() {
    return stacks;
  }
}
