package dev.plinth.cfn;

import java.util.Objects;
import java.util.Optional;

/** A stack output, optionally exported for {@code Fn::ImportValue}. */
public final class Output {
    private final Value<?> value;
    private final Optional<String> description;
    private final Optional<Value<String>> exportName;
    private final Optional<Condition> condition;

    private Output(Builder builder) {
        this.value = builder.value;
        this.description = Optional.ofNullable(builder.description);
        this.exportName = Optional.ofNullable(builder.exportName);
        this.condition = Optional.ofNullable(builder.condition);
    }

    public static Output of(Value<String> value) {
        return builder(value).build();
    }

    /** Outputs are strings; a list value must be joined first ({@link Fn#join}). */
    public static Builder builder(Value<String> value) {
        return new Builder(value);
    }

    public Value<?> value() {
        return value;
    }

    public Optional<String> description() {
        return description;
    }

    public Optional<Value<String>> exportName() {
        return exportName;
    }

    public Optional<Condition> condition() {
        return condition;
    }

    /** Builds an {@link Output}. */
    public static final class Builder {
        private final Value<?> value;
        private String description;
        private Value<String> exportName;
        private Condition condition;

        private Builder(Value<?> value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        public Builder description(String description) {
            if (description.length() > 1024) {
                throw new IllegalArgumentException("An output description has at most 1,024 characters");
            }
            this.description = description;
            return this;
        }

        /** Exports the value under a name unique in the account and region. */
        public Builder exportName(String exportName) {
            return exportName(Value.of(exportName));
        }

        public Builder exportName(Value<String> exportName) {
            this.exportName = Objects.requireNonNull(exportName, "exportName");
            return this;
        }

        public Builder condition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return this;
        }

        public Output build() {
            return new Output(this);
        }
    }
}
