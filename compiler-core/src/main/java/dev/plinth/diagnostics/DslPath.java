package dev.plinth.diagnostics;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Where in a platform a problem is: the environment, then the component, then the attributes
 * down to the value at fault, printed with slashes ({@code prod/web/runtime/instanceType}).
 * Built by steps, never by string concatenation, so every path a diagnostic names has the
 * same shape.
 */
public final class DslPath {
    private final ImmutableList<String> segments;

    private DslPath(ImmutableList<String> segments) {
        this.segments = segments;
    }

    /** A path from its first segment (an environment, or a file such as {@code userdata/web}). */
    public static DslPath of(String first, String... more) {
        return new DslPath(ImmutableList.of()).child(first, more);
    }

    /**
     * This path, one or more segments deeper: {@code path.child("listeners", "443")}. A segment is
     * a name as the platform gave it, even an empty one, which the rules then report as invalid.
     */
    public DslPath child(String segment, String... more) {
        ImmutableList.Builder<String> longer = ImmutableList.<String>builder().addAll(segments);
        return new DslPath(longer.add(segment).add(more).build());
    }

    /** This path, one segment deeper, the segment a number (a port, an index). */
    public DslPath child(int segment) {
        return child(Integer.toString(segment));
    }

    public List<String> segments() {
        return segments;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DslPath path && path.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
