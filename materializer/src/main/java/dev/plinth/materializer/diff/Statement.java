package dev.plinth.materializer.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One IAM policy statement, normalized so that equal grants compare equal: values sorted and
 * without duplicates, the Sid ignored, {@code {"AWS": "*"}} the same principal as {@code *},
 * conditions as canonical JSON.
 */
record Statement(String effect, Part actions, Part resources, Part principals, String condition) {
    private static final Pattern SERVICE_WILDCARD = Pattern.compile("[A-Za-z0-9-]+:\\*");
    private static final String ANY = "*";

    /** Action, Resource or Principal, or their Not… form ({@code negated}). */
    record Part(boolean negated, List<String> values) {
        boolean isEmpty() {
            return !negated && values.isEmpty();
        }
    }

    /** The statements of a policy document (an object, or text holding one); empty when it cannot be read before apply. */
    static Optional<List<Statement>> of(JsonNode document) {
        JsonNode doc =
                document.isTextual() ? Json.parseDocument(document.asText()).orElse(null) : document;
        if (doc == null || !doc.isObject() || Json.isIntrinsic(doc) || !doc.has("Statement")) {
            return Optional.empty();
        }
        JsonNode statements = doc.get("Statement");
        List<Statement> result = new ArrayList<>();
        for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
            if (!statement.isObject() || Json.isIntrinsic(statement)) {
                return Optional.empty();
            }
            Statement parsed = new Statement(
                    statement.path("Effect").asText("Allow"),
                    part(statement, "Action"),
                    part(statement, "Resource"),
                    principals(statement),
                    statement.has("Condition") ? Json.canonical(statement.get("Condition")) : "");
            if (!result.contains(parsed)) {
                result.add(parsed);
            }
        }
        return Optional.of(result);
    }

    boolean allows() {
        return effect.equals("Allow");
    }

    /** A wildcard action ({@code *}, {@code s3:*}), resource or principal, or an Allow of everything but some. */
    boolean wildcard() {
        boolean everythingBut = allows() && (actions.negated() || resources.negated() || principals.negated());
        return everythingBut
                || actions.values().stream()
                        .anyMatch(a ->
                                a.equals(ANY) || SERVICE_WILDCARD.matcher(a).matches())
                || resources.values().contains(ANY)
                || principals.values().contains(ANY);
    }

    /** Whether this (old) statement already granted everything {@code other} grants. */
    boolean covers(Statement other) {
        return allows()
                && other.allows()
                && !actions.negated()
                && !resources.negated()
                && !principals.negated()
                && !other.actions.negated()
                && !other.resources.negated()
                && !other.principals.negated()
                && (condition.isEmpty() || condition.equals(other.condition))
                && covers(actions.values(), other.actions.values(), true)
                && covers(resources.values(), other.resources.values(), false)
                && covers(principals.values(), other.principals.values(), false);
    }

    /** {@code Allow s3:GetObject on arn:aws:s3:::b/* by Service:ec2.amazonaws.com when {…}}. */
    String describe() {
        StringBuilder out = new StringBuilder(effect).append(' ').append(text(actions, "all actions except "));
        if (!resources.isEmpty()) {
            out.append(" on ").append(text(resources, "all resources except "));
        }
        if (!principals.isEmpty()) {
            out.append(" by ").append(text(principals, "everyone except "));
        }
        if (!condition.isEmpty()) {
            out.append(" when ").append(condition);
        }
        return out.toString();
    }

    private static String text(Part part, String negation) {
        return (part.negated() ? negation : "") + String.join(", ", part.values());
    }

    private static boolean covers(List<String> old, List<String> now, boolean ignoreCase) {
        if (now.isEmpty()) {
            return old.isEmpty();
        }
        return now.stream().allMatch(value -> old.stream().anyMatch(pattern -> matches(pattern, value, ignoreCase)));
    }

    /** IAM's wildcards: {@code *} any characters, {@code ?} one; actions are case-insensitive. */
    private static boolean matches(String pattern, String value, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (String piece : pattern.split("(?=[*?])|(?<=[*?])")) {
            regex.append(piece.equals("*") ? ".*" : piece.equals("?") ? "." : Pattern.quote(piece));
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
                .matcher(value)
                .matches();
    }

    private static Part part(JsonNode statement, String name) {
        boolean negated = !statement.has(name) && statement.has("Not" + name);
        return new Part(negated, values(statement.get(negated ? "Not" + name : name)));
    }

    private static Part principals(JsonNode statement) {
        boolean negated = !statement.has("Principal") && statement.has("NotPrincipal");
        JsonNode principal = statement.get(negated ? "NotPrincipal" : "Principal");
        if (principal == null || !principal.isObject() || Json.isIntrinsic(principal)) {
            return new Part(negated, values(principal));
        }
        TreeSet<String> values = new TreeSet<>();
        for (String kind : Json.names(principal)) {
            for (String value : values(principal.get(kind))) {
                values.add(kind.equals("AWS") && value.equals(ANY) ? ANY : kind + ":" + value);
            }
        }
        return new Part(negated, List.copyOf(values));
    }

    private static List<String> values(JsonNode node) {
        TreeSet<String> values = new TreeSet<>();
        if (node != null && node.isArray()) {
            node.forEach(value -> values.add(Json.display(value)));
        } else if (Json.present(node) != null) {
            values.add(Json.display(node));
        }
        return List.copyOf(values);
    }
}
