package dev.plinth.cfn;

import java.util.Objects;

/** A string, number or boolean written as it is. */
public final class Literal<T> extends Value<T> {
    private final Object value;

    Literal(Object value) {
        this.value = Objects.requireNonNull(value);
    }

    /** A {@link String}, {@link Long}, {@link Double} or {@link Boolean}. */
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Literal<?> that && that.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
