package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The intrinsic and condition functions, typed by what they evaluate to. */
public final class Fn {
    private Fn() {}

    /** A resource's {@code Ref} value (its physical id, ARN or name, depending on the type). */
    public static Value<String> ref(Resource resource) {
        return new Intrinsic.Ref<>(resource);
    }

    /** A parameter's value, typed by the parameter's type. */
    public static <T> Value<T> ref(Parameter<T> parameter) {
        return new Intrinsic.Ref<>(parameter);
    }

    /** A single-valued attribute. */
    public static Value<String> getAtt(Resource resource, String attribute) {
        return new Intrinsic.GetAtt<>(resource, attribute, false);
    }

    /** A list-valued attribute, such as a VPC's {@code Ipv6CidrBlocks}. */
    public static Value<List<String>> getAttList(Resource resource, String attribute) {
        return new Intrinsic.GetAtt<>(resource, attribute, true);
    }

    /**
     * {@code Fn::Sub} without variables: each {@code ${Name}} must name a pseudo parameter, or a
     * parameter or resource of the template ({@code ${Name.Attribute}} for an attribute).
     * {@code ${!Literal}} writes {@code ${Literal}}.
     */
    public static Value<String> sub(String template) {
        return new Computed.Sub(template, ImmutableMap.of());
    }

    /** {@code Fn::Sub} with variables; placeholders may also name what {@link #sub(String)} allows. */
    public static Value<String> sub(String template, Map<String, ? extends Value<?>> variables) {
        return new Computed.Sub(template, ImmutableMap.copyOf(variables));
    }

    public static Value<String> join(String delimiter, Value<List<String>> list) {
        return new Computed.Join(delimiter, list);
    }

    @SafeVarargs
    public static Value<String> join(String delimiter, Value<String>... items) {
        return join(delimiter, Arrays.asList(items));
    }

    public static Value<String> join(String delimiter, List<? extends Value<String>> items) {
        return new Computed.Join(delimiter, Value.list(ImmutableList.copyOf(items)));
    }

    public static <T> Value<T> select(int index, Value<List<T>> list) {
        if (index < 0) {
            throw new IllegalArgumentException("Fn::Select takes an index of 0 or more, not " + index);
        }
        return new Computed.Select<>(Value.of(index), list);
    }

    public static <T> Value<T> select(Value<? extends Number> index, Value<List<T>> list) {
        return new Computed.Select<>(index, list);
    }

    public static Value<List<String>> split(String delimiter, Value<String> source) {
        return new Computed.Split(delimiter, source);
    }

    /** {@code Fn::If}: one value or the other, depending on a named condition. */
    public static <T> Value<T> ifCondition(Condition condition, Value<T> whenTrue, Value<T> whenFalse) {
        return new Computed.If<>(condition, whenTrue, whenFalse);
    }

    public static Value<String> importValue(Value<String> exportName) {
        return new Intrinsic.ImportValue(exportName);
    }

    public static Value<String> importValue(String exportName) {
        return importValue(Value.of(exportName));
    }

    public static Value<String> base64(Value<String> source) {
        return new Computed.Base64(source);
    }

    /** The availability zones of the stack's region. */
    public static Value<List<String>> getAZs() {
        return new Computed.GetAZs(Value.of(""));
    }

    public static Value<List<String>> getAZs(Value<String> region) {
        return new Computed.GetAZs(region);
    }

    /** {@code count} CIDR blocks of {@code 32 - cidrBits} prefix length (IPv4) from {@code ipBlock}. */
    public static Value<List<String>> cidr(Value<String> ipBlock, int count, int cidrBits) {
        if (count < 1 || count > 256) {
            throw new IllegalArgumentException("Fn::Cidr makes 1 to 256 blocks, not " + count);
        }
        if (cidrBits < 0 || cidrBits > 128) {
            throw new IllegalArgumentException("Fn::Cidr takes 0 to 128 subnet bits, not " + cidrBits);
        }
        return new Computed.Cidr(ipBlock, Value.of(count), Value.of(cidrBits));
    }

    public static Value<String> findInMap(Mapping mapping, Value<String> topLevelKey, Value<String> secondLevelKey) {
        return new Intrinsic.FindInMap<>(mapping, topLevelKey, secondLevelKey);
    }

    public static Value<String> findInMap(Mapping mapping, Value<String> topLevelKey, String secondLevelKey) {
        return findInMap(mapping, topLevelKey, Value.of(secondLevelKey));
    }

    public static Value<List<String>> findInMapList(
            Mapping mapping, Value<String> topLevelKey, Value<String> secondLevelKey) {
        return new Intrinsic.FindInMap<>(mapping, topLevelKey, secondLevelKey);
    }

    public static ConditionExpr equals(Value<?> left, Value<?> right) {
        return new ConditionExpr.Equals(left, right);
    }

    public static ConditionExpr and(ConditionExpr... operands) {
        return new ConditionExpr.Combination("Fn::And", Arrays.asList(operands));
    }

    public static ConditionExpr or(ConditionExpr... operands) {
        return new ConditionExpr.Combination("Fn::Or", Arrays.asList(operands));
    }

    public static ConditionExpr not(ConditionExpr operand) {
        return new ConditionExpr.Not(operand);
    }

    /** A named condition used inside another condition. */
    public static ConditionExpr condition(Condition condition) {
        return new ConditionExpr.Reference(condition);
    }
}
