package dev.plinth.dsl.cluster;

import java.util.List;
import org.immutables.value.Value;

/** One statement of a task role: the actions the application needs on the resources (ARNs) it uses. */
@Value.Immutable
public abstract class TaskPermission {

    public abstract List<String> actions();

    public abstract List<String> resources();

    public static TaskPermission of(List<String> actions, List<String> resources) {
        return builder().addAllActions(actions).addAllResources(resources).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskPermission}. */
    public static class Builder extends ImmutableTaskPermission.Builder {}
}
