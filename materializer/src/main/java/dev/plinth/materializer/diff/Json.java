package dev.plinth.materializer.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** JSON helpers of the review engine: equality, intrinsics and short display. */
final class Json {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers equal by value, as the offline plan compares them, so {@code 1} and {@code 1.0} are no change. */
    private static final Comparator<JsonNode> NUMBERS =
            (a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private Json() {}

    /** A node, or null when it is absent (Java null, missing or JSON null). */
    static JsonNode present(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node;
    }

    static boolean same(JsonNode a, JsonNode b) {
        a = present(a);
        b = present(b);
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(NUMBERS, b);
    }

    /** An intrinsic function: an object with one field, {@code Ref} or {@code Fn::…}. */
    static boolean isIntrinsic(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            return false;
        }
        String name = node.fieldNames().next();
        return name.equals("Ref") || name.startsWith("Fn::");
    }

    static boolean containsIntrinsic(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (isIntrinsic(node)) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsIntrinsic(child)) {
                return true;
            }
        }
        return false;
    }

    /** Object field names, sorted, so every walk over an object has one order. */
    static TreeSet<String> names(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /**
     * A value as a reviewer reads it: text without quotes, an intrinsic in CloudFormation's short
     * form ({@code !Ref Subnet}, {@code !GetAtt Bucket.Arn}, {@code !Sub ${Bucket.Arn}/*}), anything
     * else as compact JSON.
     */
    static String display(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (isIntrinsic(node)) {
            String name = node.fieldNames().next();
            JsonNode argument = node.get(name);
            if (name.equals("Fn::GetAtt") && argument.isArray() && argument.size() == 2) {
                return "!GetAtt " + display(argument.get(0)) + "." + display(argument.get(1));
            }
            String tag = "!" + name.replaceFirst("^Fn::", "");
            return tag + " " + (argument.isTextual() ? argument.asText() : argument.toString());
        }
        return node.toString();
    }

    /** Compact JSON with object fields sorted, so equal documents written in another order read the same. */
    static String canonical(JsonNode node) {
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            for (String name : names(node)) {
                fields.add(TextNode.valueOf(name) + ":" + canonical(node.get(name)));
            }
            return "{" + String.join(",", fields) + "}";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(element -> elements.add(canonical(element)));
            return "[" + String.join(",", elements) + "]";
        }
        return node.toString();
    }

    /** A string holding a JSON object or array (a policy written as text), parsed; empty for other text. */
    static Optional<JsonNode> parseDocument(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(trimmed));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A change set's before or after value: JSON when it is a document, else the text. */
    static JsonNode changeSetValue(String value) {
        return parseDocument(value).orElse(TextNode.valueOf(value));
    }
}
