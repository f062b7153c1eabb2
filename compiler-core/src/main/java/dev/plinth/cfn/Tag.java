package dev.plinth.cfn;

import java.util.Objects;

/** A resource tag: a key and a value. */
public final class Tag extends Value<Tag> {
    private final String key;
    private final Value<String> value;

    private Tag(String key, Value<String> value) {
        if (key.isEmpty() || key.length() > 128) {
            throw new IllegalArgumentException("A tag key has 1 to 128 characters: '" + key + "'");
        }
        this.key = key;
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Tag of(String key, String value) {
        return new Tag(Objects.requireNonNull(key, "key"), Value.of(value));
    }

    public static Tag of(String key, Value<String> value) {
        return new Tag(Objects.requireNonNull(key, "key"), value);
    }

    public String key() {
        return key;
    }

    public Value<String> value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tag that && that.key.equals(key) && that.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
