package dev.plinth.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How to fill one builder, as named steps. The DSL's builders are strict (each value is set
 * once), so a test changes a part by replacing or removing the step that sets it, never by
 * setting it a second time.
 */
public final class Recipe<B> {
    private final Map<String, BiConsumer<B, TestPlatform.Built>> steps = new LinkedHashMap<>();

    /** Adds the step, or replaces the step of that name. */
    public Recipe<B> set(String step, Consumer<B> action) {
        steps.put(step, (builder, built) -> action.accept(builder));
        return this;
    }

    /** A step that needs components built before this one (the network, the bastion, the fleet). */
    public Recipe<B> set(String step, BiConsumer<B, TestPlatform.Built> action) {
        steps.put(step, action);
        return this;
    }

    public Recipe<B> remove(String step) {
        if (steps.remove(step) == null) {
            throw new IllegalArgumentException("no step " + step + " in " + steps.keySet());
        }
        return this;
    }

    B applyTo(B builder, TestPlatform.Built built) {
        steps.values().forEach(step -> step.accept(builder, built));
        return builder;
    }
}
