package dev.plinth.cfn.spec;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent reader of shape expressions. */
final class ShapeParser {
    private final String text;
    private int pos;

    ShapeParser(String text) {
        this.text = text;
    }

    Shape shape() {
        if (text.startsWith("List<", pos)) {
            pos += 5;
            Shape element = shape();
            expect('>');
            return Shape.listOf(element);
        }
        if (text.startsWith("Map<", pos)) {
            pos += 4;
            Shape element = shape();
            expect('>');
            return Shape.mapOf(element);
        }
        if (text.startsWith("Union<", pos)) {
            pos += 6;
            List<Shape> members = new ArrayList<>();
            members.add(shape());
            while (peek() == ',') {
                pos++;
                members.add(shape());
            }
            expect('>');
            return Shape.union(members);
        }
        if (peek() == '#') {
            pos++;
            return Shape.ref(word());
        }
        String word = word();
        for (Shape.Primitive kind : Shape.Primitive.values()) {
            if (kind.specName().equals(word)) {
                return Shape.primitive(kind);
            }
        }
        throw error("unknown primitive '" + word + "'");
    }

    void expectEnd() {
        if (pos != text.length()) {
            throw error("unexpected text");
        }
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && ",<>".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (start == pos) {
            throw error("a name is missing");
        }
        return text.substring(start, pos);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Bad shape expression '" + text + "' at " + pos + ": " + what);
    }
}
