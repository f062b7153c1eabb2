package dev.plinth.cfn;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Walks the values of a template, for passes that look for references. */
public final class Values {
    private Values() {}

    /** Every intrinsic function inside a value, outermost first, function arguments included. */
    public static void forEachIntrinsic(Value<?> value, Consumer<Intrinsic<?>> action) {
        if (value instanceof ListValue<?> list) {
            list.items().forEach(v -> forEachIntrinsic(v, action));
        } else if (value instanceof ObjectValue<?> object) {
            object.entries().values().forEach(v -> forEachIntrinsic(v, action));
        } else if (value instanceof PropertyObject<?> object) {
            object.properties().values().forEach(v -> forEachIntrinsic(v, action));
        } else if (value instanceof Tag tag) {
            forEachIntrinsic(tag.value(), action);
        } else if (value instanceof Intrinsic<?> fn) {
            action.accept(fn);
            arguments(fn, v -> forEachIntrinsic(v, action));
        }
    }

    /**
     * Every top-level value of a template with the resource it belongs to (empty for outputs,
     * conditions and template metadata).
     */
    public static void forEachValue(Template template, BiConsumer<Optional<Resource>, Value<?>> action) {
        template.metadata().values().forEach(v -> action.accept(Optional.empty(), v));
        template.resources().values().forEach(resource -> {
            Optional<Resource> owner = Optional.of(resource);
            resource.properties().values().forEach(v -> action.accept(owner, v));
            resource.metadata().values().forEach(v -> action.accept(owner, v));
            resource.creationPolicy().ifPresent(v -> action.accept(owner, v));
            resource.updatePolicy().ifPresent(v -> action.accept(owner, v));
        });
        template.outputs().values().forEach(output -> {
            action.accept(Optional.empty(), output.value());
            output.exportName().ifPresent(v -> action.accept(Optional.empty(), v));
        });
        template.conditions()
                .values()
                .forEach(c -> conditionValues(c.expression(), v -> action.accept(Optional.empty(), v)));
    }

    private static void conditionValues(ConditionExpr expression, Consumer<Value<?>> action) {
        if (expression instanceof ConditionExpr.Equals equals) {
            action.accept(equals.left());
            action.accept(equals.right());
        } else if (expression instanceof ConditionExpr.Combination combination) {
            combination.operands().forEach(o -> conditionValues(o, action));
        } else if (expression instanceof ConditionExpr.Not not) {
            conditionValues(not.operand(), action);
        }
    }

    private static void arguments(Intrinsic<?> fn, Consumer<Value<?>> action) {
        if (fn instanceof Computed.Sub sub) {
            sub.variables().values().forEach(action);
        } else if (fn instanceof Computed.Join join) {
            action.accept(join.list());
        } else if (fn instanceof Computed.Select<?> select) {
            action.accept(select.index());
            action.accept(select.list());
        } else if (fn instanceof Computed.Split split) {
            action.accept(split.source());
        } else if (fn instanceof Computed.If<?> iff) {
            action.accept(iff.whenTrue());
            action.accept(iff.whenFalse());
        } else if (fn instanceof Intrinsic.ImportValue importValue) {
            action.accept(importValue.exportName());
        } else if (fn instanceof Computed.Base64 base64) {
            action.accept(base64.source());
        } else if (fn instanceof Computed.GetAZs getAZs) {
            action.accept(getAZs.region());
        } else if (fn instanceof Computed.Cidr cidr) {
            action.accept(cidr.ipBlock());
            action.accept(cidr.count());
            action.accept(cidr.cidrBits());
        } else if (fn instanceof Intrinsic.FindInMap<?> find) {
            action.accept(find.topLevelKey());
            action.accept(find.secondLevelKey());
        }
    }
}
