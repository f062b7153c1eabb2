package dev.plinth.compiler;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/** A stack after cross-stack wiring: where each parameter's value comes from, and which stacks come first. */
public final class WiredStack {
    private final StackTemplate stack;
    private final ImmutableSortedMap<String, ParameterSource> parameterSources;
    private final ImmutableSortedSet<String> dependsOn;

    public WiredStack(StackTemplate stack, Map<String, ParameterSource> parameterSources, Set<String> dependsOn) {
        this.stack = stack;
        this.parameterSources = ImmutableSortedMap.copyOf(parameterSources);
        this.dependsOn = ImmutableSortedSet.copyOf(dependsOn);
    }

    public StackTemplate stack() {
        return stack;
    }

    public String name() {
        return stack.name();
    }

    public SortedMap<String, ParameterSource> parameterSources() {
        return parameterSources;
    }

    /** The stacks whose outputs this one reads, or whose resources it must follow. */
    public SortedSet<String> dependsOn() {
        return dependsOn;
    }
}
