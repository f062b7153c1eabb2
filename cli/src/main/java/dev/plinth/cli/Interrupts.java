package dev.plinth.cli;

import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.report.TerminalProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Ctrl-C while plan or materialize runs. The first asks the materializer to start no more stacks
 * ({@link Materializer#requestStop()}) and lets the stacks in flight end, since a CloudFormation
 * operation cannot be stopped safely half-way: the run then ends as usual, with its summary and
 * reports, and the command exits 130. The second exits at once, with 130, and names the stacks
 * still in flight, whose CloudFormation operations go on without Plinth.
 *
 * <p>SIGINT is handled with {@code sun.misc.Signal} (module jdk.unsupported, present in every
 * JDK Plinth runs on), not with a shutdown hook: a shutdown hook runs once the JVM has begun to
 * exit, so it can neither keep the process alive while the stacks in flight end nor tell a first
 * Ctrl-C from a second, and it races the exit while the reports are written. The handler is
 * installed for the length of a run only and the previous one restored after it, so Ctrl-C
 * outside a run (while compiling, at materialize's prompt) ends the process as it always did.
 * Where SIGINT cannot be handled (the JVM runs with {@code -Xrs}), the run keeps that behaviour.
 *
 * <p>Tests stand in for the signal with {@link Signals} and for the exit with an {@link IntConsumer}.
 */
final class Interrupts {
    /** Where Ctrl-C comes from. */
    interface Signals {
        /** Makes {@code handler} what Ctrl-C runs; the action returned restores what ran before. */
        Runnable install(Runnable handler);
    }

    private final Signals signals;
    private final IntConsumer exit;

    Interrupts(Signals signals, IntConsumer exit) {
        this.signals = signals;
        this.exit = exit;
    }

    /** The process's SIGINT; the second Ctrl-C halts the JVM, without waiting for anything. */
    static Interrupts system() {
        return new Interrupts(Interrupts::sigint, code -> Runtime.getRuntime().halt(code));
    }

    /** Watches Ctrl-C while {@code materializer} runs; pass {@link Watch} as the run's listener, and close it after the reports. */
    Watch watch(Materializer materializer, TerminalProgress progress, RunReport.Mode mode) {
        return new Watch(materializer, progress, mode);
    }

    private static Runnable sigint(Runnable handler) {
        sun.misc.Signal signal = new sun.misc.Signal("INT");
        sun.misc.SignalHandler previous;
        try {
            previous = sun.misc.Signal.handle(signal, s -> handler.run());
        } catch (IllegalArgumentException e) {
            return () -> {};
        }
        return () -> sun.misc.Signal.handle(signal, previous);
    }

    /**
     * One run under watch: its progress, the stacks in flight, and how often Ctrl-C was pressed. A
     * stack is in flight from its first step (its convergence has begun, before its first call) to
     * its end: a stack announced as started but still queued for a worker has done nothing, and a
     * stop request reports it as not started.
     */
    final class Watch implements RunListener, AutoCloseable {
        private final Materializer materializer;
        private final TerminalProgress progress;
        private final RunReport.Mode mode;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, String> inFlight = new LinkedHashMap<>();
        private final AtomicInteger presses = new AtomicInteger();
        private final Runnable restore;

        private Watch(Materializer materializer, TerminalProgress progress, RunReport.Mode mode) {
            this.materializer = materializer;
            this.progress = progress;
            this.mode = mode;
            this.restore = signals.install(this::interrupt);
        }

        /** Whether Ctrl-C was pressed during the run: the command then exits 130, whatever the outcome. */
        boolean interrupted() {
            return presses.get() > 0;
        }

        /** What one Ctrl-C does. */
        void interrupt() {
            List<String> running = inFlight();
            if (presses.incrementAndGet() == 1) {
                materializer.requestStop();
                progress.note(firstMessage(running));
                return;
            }
            progress.note(secondMessage(running));
            exit.accept(ExitCode.INTERRUPTED);
        }

        private String firstMessage(List<String> running) {
            String verb = mode == RunReport.Mode.PLAN ? "planning" : "starting";
            if (running.isEmpty()) {
                return "plinth: interrupted: " + verb + " no more stacks. Press Ctrl-C again to exit at once.";
            }
            String waiting = mode == RunReport.Mode.PLAN
                    ? "the stacks being planned end and delete their change sets"
                    : "waiting for the stacks in flight to end, since a CloudFormation operation cannot be stopped safely half-way";
            return "plinth: interrupted: " + verb + " no more stacks; " + waiting + ": " + String.join(", ", running)
                    + ". " + "Press Ctrl-C again to exit at once.";
        }

        private String secondMessage(List<String> running) {
            if (running.isEmpty()) {
                return "plinth: interrupted again: exiting now; no stack was in flight.";
            }
            StringBuilder text = new StringBuilder(
                    "plinth: interrupted again: exiting now, with these stacks still in progress in CloudFormation:");
            running.forEach(stack -> text.append("\n  ").append(stack));
            if (mode == RunReport.Mode.PLAN) {
                text.append(
                        "\nTheir change sets (plinth-STACK), and the empty REVIEW_IN_PROGRESS stacks of new stacks, may be left behind;"
                                + " the next plan or materialize deletes them.");
            } else {
                text.append(
                        "\nCloudFormation goes on with their operations without Plinth. Until they end, a new run refuses these stacks"
                                + " as another run's: wait for them (the CloudFormation console shows them), then run again.");
            }
            return text.toString();
        }

        /** The stacks started and not finished: their CloudFormation names, with the manifest's name. */
        private List<String> inFlight() {
            List<String> running = new ArrayList<>();
            synchronized (inFlight) {
                inFlight.forEach((stack, stackName) -> running.add(stackName + " (" + stack + ")"));
            }
            return running;
        }

        @Override
        public void stackStarted(String stack, String stackName) {
            synchronized (inFlight) {
                names.put(stack, stackName);
            }
            progress.stackStarted(stack, stackName);
        }

        @Override
        public void stackStep(String stack, String step) {
            working(stack);
            progress.stackStep(stack, step);
        }

        @Override
        public void stackEvent(String stack, StackEvent event, int done, int total) {
            working(stack);
            progress.stackEvent(stack, event, done, total);
        }

        @Override
        public void stackFinished(StackReport report) {
            synchronized (inFlight) {
                inFlight.remove(report.stack());
                names.remove(report.stack());
            }
            progress.stackFinished(report);
        }

        private void working(String stack) {
            synchronized (inFlight) {
                if (names.containsKey(stack)) {
                    inFlight.putIfAbsent(stack, names.get(stack));
                }
            }
        }

        /** Gives Ctrl-C back to what handled it before the run. */
        @Override
        public void close() {
            restore.run();
        }
    }
}
