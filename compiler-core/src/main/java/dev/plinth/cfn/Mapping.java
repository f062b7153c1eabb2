package dev.plinth.cfn;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A two-level lookup table of the Mappings section, read with {@code Fn::FindInMap}. */
public final class Mapping {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9\\-._]+");

    private final ImmutableMap<String, ImmutableMap<String, Value<?>>> entries;

    private Mapping(ImmutableMap<String, ImmutableMap<String, Value<?>>> entries) {
        this.entries = entries;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, ImmutableMap<String, Value<?>>> entries() {
        return entries;
    }

    /** Builds a {@link Mapping}; keys are checked as they are added. */
    public static final class Builder {
        private final Map<String, Map<String, Value<?>>> entries = new LinkedHashMap<>();

        private Builder() {}

        public Builder put(String topLevelKey, String secondLevelKey, String value) {
            return putValue(topLevelKey, secondLevelKey, Value.of(value));
        }

        public Builder put(String topLevelKey, String secondLevelKey, long value) {
            return putValue(topLevelKey, secondLevelKey, Value.of(value));
        }

        public Builder put(String topLevelKey, String secondLevelKey, List<String> values) {
            return putValue(topLevelKey, secondLevelKey, Value.strings(values));
        }

        private Builder putValue(String topLevelKey, String secondLevelKey, Value<?> value) {
            checkKey(topLevelKey);
            checkKey(secondLevelKey);
            entries.computeIfAbsent(topLevelKey, k -> new LinkedHashMap<>()).put(secondLevelKey, value);
            return this;
        }

        private static void checkKey(String key) {
            Objects.requireNonNull(key, "key");
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(
                        "A mapping key has only letters, digits, '-', '.' and '_': '" + key + "'");
            }
        }

        public Mapping build() {
            if (entries.isEmpty()) {
                throw new IllegalStateException("A mapping needs at least one entry");
            }
            ImmutableMap.Builder<String, ImmutableMap<String, Value<?>>> copy = ImmutableMap.builder();
            entries.forEach((k, v) -> copy.put(k, ImmutableMap.copyOf(v)));
            return new Mapping(copy.build());
        }
    }
}
