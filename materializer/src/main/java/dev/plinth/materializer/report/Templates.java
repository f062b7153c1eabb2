package dev.plinth.materializer.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * Reads a template, JSON or YAML, into a tree. YAML's short-form intrinsics ({@code !Ref X},
 * {@code !GetAtt A.B}, {@code !Sub ...}) become their long form, so a template reads the same
 * whichever way it was written.
 */
final class Templates {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLFactory YAML = new YAMLFactory();
    /** Numbers equal by value, so {@code 1} and {@code 1.0} (or an int and a long) are no change. */
    private static final Comparator<JsonNode> NUMBERS =
            (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private Templates() {}

    static ObjectNode read(Path file, TemplateFormat format) throws IOException {
        JsonNode tree;
        if (format == TemplateFormat.YAML) {
            try (JsonParser parser = YAML.createParser(file.toFile())) {
                tree = parser.nextToken() == null ? NODES.missingNode() : yamlValue(parser);
            }
        } else {
            tree = JSON.readTree(Files.readAllBytes(file));
        }
        if (tree == null || !tree.isObject()) {
            throw new IOException(file + ": a template is an object");
        }
        return (ObjectNode) tree;
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(NUMBERS, b);
    }

    static ObjectNode section(JsonNode template, String name) {
        JsonNode section = template.get(name);
        return section instanceof ObjectNode object ? object : NODES.objectNode();
    }

    private static JsonNode yamlValue(JsonParser parser) throws IOException {
        Optional<String> tag = Optional.ofNullable(parser.getTypeId())
                .map(t -> t.toString().replaceFirst("^!+", ""))
                .filter(t -> !t.isEmpty() && !t.contains(":"));
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, yamlValue(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(yamlValue(parser));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IOException("Unexpected " + parser.currentToken() + " at " + parser.currentLocation());
        };
        return tag.isPresent() ? intrinsic(tag.get(), value) : value;
    }

    private static JsonNode intrinsic(String tag, JsonNode value) {
        ObjectNode object = NODES.objectNode();
        if (tag.equals("Ref") || tag.equals("Condition")) {
            return object.set(tag, value);
        }
        if (tag.equals("GetAtt") && value.isTextual() && value.asText().contains(".")) {
            String text = value.asText();
            int dot = text.indexOf('.');
            return object.set(
                    "Fn::GetAtt", NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1)));
        }
        return object.set("Fn::" + tag, value);
    }
}
