package dev.plinth.cfn.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.cfn.Computed;
import dev.plinth.cfn.Condition;
import dev.plinth.cfn.ConditionExpr;
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
import java.util.Locale;
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
            resource.dependsOn().stream()
                    .filter(r -> !template.isElsewhere(r))
                    .map(this::id)
                    .distinct()
                    .sorted()
                    .forEach(dependsOn::add);
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
        if (value instanceof Literal<?> literalValue) {
            Object literal = literalValue.value();
            if (literal instanceof String text) {
                return NODES.textNode(text);
            }
            if (literal instanceof Boolean bool) {
                return NODES.booleanNode(bool);
            }
            if (literal instanceof Long number) {
                return NODES.numberNode(number);
            }
            return NODES.numberNode((Double) literal);
        }
        if (value instanceof ListValue<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.items().forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof ObjectValue<?> object) {
            return object(object.entries(), false);
        }
        if (value instanceof PropertyObject<?> object) {
            return object(object.properties(), true);
        }
        if (value instanceof Tag tag) {
            ObjectNode node = NODES.objectNode();
            node.put("Key", tag.key());
            node.set("Value", value(tag.value()));
            return node;
        }
        return intrinsic((Intrinsic<?>) value);
    }

    private JsonNode intrinsic(Intrinsic<?> fn) {
        ObjectNode node = NODES.objectNode();
        String name = fn.functionName();
        if (fn instanceof Intrinsic.Ref<?> ref) {
            Object target = ref.target();
            node.put(
                    name, target instanceof Resource resource ? resourceValue(resource, Optional.empty()) : id(target));
        } else if (fn instanceof Intrinsic.PseudoRef<?> pseudo) {
            node.put(name, pseudo.name());
        } else if (fn instanceof Intrinsic.GetAtt<?> getAtt) {
            Optional<Parameter<?>> imported =
                    template.logicalIdOf(getAtt.target()).isPresent()
                            ? Optional.empty()
                            : template.importOf(getAtt.target(), Optional.of(getAtt.attribute()));
            if (imported.isPresent()) {
                node.put("Ref", id(imported.get()));
            } else {
                node.putArray(name).add(id(getAtt.target())).add(getAtt.attribute());
            }
        } else if (fn instanceof Computed.Sub sub) {
            if (sub.variables().isEmpty()) {
                node.put(name, sub.template());
            } else {
                node.putArray(name).add(sub.template()).add(object(sub.variables(), true));
            }
        } else if (fn instanceof Computed.Join join) {
            node.putArray(name).add(join.delimiter()).add(value(join.list()));
        } else if (fn instanceof Computed.Select<?> select) {
            node.putArray(name).add(value(select.index())).add(value(select.list()));
        } else if (fn instanceof Computed.Split split) {
            node.putArray(name).add(split.delimiter()).add(value(split.source()));
        } else if (fn instanceof Computed.If<?> iff) {
            node.putArray(name)
                    .add(id(iff.condition()))
                    .add(value(iff.whenTrue()))
                    .add(value(iff.whenFalse()));
        } else if (fn instanceof Intrinsic.ImportValue importValue) {
            node.set(name, value(importValue.exportName()));
        } else if (fn instanceof Computed.Base64 base64) {
            node.set(name, value(base64.source()));
        } else if (fn instanceof Computed.GetAZs getAZs) {
            node.set(name, value(getAZs.region()));
        } else if (fn instanceof Computed.Cidr cidr) {
            node.putArray(name)
                    .add(value(cidr.ipBlock()))
                    .add(value(cidr.count()))
                    .add(value(cidr.cidrBits()));
        } else if (fn instanceof Intrinsic.FindInMap<?> find) {
            node.putArray(name)
                    .add(id(find.mapping()))
                    .add(value(find.topLevelKey()))
                    .add(value(find.secondLevelKey()));
        } else {
            throw new IllegalStateException("No rendering for " + fn.getClass().getName());
        }
        return node;
    }

    private JsonNode condition(ConditionExpr expression) {
        ObjectNode node = NODES.objectNode();
        if (expression instanceof ConditionExpr.Equals equals) {
            node.putArray("Fn::Equals").add(value(equals.left())).add(value(equals.right()));
        } else if (expression instanceof ConditionExpr.Combination combination) {
            ArrayNode operands = node.putArray(combination.functionName());
            combination.operands().forEach(o -> operands.add(condition(o)));
        } else if (expression instanceof ConditionExpr.Not not) {
            node.putArray("Fn::Not").add(condition(not.operand()));
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
            if (element instanceof Resource resource) {
                return "a resource of type " + resource.type();
            }
            if (element instanceof Condition) {
                return "a condition";
            }
            return "a " + element.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        }
    }
}
