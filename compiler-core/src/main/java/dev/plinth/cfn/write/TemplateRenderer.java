package dev.plinth.cfn.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.cfn.Condition;
import dev.plinth.cfn.ConditionExpr;
import dev.plinth.cfn.Computed;
import dev.plinth.cfn.Intrinsic;
import dev.plinth.cfn.ListValue;
import dev.plinth.cfn.Literal;
import dev.plinth.cfn.Mapping;
import dev.plinth.cfn.ObjectValue;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.PropertyObject;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a template into a JSON tree: sections in CloudFormation's order, elements sorted by
 * logical id, resource and property-type properties sorted by name, free objects (JSON
 * properties such as policies) in their own order, and references resolved to logical ids.
 */
final class TemplateRenderer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Template template;

  TemplateRenderer(Template template) {
    this.template = template;
  }

  ObjectNode render() {
    ObjectNode root = NODES.objectNode();
    root.put("AWSTemplateFormatVersion", "2010-09-09");
    template.description().ifPresent(d -> root.put("Description", d));
    if (!template.metadata().isEmpty()) {
      root.set("Metadata", object(template.metadata(), false));
    }
    if (!template.transforms().isEmpty()) {
      ArrayNode transforms = NODES.arrayNode();
      template.transforms().forEach(transforms::add);
      root.set("Transform", transforms.size() == 1 ? transforms.get(0) : transforms);
    }
    section(root, "Parameters", template.parameters(), this::parameter);
    section(root, "Mappings", template.mappings(), this::mapping);
    section(root, "Conditions", template.conditions(), c -> condition(c.expression()));
    section(root, "Resources", template.resources(), this::resource);
    section(root, "Outputs", template.outputs(), this::output);
    return root;
  }

  private interface ElementRenderer<T> {
    JsonNode render(T element);
  }

  private <T> void section(ObjectNode root, String name, Map<String, T> elements, ElementRenderer<T> renderer) {
    if (elements.isEmpty()) {
      return;
    }
    ObjectNode node = NODES.objectNode();
    new TreeMap<>(elements).forEach((id, element) -> node.set(id, renderer.render(element)));
    root.set(name, node);
  }

  private JsonNode parameter(Parameter<?> parameter) {
    ObjectNode node = NODES.objectNode();
    node.put("Type", parameter.type().name());
    parameter.description().ifPresent(d -> node.put("Description", d));
    parameter.defaultValue().ifPresent(d -> node.put("Default", d));
    if (!parameter.allowedValues().isEmpty()) {
      ArrayNode values = node.putArray("AllowedValues");
      parameter.allowedValues().forEach(values::add);
    }
    parameter.allowedPattern().ifPresent(p -> node.put("AllowedPattern", p));
    parameter.constraintDescription().ifPresent(c -> node.put("ConstraintDescription", c));
    parameter.minLength().ifPresent(n -> node.put("MinLength", n));
    parameter.maxLength().ifPresent(n -> node.put("MaxLength", n));
    parameter.minValue().ifPresent(n -> number(node, "MinValue", n));
    parameter.maxValue().ifPresent(n -> number(node, "MaxValue", n));
    if (parameter.noEcho()) {
      node.put("NoEcho", true);
    }
    return node;
  }

  private static void number(ObjectNode node, String field, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(field, (long) value);
    } else {
      node.put(field, value);
    }
  }

  private JsonNode mapping(Mapping mapping) {
    ObjectNode node = NODES.objectNode();
    new TreeMap<>(mapping.entries()).forEach((top, second) -> node.set(top, object(second, true)));
    return node;
  }

  private JsonNode resource(Resource resource) {
    ObjectNode node = NODES.objectNode();
    node.put("Type", resource.type());
    resource.condition().ifPresent(c -> node.put("Condition", id(c)));
    if (resource.dependsOn().stream().anyMatch(r -> !template.isElsewhere(r))) {
      ArrayNode dependsOn = NODES.arrayNode();
      resource.dependsOn().stream().filter(r -> !template.isElsewhere(r)).map(this::id).distinct().sorted().forEach(dependsOn::add);
      node.set("DependsOn", dependsOn.size() == 1 ? dependsOn.get(0) : dependsOn);
    }
    if (!resource.properties().isEmpty()) {
      node.set("Properties", object(resource.properties(), true));
    }
    if (!resource.metadata().isEmpty()) {
      node.set("Metadata", object(resource.metadata(), false));
    }
    resource.creationPolicy().ifPresent(p -> node.set("CreationPolicy", value(p)));
    resource.updatePolicy().ifPresent(p -> node.set("UpdatePolicy", value(p)));
    resource.deletionPolicy().ifPresent(p -> node.put("DeletionPolicy", p.templateName()));
    resource.updateReplacePolicy().ifPresent(p -> node.put("UpdateReplacePolicy", p.templateName()));
    return node;
  }

  private JsonNode output(Output output) {
    ObjectNode node = NODES.objectNode();
    output.description().ifPresent(d -> node.put("Description", d));
    node.set("Value", value(output.value()));
    output.exportName().ifPresent(e -> node.putObject("Export").set("Name", value(e)));
    output.condition().ifPresent(c -> node.put("Condition", id(c)));
    return node;
  }

  private ObjectNode object(Map<String, Value<?>> entries, boolean sorted) {
    ObjectNode node = NODES.objectNode();
    (sorted ? new TreeMap<>(entries) : entries).forEach((k, v) -> node.set(k, value(v)));
    return node;
  }

  JsonNode value(Value<?> value) {
    if (value instanceof Literal) {
      Object literal = ((Literal<?>) value).value();
      if (literal instanceof String) {
        return NODES.textNode((String) literal);
      }
      if (literal instanceof Boolean) {
        return NODES.booleanNode((Boolean) literal);
      }
      if (literal instanceof Long) {
        return NODES.numberNode((Long) literal);
      }
      return NODES.numberNode((Double) literal);
    }
    if (value instanceof ListValue) {
      ArrayNode array = NODES.arrayNode();
      ((ListValue<?>) value).items().forEach(item -> array.add(value(item)));
      return array;
    }
    if (value instanceof ObjectValue) {
      return object(((ObjectValue<?>) value).entries(), false);
    }
    if (value instanceof PropertyObject) {
      return object(((PropertyObject<?>) value).properties(), true);
    }
    if (value instanceof Tag) {
      ObjectNode tag = NODES.objectNode();
      tag.put("Key", ((Tag) value).key());
      tag.set("Value", value(((Tag) value).value()));
      return tag;
    }
    return intrinsic((Intrinsic<?>) value);
  }

  private JsonNode intrinsic(Intrinsic<?> fn) {
    ObjectNode node = NODES.objectNode();
    String name = fn.functionName();
    if (fn instanceof Intrinsic.Ref) {
      Object target = ((Intrinsic.Ref<?>) fn).target();
      node.put(name, target instanceof Resource ? resourceValue((Resource) target, Optional.empty()) : id(target));
    } else if (fn instanceof Intrinsic.PseudoRef) {
      node.put(name, ((Intrinsic.PseudoRef<?>) fn).name());
    } else if (fn instanceof Intrinsic.GetAtt) {
      Intrinsic.GetAtt<?> getAtt = (Intrinsic.GetAtt<?>) fn;
      Optional<Parameter<?>> imported = template.logicalIdOf(getAtt.target()).isPresent()
          ? Optional.empty() : template.importOf(getAtt.target(), Optional.of(getAtt.attribute()));
      if (imported.isPresent()) {
        node.put("Ref", id(imported.get()));
      } else {
        node.putArray(name).add(id(getAtt.target())).add(getAtt.attribute());
      }
    } else if (fn instanceof Computed.Sub) {
      Computed.Sub sub = (Computed.Sub) fn;
      if (sub.variables().isEmpty()) {
        node.put(name, sub.template());
      } else {
        node.putArray(name).add(sub.template()).add(object(sub.variables(), true));
      }
    } else if (fn instanceof Computed.Join) {
      Computed.Join join = (Computed.Join) fn;
      node.putArray(name).add(join.delimiter()).add(value(join.list()));
    } else if (fn instanceof Computed.Select) {
      Computed.Select<?> select = (Computed.Select<?>) fn;
      node.putArray(name).add(value(select.index())).add(value(select.list()));
    } else if (fn instanceof Computed.Split) {
      Computed.Split split = (Computed.Split) fn;
      node.putArray(name).add(split.delimiter()).add(value(split.source()));
    } else if (fn instanceof Computed.If) {
      Computed.If<?> iff = (Computed.If<?>) fn;
      node.putArray(name).add(id(iff.condition())).add(value(iff.whenTrue())).add(value(iff.whenFalse()));
    } else if (fn instanceof Intrinsic.ImportValue) {
      node.set(name, value(((Intrinsic.ImportValue) fn).exportName()));
    } else if (fn instanceof Computed.Base64) {
      node.set(name, value(((Computed.Base64) fn).source()));
    } else if (fn instanceof Computed.GetAZs) {
      node.set(name, value(((Computed.GetAZs) fn).region()));
    } else if (fn instanceof Computed.Cidr) {
      Computed.Cidr cidr = (Computed.Cidr) fn;
      node.putArray(name).add(value(cidr.ipBlock())).add(value(cidr.count())).add(value(cidr.cidrBits()));
    } else if (fn instanceof Intrinsic.FindInMap) {
      Intrinsic.FindInMap<?> find = (Intrinsic.FindInMap<?>) fn;
      node.putArray(name).add(id(find.mapping())).add(value(find.topLevelKey())).add(value(find.secondLevelKey()));
    } else {
      throw new IllegalStateException("No rendering for " + fn.getClass().getName());
    }
    return node;
  }

  private JsonNode condition(ConditionExpr expression) {
    ObjectNode node = NODES.objectNode();
    if (expression instanceof ConditionExpr.Equals) {
      ConditionExpr.Equals equals = (ConditionExpr.Equals) expression;
      node.putArray("Fn::Equals").add(value(equals.left())).add(value(equals.right()));
    } else if (expression instanceof ConditionExpr.Combination) {
      ConditionExpr.Combination combination = (ConditionExpr.Combination) expression;
      ArrayNode operands = node.putArray(combination.functionName());
      combination.operands().forEach(o -> operands.add(condition(o)));
    } else if (expression instanceof ConditionExpr.Not) {
      node.putArray("Fn::Not").add(condition(((ConditionExpr.Not) expression).operand()));
    } else {
      node.put("Condition", id(((ConditionExpr.Reference) expression).condition()));
    }
    return node;
  }

  /** The logical id of a resource of this template, or of the parameter importing it from another. */
  private String resourceValue(Resource resource, Optional<String> attribute) {
    if (template.logicalIdOf(resource).isPresent()) {
      return id(resource);
    }
    return template.importOf(resource, attribute).map(this::id).orElseGet(() -> id(resource));
  }

  private String id(Object element) {
    return template.logicalIdOf(element).orElseThrow(() -> new UnresolvedReferenceException(element));
  }

  /** A reference to an element that is not in the template; validation reports it first. */
  static final class UnresolvedReferenceException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    UnresolvedReferenceException(Object element) {
      super("A reference points at " + describe(element) + " that is not in this template; "
          + "run TemplateValidator to see every such problem");
    }

    private static String describe(Object element) {
      if (element instanceof Resource) {
        return "a resource of type " + ((Resource) element).type();
      }
      if (element instanceof Condition) {
        return "a condition";
      }
      return "a " + element.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
