package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two JSON values down to the leaves that differ: objects field by field (sorted), lists
 * by index, or by key when every element is an object with a distinct key ({@code Tags} by
 * {@code Key}) so that a reordered or inserted element does not shift every later one.
 */
final class TreeDiff {
    /** Fields that name an element of a list of objects, in the order they are tried. */
    private static final List<String> KEYS = List.of("Key", "PolicyName", "Name", "Id");

    /** One differing value. */
    record Leaf(String path, Optional<JsonNode> before, Optional<JsonNode> after) {}

    private TreeDiff() {}

    static List<Leaf> compare(String path, JsonNode before, JsonNode after) {
        List<Leaf> leaves = new ArrayList<>();
        compare(path, Json.present(before), Json.present(after), leaves);
        return leaves;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Leaf> leaves) {
        if (Json.same(before, after)) {
            return;
        }
        if (before != null
                && after != null
                && before.isObject()
                && after.isObject()
                && !atomic(before)
                && !atomic(after)) {
            Set<String> names = Json.names(before);
            names.addAll(Json.names(after));
            for (String name : names) {
                compare(path + "." + name, Json.present(before.get(name)), Json.present(after.get(name)), leaves);
            }
        } else if (before != null && after != null && before.isArray() && after.isArray()) {
            Optional<String> key = key(before, after);
            if (key.isPresent()) {
                Map<String, JsonNode> old = byKey(before, key.get());
                Map<String, JsonNode> now = byKey(after, key.get());
                Set<String> values = new TreeSet<>(old.keySet());
                values.addAll(now.keySet());
                for (String value : values) {
                    compare(path + "[" + key.get() + "=" + value + "]", old.get(value), now.get(value), leaves);
                }
            } else {
                for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                    compare(path + "[" + i + "]", Json.present(before.get(i)), Json.present(after.get(i)), leaves);
                }
            }
        } else {
            leaves.add(new Leaf(path, Optional.ofNullable(before), Optional.ofNullable(after)));
        }
    }

    /**
     * Values shown whole rather than leaf by leaf: an intrinsic (its parts mean nothing alone) and
     * a policy document (a reviewer reads statements, not {@code Statement[3].Action[1]}).
     */
    private static boolean atomic(JsonNode node) {
        return Json.isIntrinsic(node) || node.has("Statement");
    }

    private static Optional<String> key(JsonNode before, JsonNode after) {
        for (String key : KEYS) {
            if (keyed(before, key) && keyed(after, key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static boolean keyed(JsonNode list, String key) {
        Set<String> seen = new HashSet<>();
        for (JsonNode element : list) {
            JsonNode value = element.get(key);
            if (!element.isObject() || value == null || !value.isTextual() || !seen.add(value.asText())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode list, String key) {
        Map<String, JsonNode> elements = new TreeMap<>();
        list.forEach(element -> elements.put(element.get(key).asText(), element));
        return elements;
    }
}
