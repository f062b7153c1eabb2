package dev.plinth.cfn;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/** A JSON object with free keys, written in its own key order (IAM policies read best that way). */
public final class ObjectValue<T> extends Value<T> {
    private final ImmutableMap<String, Value<?>> entries;

    ObjectValue(ImmutableMap<String, Value<?>> entries) {
        this.entries = entries;
    }

    public Map<String, Value<?>> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectValue<?> that && that.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
