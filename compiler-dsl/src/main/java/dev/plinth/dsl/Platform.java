package dev.plinth.dsl;

import java.util.List;

/**
 * A platform definition. Implementations are found on the class path with
 * {@link java.util.ServiceLoader} (list them in {@code META-INF/services/dev.plinth.dsl.Platform}),
 * and compiled once per environment.
 */
public interface Platform {

    /** The name {@code plinth list} shows and {@code plinth compile} takes. */
    String name();

    List<Environment> environments();

    /** The stacks of one environment, in the order they are listed; each call builds them anew. */
    List<Stack> stacks(Environment environment);
}
