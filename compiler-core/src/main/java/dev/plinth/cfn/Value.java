package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A value in a template: a literal, a list, an object, a property type, a tag or an intrinsic
 * function. {@code T} is what the value evaluates to in CloudFormation; it lets the typed
 * resource classes refuse, at Java compile time, a list where a string is wanted.
 *
 * <p>The subclasses are the ones in this package; {@link PropertyObject} is the one open to
 * generated code.
 */
public abstract class Value<T> {

    Value() {}

    public static Value<String> of(String value) {
        return new Literal<>(Objects.requireNonNull(value, "value"));
    }

    public static Value<Long> of(long value) {
        return new Literal<>(value);
    }

    public static Value<Double> of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("CloudFormation has no NaN or infinite numbers: " + value);
        }
        return new Literal<>(value);
    }

    public static Value<Boolean> of(boolean value) {
        return new Literal<>(value);
    }

    @SafeVarargs
    public static <T> Value<List<T>> list(Value<T>... items) {
        return list(Arrays.asList(items));
    }

    public static <T> Value<List<T>> list(Collection<? extends Value<T>> items) {
        return new ListValue<>(ImmutableList.copyOf(items));
    }

    public static Value<List<String>> strings(String... items) {
        return strings(Arrays.asList(items));
    }

    public static Value<List<String>> strings(Collection<String> items) {
        ImmutableList.Builder<Value<?>> values = ImmutableList.builder();
        items.forEach(item -> values.add(of(item)));
        return new ListValue<>(values.build());
    }

    /** An object with free keys ({@code Map<...>} properties), in the map's own order. */
    public static <T> Value<Map<String, T>> map(Map<String, ? extends Value<T>> entries) {
        return new ObjectValue<>(ImmutableMap.copyOf(ordered(entries)));
    }

    public static Value<Map<String, String>> stringMap(Map<String, String> entries) {
        ImmutableMap.Builder<String, Value<?>> values = ImmutableMap.builder();
        ordered(entries).forEach((k, v) -> values.put(k, of(v)));
        return new ObjectValue<>(values.build());
    }

    /**
     * Converts plain Java data into a value: maps, lists, strings, numbers and booleans, with
     * {@link Value}s anywhere inside. Maps keep their order when they have one (linked, sorted or
     * immutable maps); other maps are sorted by key, so the output never depends on hashing.
     */
    public static Value<Object> json(Object data) {
        @SuppressWarnings("unchecked")
        Value<Object> value = (Value<Object>) toValue(data, "json");
        return value;
    }

    private static Value<?> toValue(Object data, String where) {
        if (data == null) {
            throw new IllegalArgumentException("CloudFormation has no null values (at " + where
                    + "); use Pseudo.noValue() to leave a property out");
        }
        if (data instanceof Value<?> value) {
            return value;
        }
        if (data instanceof String || data instanceof Boolean) {
            return new Literal<>(data);
        }
        if (data instanceof Integer || data instanceof Long || data instanceof Short || data instanceof Byte) {
            return new Literal<>(((Number) data).longValue());
        }
        if (data instanceof Number number) {
            return of(number.doubleValue());
        }
        if (data instanceof Map<?, ?> map) {
            ImmutableMap.Builder<String, Value<?>> entries = ImmutableMap.builder();
            ordered(map).forEach((k, v) -> entries.put(String.valueOf(k), toValue(v, where + "." + k)));
            return new ObjectValue<>(entries.build());
        }
        if (data instanceof Iterable<?> iterable) {
            ImmutableList.Builder<Value<?>> items = ImmutableList.builder();
            int i = 0;
            for (Object item : iterable) {
                items.add(toValue(item, where + "[" + i++ + "]"));
            }
            return new ListValue<>(items.build());
        }
        throw new IllegalArgumentException(
                "Cannot put a " + data.getClass().getName() + " in a template (at " + where + ")");
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        if (map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof ImmutableMap) {
            return map;
        }
        Map<K, V> sorted = new TreeMap<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        sorted.putAll(map);
        return sorted;
    }
}
