package dev.plinth.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The fields of one JSON object, read with the path of the object in every error (none for the top level). */
final class JsonFields {
    private final JsonNode node;
    private final String where;

    private JsonFields(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** Where the object is, for messages: {@code stacks[1]}, or empty for the top level. */
    String where() {
        return where;
    }

    /** A problem of this object, prefixed with where it is. */
    String at(String problem) {
        return at(where, problem);
    }

    private static String at(String where, String problem) {
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    static JsonFields of(JsonNode node, String where, Set<String> known) throws IOException {
        if (!node.isObject()) {
            throw new IOException(at(where, "expected an object, not " + kind(node)));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                throw new IOException(at(where, "unknown field '" + field.getKey() + "'"));
            }
        }
        return new JsonFields(node, where);
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return node.isNull() ? "null" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private JsonNode required(String name) throws IOException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IOException(at("missing field '" + name + "'"));
        }
        return value;
    }

    private IOException wrong(String name, String expected) {
        return new IOException(at("field '" + name + "' is not " + expected));
    }

    String text(String name) throws IOException {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw wrong(name, "a string");
        }
        return value.textValue();
    }

    Optional<String> optionalText(String name) throws IOException {
        return node.has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    boolean bool(String name) throws IOException {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw wrong(name, "true or false");
        }
        return value.booleanValue();
    }

    long number(String name) throws IOException {
        JsonNode value = required(name);
        if (!value.canConvertToExactIntegral() || value.asLong() < 0) {
            throw wrong(name, "a whole number of at least 0");
        }
        return value.asLong();
    }

    int integer(String name) throws IOException {
        long value = number(name);
        if (value > Integer.MAX_VALUE) {
            throw wrong(name, "a whole number below 2^31");
        }
        return (int) value;
    }

    List<JsonNode> array(String name) throws IOException {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw wrong(name, "an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    List<String> strings(String name) throws IOException {
        List<String> items = new ArrayList<>();
        for (JsonNode item : array(name)) {
            if (!item.isTextual()) {
                throw wrong(name, "an array of strings");
            }
            items.add(item.textValue());
        }
        return items;
    }

    /** The strings of an array that may be left out (empty then). */
    List<String> optionalStrings(String name) throws IOException {
        return node.has(name) ? strings(name) : new ArrayList<>();
    }

    Map<String, JsonNode> object(String name) throws IOException {
        JsonNode value = required(name);
        if (!value.isObject()) {
            throw wrong(name, "an object");
        }
        Map<String, JsonNode> entries = new TreeMap<>();
        value.properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    SortedMap<String, String> stringMap(String name) throws IOException {
        SortedMap<String, String> entries = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : object(name).entrySet()) {
            if (!entry.getValue().isTextual()) {
                throw wrong(name, "an object of strings");
            }
            entries.put(entry.getKey(), entry.getValue().textValue());
        }
        return entries;
    }
}
