package dev.plinth.cfn;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Walks the values of a template, for passes that look for references. */
public final class Values {
  private Values() {}

  /** Every intrinsic function inside a value, outermost first, function arguments included. */
  public static void forEachIntrinsic(Value<?> value, Consumer<Intrinsic<?>> action) {
    if (value instanceof ListValue) {
      ((ListValue<?>) value).items().forEach(v -> forEachIntrinsic(v, action));
    } else if (value instanceof ObjectValue) {
      ((ObjectValue<?>) value).entries().values().forEach(v -> forEachIntrinsic(v, action));
    } else if (value instanceof PropertyObject) {
      ((PropertyObject<?>) value).properties().values().forEach(v -> forEachIntrinsic(v, action));
    } else if (value instanceof Tag) {
      forEachIntrinsic(((Tag) value).value(), action);
    } else if (value instanceof Intrinsic) {
      action.accept((Intrinsic<?>) value);
      arguments((Intrinsic<?>) value, v -> forEachIntrinsic(v, action));
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
    template.conditions().values().forEach(c -> conditionValues(c.expression(), v -> action.accept(Optional.empty(), v)));
  }

  private static void conditionValues(ConditionExpr expression, Consumer<Value<?>> action) {
    if (expression instanceof ConditionExpr.Equals) {
      action.accept(((ConditionExpr.Equals) expression).left());
      action.accept(((ConditionExpr.Equals) expression).right());
    } else if (expression instanceof ConditionExpr.Combination) {
      ((ConditionExpr.Combination) expression).operands().forEach(o -> conditionValues(o, action));
    } else if (expression instanceof ConditionExpr.Not) {
      conditionValues(((ConditionExpr.Not) expression).operand(), action);
    }
  }

  private static void arguments(Intrinsic<?> fn, Consumer<Value<?>> action) {
    if (fn instanceof Computed.Sub) {
      ((Computed.Sub) fn).variables().values().forEach(action);
    } else if (fn instanceof Computed.Join) {
      action.accept(((Computed.Join) fn).list());
    } else if (fn instanceof Computed.Select) {
      action.accept(((Computed.Select<?>) fn).index());
      action.accept(((Computed.Select<?>) fn).list());
    } else if (fn instanceof Computed.Split) {
      action.accept(((Computed.Split) fn).source());
    } else if (fn instanceof Computed.If) {
      action.accept(((Computed.If<?>) fn).whenTrue());
      action.accept(((Computed.If<?>) fn).whenFalse());
    } else if (fn instanceof Intrinsic.ImportValue) {
      action.accept(((Intrinsic.ImportValue) fn).exportName());
    } else if (fn instanceof Computed.Base64) {
      action.accept(((Computed.Base64) fn).source());
    } else if (fn instanceof Computed.GetAZs) {
      action.accept(((Computed.GetAZs) fn).region());
    } else if (fn instanceof Computed.Cidr) {
      action.accept(((Computed.Cidr) fn).ipBlock());
      action.accept(((Computed.Cidr) fn).count());
      action.accept(((Computed.Cidr) fn).cidrBits());
    } else if (fn instanceof Intrinsic.FindInMap) {
      action.accept(((Intrinsic.FindInMap<?>) fn).topLevelKey());
      action.accept(((Intrinsic.FindInMap<?>) fn).secondLevelKey());
    }
  }
}
