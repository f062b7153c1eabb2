package dev.plinth.cli;

import dev.plinth.compiler.emit.EmitSummary;
import dev.plinth.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The table compile and validate print: one line per stack, and how many warnings were printed. */
final class Summaries {
    private Summaries() {}

    /**
     * {@code printed}: every diagnostic printed on the way, the platform's own (an origin over
     * HTTP, SSH open to the world) and those of its templates, so that the count in the last line
     * is the number of warnings the user saw.
     */
    static void print(EmitSummary summary, Path target, List<Diagnostic> printed, PrintWriter out) {
        out.printf(
                "%s/%s -> %s (%s)%n",
                summary.platform(),
                summary.environment(),
                target == null ? "not written" : target,
                summary.format().extension());
        out.printf("  %-24s %9s %10s  %s%n", "stack", "resources", "bytes", "template body");
        for (EmitSummary.StackSummary stack : summary.stacks()) {
            out.printf(
                    "  %-24s %9d %10d  %s%n",
                    stack.name(),
                    stack.resources(),
                    stack.bytes(),
                    stack.needsS3() ? "over 51,200 bytes: deployed through S3" : "inline");
        }
        out.printf(
                "  %d stack(s), %d warning(s)%n",
                summary.stacks().size(),
                printed.stream().filter(d -> !d.isError()).count());
    }
}
