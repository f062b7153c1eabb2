package dev.plinth.cfn;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The intrinsic functions that compute a value from other values: text ({@code Fn::Sub},
 * {@code Fn::Join}, {@code Fn::Base64}), lists ({@code Fn::Select}, {@code Fn::Split},
 * {@code Fn::GetAZs}, {@code Fn::Cidr}) and a choice ({@code Fn::If}). Create them with {@link Fn}.
 */
public final class Computed {
    private Computed() {}

    /** {@code Fn::Sub}, with its own variables when it has any. */
    public static final class Sub extends Intrinsic<String> {
        private final String template;
        private final ImmutableMap<String, Value<?>> variables;

        Sub(String template, ImmutableMap<String, Value<?>> variables) {
            this.template = Objects.requireNonNull(template, "template");
            this.variables = variables;
        }

        public String template() {
            return template;
        }

        public Map<String, Value<?>> variables() {
            return variables;
        }

        @Override
        public String functionName() {
            return "Fn::Sub";
        }
    }

    /** {@code Fn::Join}. */
    public static final class Join extends Intrinsic<String> {
        private final String delimiter;
        private final Value<?> list;

        Join(String delimiter, Value<?> list) {
            this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
            this.list = Objects.requireNonNull(list, "list");
        }

        public String delimiter() {
            return delimiter;
        }

        public Value<?> list() {
            return list;
        }

        @Override
        public String functionName() {
            return "Fn::Join";
        }
    }

    /** {@code Fn::Select}. */
    public static final class Select<T> extends Intrinsic<T> {
        private final Value<?> index;
        private final Value<?> list;

        Select(Value<?> index, Value<?> list) {
            this.index = Objects.requireNonNull(index, "index");
            this.list = Objects.requireNonNull(list, "list");
        }

        public Value<?> index() {
            return index;
        }

        public Value<?> list() {
            return list;
        }

        @Override
        public String functionName() {
            return "Fn::Select";
        }
    }

    /** {@code Fn::Split}. */
    public static final class Split extends Intrinsic<List<String>> {
        private final String delimiter;
        private final Value<String> source;

        Split(String delimiter, Value<String> source) {
            this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
            this.source = Objects.requireNonNull(source, "source");
        }

        public String delimiter() {
            return delimiter;
        }

        public Value<String> source() {
            return source;
        }

        @Override
        public String functionName() {
            return "Fn::Split";
        }
    }

    /** {@code Fn::If}. */
    public static final class If<T> extends Intrinsic<T> {
        private final Condition condition;
        private final Value<?> whenTrue;
        private final Value<?> whenFalse;

        If(Condition condition, Value<?> whenTrue, Value<?> whenFalse) {
            this.condition = Objects.requireNonNull(condition, "condition");
            this.whenTrue = Objects.requireNonNull(whenTrue, "whenTrue");
            this.whenFalse = Objects.requireNonNull(whenFalse, "whenFalse");
        }

        public Condition condition() {
            return condition;
        }

        public Value<?> whenTrue() {
            return whenTrue;
        }

        public Value<?> whenFalse() {
            return whenFalse;
        }

        @Override
        public String functionName() {
            return "Fn::If";
        }
    }

    /** {@code Fn::Base64}. */
    public static final class Base64 extends Intrinsic<String> {
        private final Value<String> source;

        Base64(Value<String> source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Value<String> source() {
            return source;
        }

        @Override
        public String functionName() {
            return "Fn::Base64";
        }
    }

    /** {@code Fn::GetAZs}. */
    public static final class GetAZs extends Intrinsic<List<String>> {
        private final Value<String> region;

        GetAZs(Value<String> region) {
            this.region = Objects.requireNonNull(region, "region");
        }

        public Value<String> region() {
            return region;
        }

        @Override
        public String functionName() {
            return "Fn::GetAZs";
        }
    }

    /** {@code Fn::Cidr}. */
    public static final class Cidr extends Intrinsic<List<String>> {
        private final Value<String> ipBlock;
        private final Value<?> count;
        private final Value<?> cidrBits;

        Cidr(Value<String> ipBlock, Value<?> count, Value<?> cidrBits) {
            this.ipBlock = Objects.requireNonNull(ipBlock, "ipBlock");
            this.count = Objects.requireNonNull(count, "count");
            this.cidrBits = Objects.requireNonNull(cidrBits, "cidrBits");
        }

        public Value<String> ipBlock() {
            return ipBlock;
        }

        public Value<?> count() {
            return count;
        }

        public Value<?> cidrBits() {
            return cidrBits;
        }

        @Override
        public String functionName() {
            return "Fn::Cidr";
        }
    }
}
