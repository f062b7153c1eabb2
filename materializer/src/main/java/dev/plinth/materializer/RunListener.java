package dev.plinth.materializer;

import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Progress as a run goes: for the terminal (one live line per stack on a TTY, timestamped lines
 * in CI). The materializer calls it through {@link SafeListener}: an error while showing
 * progress never changes the outcome.
 */
public interface RunListener {

    /** A stack is waiting for the stacks it depends on, or has started. */
    default void stackStarted(String stack, String stackName) {}

    /** A step of the procedure: "reading", "waiting for CREATE_IN_PROGRESS to settle", "creating change set", … */
    default void stackStep(String stack, String step) {}

    /** A resource event of the operation under way, oldest first; {@code done} of {@code total} resources are finished. */
    default void stackEvent(String stack, StackEvent event, int done, int total) {}

    default void stackFinished(StackReport report) {}

    RunListener NONE = new RunListener() {};
}
