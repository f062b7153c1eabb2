package dev.plinth.cfn.spec;

import java.util.Objects;

/** One property of a resource type or property type. */
public record PropertySpec(String name, Shape shape, boolean required, Replacement replacement) {

    /** What an update to the property does to the resource. */
    public enum Replacement {
        /** Updated in place. */
        NONE,
        /** Always replaces the resource. */
        ALWAYS,
        /** Replaces the resource for some changes (CloudFormation's "Replacement: Conditional"). */
        CONDITIONAL
    }

    public PropertySpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(shape);
        Objects.requireNonNull(replacement);
    }

    /** Reads the data file's encoding: flags ('!' required, '*' replaces, '?' may replace), then the shape. */
    static PropertySpec decode(String name, String encoded, ShapeCache shapes) {
        int i = 0;
        boolean required = false;
        Replacement replacement = Replacement.NONE;
        for (; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '!') {
                required = true;
            } else if (c == '*') {
                replacement = Replacement.ALWAYS;
            } else if (c == '?') {
                replacement = Replacement.CONDITIONAL;
            } else {
                break;
            }
        }
        return new PropertySpec(name, shapes.get(encoded.substring(i)), required, replacement);
    }

    @Override
    public String toString() {
        return name + ":" + (required ? "!" : "") + shape
                + (replacement == Replacement.NONE ? "" : " (" + replacement + ")");
    }
}
