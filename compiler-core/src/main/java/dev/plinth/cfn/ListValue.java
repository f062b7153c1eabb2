package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A list written item by item. */
public final class ListValue<T> extends Value<T> {
    private final ImmutableList<Value<?>> items;

    ListValue(ImmutableList<Value<?>> items) {
        this.items = items;
    }

    public List<Value<?>> items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListValue<?> that && that.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
