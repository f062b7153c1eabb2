package dev.plinth.materializer.diff;

import java.util.Collection;
import java.util.Optional;

/** Whether changing a property recreates (replaces) its resource, as a change set's RequiresRecreation says. */
public enum Recreation {
    NEVER,
    CONDITIONALLY,
    ALWAYS,
    /** Neither the change set nor the resource specification says (a custom resource, an unknown property). */
    UNKNOWN;

    /** A change set's RequiresRecreation value (Never, Conditionally, Always); empty when absent or unknown. */
    static Optional<Recreation> ofChangeSet(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "Never" -> Optional.of(NEVER);
            case "Conditionally" -> Optional.of(CONDITIONALLY);
            case "Always" -> Optional.of(ALWAYS);
            default -> Optional.empty();
        };
    }

    /** The strongest of several (Always over Conditionally over Never), as the change set would act on them. */
    static Optional<Recreation> strongest(Collection<Recreation> recreations) {
        for (Recreation candidate : new Recreation[] {ALWAYS, CONDITIONALLY, NEVER}) {
            if (recreations.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether the resource is (or may be) replaced. */
    public boolean replaces() {
        return this == ALWAYS || this == CONDITIONALLY;
    }
}
