package dev.plinth.dsl.compile;

import dev.plinth.dsl.Component;
import java.util.List;
import java.util.Optional;

/** The kinds of component a compile knows, which the passes dispatch through. */
public final class KindRegistry {
    private final List<ComponentKind<?>> kinds;

    public KindRegistry(List<ComponentKind<?>> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public List<ComponentKind<?>> kinds() {
        return kinds;
    }

    /** The registration of the component's kind; empty for a class no kind accepts. */
    public Optional<ComponentKind<?>> of(Component component) {
        return kinds.stream().filter(kind -> kind.accepts(component)).findFirst();
    }

    /** The registration of a component that validation has accepted. */
    ComponentKind<?> known(Component component) {
        return of(component)
                .orElseThrow(() -> new IllegalStateException(
                        "validation let through a " + component.getClass().getName() + " no kind accepts"));
    }
}
