package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Long values (policy documents, user-data, any large object or list, multi-line text) as a
 * unified diff of their lines, where an old → new pair on one line would be unreadable.
 *
 * <p>Objects and lists are pretty-printed one value per line with fields sorted; text is split
 * into its lines, and text holding a JSON document is pretty-printed as one. User-data's
 * {@code Fn::Base64} and {@code Fn::Sub} wrappers are unwrapped to the script they wrap, since
 * the script is what a reviewer reads.
 */
public final class ValueDiff {
    /** Values longer than this many characters (as compact JSON) are shown as a diff. */
    public static final int LONG = 80;
    /** Context lines around each change, as {@code diff -u}. */
    private static final int CONTEXT = 3;

    private ValueDiff() {}

    /** Whether a value is better shown as a diff than inline: multi-line text, or longer than {@link #LONG}. */
    public static boolean isLong(JsonNode value) {
        if (Json.present(value) == null) {
            return false;
        }
        if (value.isTextual()) {
            return value.asText().contains("\n") || value.asText().length() > LONG;
        }
        return value.toString().length() > LONG
                || userData(value).filter(text -> text.contains("\n")).isPresent();
    }

    /** Whether a change is better shown as a diff: either of its values is long. */
    public static boolean isLong(PropertyChange change) {
        return change.before().map(ValueDiff::isLong).orElse(false)
                || change.after().map(ValueDiff::isLong).orElse(false);
    }

    /** The diff of a change's values; see {@link #lines(Optional, Optional, int)}. */
    public static List<String> lines(PropertyChange change, int lineLimit) {
        return lines(change.before(), change.after(), lineLimit);
    }

    /**
     * The unified diff of two values (either absent: all added or all removed), at most
     * {@code lineLimit} lines, then {@code … n more lines} when it is longer. Empty when the
     * values read the same.
     */
    public static List<String> lines(Optional<JsonNode> before, Optional<JsonNode> after, int lineLimit) {
        if (lineLimit < 1) {
            throw new IllegalArgumentException("A diff's line limit is at least 1, not " + lineLimit);
        }
        List<String> diff = LineDiff.unified(
                before.map(ValueDiff::lines).orElse(List.of()),
                after.map(ValueDiff::lines).orElse(List.of()),
                CONTEXT);
        if (diff.size() <= lineLimit) {
            return diff;
        }
        List<String> shown = new ArrayList<>(diff.subList(0, lineLimit));
        int more = diff.size() - lineLimit;
        shown.add("… " + more + (more == 1 ? " more line" : " more lines"));
        return List.copyOf(shown);
    }

    /** A value's lines as the diff compares them. */
    static List<String> lines(JsonNode value) {
        if (value.isTextual()) {
            return Json.parseDocument(value.asText()).map(PrettyJson::lines).orElseGet(() -> split(value.asText()));
        }
        return userData(value).map(ValueDiff::split).orElseGet(() -> PrettyJson.lines(value));
    }

    /** The script of user-data written as {@code Fn::Base64} of text or of {@code Fn::Sub} of text. */
    private static Optional<String> userData(JsonNode value) {
        JsonNode inner = value.has("Fn::Base64") && Json.isIntrinsic(value) ? value.get("Fn::Base64") : value;
        if (inner.isTextual() && inner != value) {
            return Optional.of(inner.asText());
        }
        if (Json.isIntrinsic(inner)
                && inner.has("Fn::Sub")
                && inner.get("Fn::Sub").isTextual()) {
            return Optional.of(inner.get("Fn::Sub").asText());
        }
        return Optional.empty();
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
