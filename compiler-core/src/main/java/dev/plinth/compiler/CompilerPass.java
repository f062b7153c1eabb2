package dev.plinth.compiler;

import dev.plinth.diagnostics.Diagnostics;

/**
 * One named step of the compiler: immutable input to immutable output. A pass reports every
 * problem it finds to the diagnostics and returns what it could build; the pipeline stops
 * after a pass that reported an error.
 */
public interface CompilerPass<I, O> {

    /** A short name for timings and messages: {@code cidr-allocation}, {@code cross-stack-wiring}. */
    String name();

    O run(I input, Diagnostics diagnostics);
}
