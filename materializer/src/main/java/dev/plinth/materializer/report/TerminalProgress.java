package dev.plinth.materializer.report;

import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.StackReport;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Progress on the terminal. Interactive: one line per stack, in the order stacks start, redrawn
 * in place with ANSI cursor movement (status, resources done/total, elapsed time); lines are cut
 * to {@value #WIDTH} columns so none wraps and breaks the redraw. Plain (CI, pipes): one
 * timestamped line per step, event and finish. Callers choose with
 * {@code System.console() != null && !"true".equals(System.getenv("CI"))}. Safe to call from
 * several threads at once.
 */
public final class TerminalProgress implements RunListener {
    static final int WIDTH = 79;
    static final String CURSOR_UP = "\u001b[%dA";
    static final String CLEAR_LINE = "\r\u001b[2K";
    private static final int STATUS_WIDTH = 18;

    private final PrintWriter out;
    private final Clock clock;
    private final boolean interactive;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private int drawn;
    private int stackWidth;

    public TerminalProgress(PrintWriter out, Clock clock, boolean interactive) {
        this.out = out;
        this.clock = clock;
        this.interactive = interactive;
    }

    public TerminalProgress(PrintStream out, Clock clock, boolean interactive) {
        this(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), clock, interactive);
    }

    @Override
    public synchronized void stackStarted(String stack, String stackName) {
        Line line = line(stack);
        line.status = "started";
        emit(line, "started (" + stackName + ")");
    }

    @Override
    public synchronized void stackStep(String stack, String step) {
        Line line = line(stack);
        line.status = step;
        emit(line, step);
    }

    @Override
    public synchronized void stackEvent(String stack, StackEvent event, int done, int total) {
        Line line = line(stack);
        line.done = done;
        line.total = total;
        String status = event.resourceStatusAsString() == null ? "" : event.resourceStatusAsString();
        line.status = status + " " + nullToEmpty(event.logicalResourceId());
        StringBuilder text = new StringBuilder(pad(status, STATUS_WIDTH))
                .append("  ")
                .append(nullToEmpty(event.resourceType()))
                .append(" ")
                .append(nullToEmpty(event.logicalResourceId()))
                .append(" (")
                .append(done)
                .append("/")
                .append(total)
                .append(")");
        if (status.endsWith("_FAILED") && event.resourceStatusReason() != null) {
            text.append(": ").append(event.resourceStatusReason());
        }
        emit(line, text.toString());
    }

    @Override
    public synchronized void stackFinished(StackReport report) {
        Line line = line(report.stack());
        line.finishedMillis = report.durationMillis();
        String outcome = ReportText.lower(report.outcome());
        line.status = report.message().map(m -> outcome + ": " + m).orElse(outcome);
        emit(
                line,
                outcome + " in " + ReportText.duration(report.durationMillis())
                        + report.message().map(m -> ": " + m).orElse(""));
    }

    /**
     * A message about the run as a whole (such as what Ctrl-C did), printed above the live lines on
     * a terminal, which are redrawn below it, or as a timestamped line in plain mode.
     */
    public synchronized void note(String text) {
        if (!interactive) {
            for (String line : text.split("\n", -1)) {
                out.print(clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + line + "\n");
            }
            out.flush();
            return;
        }
        StringBuilder frame = new StringBuilder();
        if (drawn > 0) {
            frame.append(String.format(CURSOR_UP, drawn));
        }
        for (String line : text.split("\n", -1)) {
            frame.append(CLEAR_LINE).append(line).append("\n");
        }
        out.print(frame);
        drawn = 0;
        if (lines.isEmpty()) {
            out.flush();
        } else {
            redraw();
        }
    }

    /** Redraws the live lines so elapsed times move between events; nothing in plain mode. */
    public synchronized void refresh() {
        if (interactive) {
            redraw();
        }
    }

    private Line line(String stack) {
        Line line = lines.get(stack);
        if (line == null) {
            line = new Line(stack, clock.instant());
            lines.put(stack, line);
            stackWidth = Math.max(stackWidth, stack.length());
        }
        return line;
    }

    private void emit(Line line, String text) {
        if (interactive) {
            redraw();
        } else {
            out.print(clock.instant().truncatedTo(ChronoUnit.SECONDS) + " " + pad(line.stack, stackWidth) + "  " + text
                    + "\n");
            out.flush();
        }
    }

    private void redraw() {
        StringBuilder frame = new StringBuilder();
        if (drawn > 0) {
            frame.append(String.format(CURSOR_UP, drawn));
        }
        Instant now = clock.instant();
        List<Line> all = new ArrayList<>(lines.values());
        for (Line line : all) {
            frame.append(CLEAR_LINE).append(cut(render(line, now))).append("\n");
        }
        drawn = all.size();
        out.print(frame);
        out.flush();
    }

    private String render(Line line, Instant now) {
        long elapsed =
                line.finishedMillis >= 0 ? line.finishedMillis : now.toEpochMilli() - line.started.toEpochMilli();
        String count = line.total > 0 ? line.done + "/" + line.total : "-";
        return pad(line.stack, stackWidth) + "  " + pad(count, 7) + "  " + pad(ReportText.duration(elapsed), 8) + "  "
                + line.status;
    }

    private static String cut(String text) {
        String flat = text.replace('\n', ' ').stripTrailing();
        return flat.length() <= WIDTH ? flat : flat.substring(0, WIDTH - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static final class Line {
        final String stack;
        final Instant started;
        String status = "";
        int done;
        int total;
        long finishedMillis = -1;

        Line(String stack, Instant started) {
            this.stack = stack;
            this.started = started;
        }
    }
}
