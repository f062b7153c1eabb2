package dev.plinth.dsl.compile;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import java.util.List;

/** What the first pass starts from: a platform's name, one environment and its stacks. */
public record PlatformInput(String platform, Environment environment, List<Stack> stacks) {

    public PlatformInput {
        stacks = List.copyOf(stacks);
    }
}
