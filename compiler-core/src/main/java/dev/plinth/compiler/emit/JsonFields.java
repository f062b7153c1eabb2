package dev.plinth.compiler.emit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The fields of one JSON object, read with the path of the object in every error. */
final class JsonFields {
  private final JsonNode node;
  private final String where;

  private JsonFields(JsonNode node, String where) {
    this.node = node;
    this.where = where;
  }

  /** Where the object is, for messages: {@code manifest.json: stacks[1]}. */
  String where() {
    return where;
  }

  static JsonFields of(JsonNode node, String where, Set<String> known) throws IOException {
    if (!node.isObject()) {
      throw new IOException(where + ": expected an object");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        throw new IOException(where + ": unknown field '" + field.getKey() + "'");
      }
    }
    return new JsonFields(node, where);
  }

  private JsonNode required(String name) throws IOException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IOException(where + ": missing field '" + name + "'");
    }
    return value;
  }

  private IOException wrong(String name, String expected) {
    return new IOException(where + ": field '" + name + "' is not " + expected);
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
