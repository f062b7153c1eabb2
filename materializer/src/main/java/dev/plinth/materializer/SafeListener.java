package dev.plinth.materializer;

import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/** Calls a listener and swallows what it throws: showing progress must not change a run's outcome. */
final class SafeListener implements RunListener {
    private final RunListener delegate;

    SafeListener(RunListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void stackStarted(String stack, String stackName) {
        guard(() -> delegate.stackStarted(stack, stackName));
    }

    @Override
    public void stackStep(String stack, String step) {
        guard(() -> delegate.stackStep(stack, step));
    }

    @Override
    public void stackEvent(String stack, StackEvent event, int done, int total) {
        guard(() -> delegate.stackEvent(stack, event, done, total));
    }

    @Override
    public void stackFinished(StackReport report) {
        guard(() -> delegate.stackFinished(report));
    }

    private static void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException ignored) {
            // Progress display is best effort by design; the run's outcome is decided elsewhere.
        }
    }
}
