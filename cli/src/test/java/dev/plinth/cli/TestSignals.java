package dev.plinth.cli;

import java.util.ArrayList;
import java.util.List;

/** Ctrl-C on demand, for {@link Interrupts}: the handler a run installed, and the exits the second Ctrl-C asked for. */
final class TestSignals implements Interrupts.Signals {
    private volatile Runnable handler;
    private final List<Integer> exits = new ArrayList<>();

    /** Interrupts whose Ctrl-C is {@link #ctrlC()} and whose exit is recorded, not taken. */
    Interrupts interrupts() {
        return new Interrupts(this, code -> {
            synchronized (exits) {
                exits.add(code);
            }
        });
    }

    @Override
    public Runnable install(Runnable newHandler) {
        Runnable previous = handler;
        handler = newHandler;
        return () -> handler = previous;
    }

    boolean installed() {
        return handler != null;
    }

    /** What pressing Ctrl-C does now: the run's handler, or nothing between runs. */
    void ctrlC() {
        Runnable current = handler;
        if (current != null) {
            current.run();
        }
    }

    List<Integer> exits() {
        synchronized (exits) {
            return List.copyOf(exits);
        }
    }
}
