package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * JSON one value per line, fields sorted, two-space indent: a line diff of two documents then
 * shows what changed rather than where a writer chose to wrap, and fields written in another
 * order are no change.
 */
final class PrettyJson {
    private static final String INDENT = "  ";

    private PrettyJson() {}

    static List<String> lines(JsonNode node) {
        List<String> lines = new ArrayList<>();
        write(node, "", "", "", lines);
        return lines;
    }

    private static void write(JsonNode node, String indent, String label, String comma, List<String> lines) {
        boolean object = node.isObject();
        if (!(object || node.isArray()) || node.isEmpty()) {
            lines.add(indent + label + (object ? "{}" : node.isArray() ? "[]" : node.toString()) + comma);
            return;
        }
        lines.add(indent + label + (object ? "{" : "["));
        String inner = indent + INDENT;
        if (object) {
            Iterator<String> names = Json.names(node).iterator();
            while (names.hasNext()) {
                String name = names.next();
                write(node.get(name), inner, TextNode.valueOf(name) + ": ", names.hasNext() ? "," : "", lines);
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                write(node.get(i), inner, "", i < node.size() - 1 ? "," : "", lines);
            }
        }
        lines.add(indent + (object ? "}" : "]") + comma);
    }
}
