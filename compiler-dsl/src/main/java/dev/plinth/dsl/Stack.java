package dev.plinth.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CloudFormation stack of the platform and the components that live in it. References
 * between components of different stacks are wired through outputs and parameters.
 */
@Value.Immutable
public abstract class Stack {

    public abstract String name();

    public abstract List<Component> components();

    /** Tags of this stack, on top of the environment's. */
    public abstract Map<String, String> tags();

    /** Protection from deletion; by default on in production environments. */
    public abstract Optional<Boolean> terminationProtection();

    /**
     * Also exports the outputs other stacks read, as {@code <stack name>-<output>}, for tools
     * outside Plinth ({@code Fn::ImportValue}). Off by default: an export locks its value.
     */
    @Value.Default
    public boolean exportOutputs() {
        return false;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Stack of(String name, Component... components) {
        return builder().name(name).addComponents(components).build();
    }

    /** Builds a {@link Stack}. */
    public static class Builder extends ImmutableStack.Builder {}
}
