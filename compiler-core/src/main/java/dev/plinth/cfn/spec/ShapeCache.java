package dev.plinth.cfn.spec;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Parses each distinct shape expression once; the data file repeats a few hundred of them. */
final class ShapeCache {
    private final ConcurrentMap<String, Shape> shapes = new ConcurrentHashMap<>();

    Shape get(String expression) {
        return shapes.computeIfAbsent(expression, Shape::parse);
    }
}
