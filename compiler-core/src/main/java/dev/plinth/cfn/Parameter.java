package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A template parameter. Its logical id comes from the template it is added to. */
public final class Parameter<T> {
    private final ParameterType<T> type;
    private final Optional<String> description;
    private final Optional<String> defaultValue;
    private final boolean noEcho;
    private final ImmutableList<String> allowedValues;
    private final Optional<String> allowedPattern;
    private final Optional<String> constraintDescription;
    private final OptionalLong minLength;
    private final OptionalLong maxLength;
    private final Optional<Double> minValue;
    private final Optional<Double> maxValue;

    private Parameter(Builder<T> builder) {
        this.type = builder.type;
        this.description = Optional.ofNullable(builder.description);
        this.defaultValue = Optional.ofNullable(builder.defaultValue);
        this.noEcho = builder.noEcho;
        this.allowedValues = ImmutableList.copyOf(builder.allowedValues);
        this.allowedPattern = Optional.ofNullable(builder.allowedPattern);
        this.constraintDescription = Optional.ofNullable(builder.constraintDescription);
        this.minLength = builder.minLength == null ? OptionalLong.empty() : OptionalLong.of(builder.minLength);
        this.maxLength = builder.maxLength == null ? OptionalLong.empty() : OptionalLong.of(builder.maxLength);
        this.minValue = Optional.ofNullable(builder.minValue);
        this.maxValue = Optional.ofNullable(builder.maxValue);
    }

    public static <T> Builder<T> builder(ParameterType<T> type) {
        return new Builder<>(type);
    }

    public static Builder<String> string() {
        return builder(ParameterType.STRING);
    }

    public static Builder<Number> number() {
        return builder(ParameterType.NUMBER);
    }

    /** {@code Ref} to this parameter. */
    public Value<T> ref() {
        return Fn.ref(this);
    }

    /**
     * {@code Ref} to this parameter where a string is wanted. CloudFormation hands every parameter
     * value on as a string, a Number parameter's too; a list parameter is refused here.
     */
    public Value<String> refAsString() {
        if (type.isList()) {
            throw new IllegalStateException(
                    "A " + type + " parameter is a list; use ref(), or Fn.join to make one string");
        }
        return new Intrinsic.Ref<>(this);
    }

    public ParameterType<T> type() {
        return type;
    }

    public Optional<String> description() {
        return description;
    }

    /** The default, as CloudFormation takes it: a string (comma-separated for lists). */
    public Optional<String> defaultValue() {
        return defaultValue;
    }

    public boolean noEcho() {
        return noEcho;
    }

    public List<String> allowedValues() {
        return allowedValues;
    }

    public Optional<String> allowedPattern() {
        return allowedPattern;
    }

    public Optional<String> constraintDescription() {
        return constraintDescription;
    }

    public OptionalLong minLength() {
        return minLength;
    }

    public OptionalLong maxLength() {
        return maxLength;
    }

    public Optional<Double> minValue() {
        return minValue;
    }

    public Optional<Double> maxValue() {
        return maxValue;
    }

    /** Builds a {@link Parameter}; constraints that the type cannot take are refused in {@link #build()}. */
    public static final class Builder<T> {
        private final ParameterType<T> type;
        private String description;
        private String defaultValue;
        private boolean noEcho;
        private List<String> allowedValues = List.of();
        private String allowedPattern;
        private String constraintDescription;
        private Long minLength;
        private Long maxLength;
        private Double minValue;
        private Double maxValue;

        private Builder(ParameterType<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        public Builder<T> description(String description) {
            if (description.length() > 4000) {
                throw new IllegalArgumentException("A parameter description has at most 4,000 characters");
            }
            this.description = description;
            return this;
        }

        public Builder<T> defaultValue(String defaultValue) {
            this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
            return this;
        }

        public Builder<T> defaultValue(long defaultValue) {
            return defaultValue(Long.toString(defaultValue));
        }

        /** Masks the value in the console and API (for values that must not be shown). */
        public Builder<T> noEcho(boolean noEcho) {
            this.noEcho = noEcho;
            return this;
        }

        public Builder<T> allowedValues(String... values) {
            this.allowedValues = Arrays.asList(values.clone());
            return this;
        }

        public Builder<T> allowedPattern(String pattern) {
            this.allowedPattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        public Builder<T> constraintDescription(String text) {
            this.constraintDescription = Objects.requireNonNull(text, "text");
            return this;
        }

        public Builder<T> minLength(long minLength) {
            this.minLength = minLength;
            return this;
        }

        public Builder<T> maxLength(long maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public Builder<T> minValue(double minValue) {
            this.minValue = minValue;
            return this;
        }

        public Builder<T> maxValue(double maxValue) {
            this.maxValue = maxValue;
            return this;
        }

        public Parameter<T> build() {
            if (!type.isString() && (allowedPattern != null || minLength != null || maxLength != null)) {
                throw new IllegalStateException(
                        "AllowedPattern, MinLength and MaxLength apply to String parameters, not " + type);
            }
            if (!type.isNumber() && (minValue != null || maxValue != null)) {
                throw new IllegalStateException("MinValue and MaxValue apply to Number parameters, not " + type);
            }
            if (minLength != null && maxLength != null && minLength > maxLength) {
                throw new IllegalStateException("MinLength " + minLength + " is above MaxLength " + maxLength);
            }
            if (minValue != null && maxValue != null && minValue > maxValue) {
                throw new IllegalStateException("MinValue " + minValue + " is above MaxValue " + maxValue);
            }
            return new Parameter<>(this);
        }
    }
}
