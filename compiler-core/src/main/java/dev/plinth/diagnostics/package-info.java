/**
 * The ground floor: what every part of Plinth reports problems with. A {@link Diagnostic} has a
 * stable code ({@link DiagnosticCode}, with its {@link Severity}), the {@link DslPath} or file it
 * names, what is wrong and the fix; {@link Diagnostics} collects every problem a pass finds;
 * {@link Suggestions} proposes the nearest valid name and {@link GraphCycles} names a cycle. It
 * imports only the JDK and Guava, and nothing of Plinth: every other package may import it.
 */
package dev.plinth.diagnostics;
