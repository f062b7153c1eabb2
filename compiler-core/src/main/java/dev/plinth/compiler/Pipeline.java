package dev.plinth.compiler;

import com.google.common.collect.ImmutableList;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs passes one after the other, stopping at the first pass that reports an error (later
 * passes would only report consequences). Keeps each pass's wall time for {@code --timings}.
 */
public final class Pipeline<T> {
    private final T value;
    private final Diagnostics diagnostics;
    private final List<PassTiming> timings;
    private final boolean stopped;

    private Pipeline(T value, Diagnostics diagnostics, List<PassTiming> timings, boolean stopped) {
        this.value = value;
        this.diagnostics = diagnostics;
        this.timings = timings;
        this.stopped = stopped;
    }

    public static <T> Pipeline<T> start(T input) {
        return new Pipeline<>(input, new Diagnostics(), new ArrayList<>(), false);
    }

    /** Runs the pass unless an earlier one failed. */
    public <O> Pipeline<O> then(CompilerPass<? super T, O> pass) {
        if (stopped) {
            return new Pipeline<>(null, diagnostics, timings, true);
        }
        long start = System.nanoTime();
        O output = pass.run(value, diagnostics);
        timings.add(new PassTiming(pass.name(), (System.nanoTime() - start) / 1_000_000.0));
        return new Pipeline<>(output, diagnostics, timings, diagnostics.hasErrors());
    }

    /**
     * Runs a checking pass even when an earlier pass of the same stage failed, so one compile
     * reports every problem of a definition (CIDR allocation and validation, for example). The
     * pass sees the last output that was produced.
     */
    public Pipeline<T> alsoCheck(CompilerPass<? super T, T> pass) {
        return alsoRun(pass);
    }

    /**
     * Like {@link #alsoCheck}, for a pass that builds something new from the last output: the
     * emit stage renders the templates that validated even when another stack's did not, so that
     * the same compile checks their sizes too. Nothing runs once a pass produced no output.
     */
    public <O> Pipeline<O> alsoRun(CompilerPass<? super T, O> pass) {
        if (value == null) {
            return new Pipeline<>(null, diagnostics, timings, stopped);
        }
        long start = System.nanoTime();
        O output = pass.run(value, diagnostics);
        timings.add(new PassTiming(pass.name(), (System.nanoTime() - start) / 1_000_000.0));
        return new Pipeline<>(output, diagnostics, timings, diagnostics.hasErrors());
    }

    /** The last pass's output, when no pass reported an error. */
    public Optional<T> value() {
        return stopped ? Optional.empty() : Optional.ofNullable(value);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics.toList();
    }

    public boolean failed() {
        return stopped;
    }

    public List<PassTiming> timings() {
        return ImmutableList.copyOf(timings);
    }

    /** How long one pass took. */
    public record PassTiming(String pass, double millis) {}
}
