package dev.plinth.cfn.validation;

import com.google.common.graph.MutableGraph;
import dev.plinth.cfn.Computed;
import dev.plinth.cfn.Condition;
import dev.plinth.cfn.ConditionExpr;
import dev.plinth.cfn.Intrinsic;
import dev.plinth.cfn.ListValue;
import dev.plinth.cfn.Literal;
import dev.plinth.cfn.Mapping;
import dev.plinth.cfn.ObjectValue;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.PropertyObject;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every reference (Ref, GetAtt, Sub placeholders, Fn::If conditions, FindInMap
 * mappings) points at something in the template, and records the dependencies between
 * resources for the cycle check.
 */
final class ReferenceChecker {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final Template template;
    private final ResourceSpecification spec;
    private final Diagnostics out;
    private final MutableGraph<String> dependencies;

    ReferenceChecker(
            Template template, ResourceSpecification spec, Diagnostics out, MutableGraph<String> dependencies) {
        this.template = template;
        this.spec = spec;
        this.out = out;
        this.dependencies = dependencies;
    }

    /** Walks a value found under {@code path}; {@code from} is the resource it belongs to, if any. */
    void walk(String path, Value<?> value, Optional<String> from) {
        if (value instanceof Literal) {
            return;
        }
        if (value instanceof ListValue<?> list) {
            List<Value<?>> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                walk(path + "[" + i + "]", items.get(i), from);
            }
        } else if (value instanceof ObjectValue<?> object) {
            object.entries().forEach((k, v) -> walk(path + "/" + k, v, from));
        } else if (value instanceof PropertyObject<?> object) {
            object.properties().forEach((k, v) -> walk(path + "/" + k, v, from));
        } else if (value instanceof Tag tag) {
            walk(path + "/Value", tag.value(), from);
        } else {
            intrinsic(path, (Intrinsic<?>) value, from);
        }
    }

    private void intrinsic(String path, Intrinsic<?> fn, Optional<String> from) {
        String at = path + "/" + fn.functionName();
        if (fn instanceof Intrinsic.Ref<?> ref) {
            Object target = ref.target();
            Optional<String> id = template.logicalIdOf(target);
            if (id.isEmpty()
                    && target instanceof Resource resource
                    && template.importOf(resource, Optional.empty()).isPresent()) {
                return;
            }
            if (id.isEmpty()) {
                out.report(
                        TemplateCode.REF_TARGET_MISSING,
                        at,
                        "Ref to " + describe(target) + " that is not in this template",
                        "add it to the template, or refer to something that is");
            } else if (target instanceof Resource) {
                dependOn(from, id.get());
            }
        } else if (fn instanceof Intrinsic.GetAtt<?> getAtt) {
            getAtt(at, getAtt, from);
        } else if (fn instanceof Computed.Sub sub) {
            sub(at, sub, from);
        } else if (fn instanceof Computed.Join join) {
            walk(at, join.list(), from);
        } else if (fn instanceof Computed.Select<?> select) {
            walk(at + "[0]", select.index(), from);
            walk(at + "[1]", select.list(), from);
        } else if (fn instanceof Computed.Split split) {
            walk(at, split.source(), from);
        } else if (fn instanceof Computed.If<?> iff) {
            condition(at, iff.condition());
            walk(at + "[1]", iff.whenTrue(), from);
            walk(at + "[2]", iff.whenFalse(), from);
        } else if (fn instanceof Intrinsic.ImportValue importValue) {
            walk(at, importValue.exportName(), from);
        } else if (fn instanceof Computed.Base64 base64) {
            walk(at, base64.source(), from);
        } else if (fn instanceof Computed.GetAZs getAZs) {
            walk(at, getAZs.region(), from);
        } else if (fn instanceof Computed.Cidr cidr) {
            walk(at + "[0]", cidr.ipBlock(), from);
            walk(at + "[1]", cidr.count(), from);
            walk(at + "[2]", cidr.cidrBits(), from);
        } else if (fn instanceof Intrinsic.FindInMap<?> find) {
            findInMap(at, find, from);
        }
    }

    private void getAtt(String at, Intrinsic.GetAtt<?> getAtt, Optional<String> from) {
        Optional<String> id = template.logicalIdOf(getAtt.target());
        if (id.isEmpty()
                && template.importOf(getAtt.target(), Optional.of(getAtt.attribute()))
                        .isPresent()) {
            return;
        }
        if (id.isEmpty()) {
            out.report(
                    TemplateCode.GETATT_TARGET_MISSING,
                    at,
                    "GetAtt " + getAtt.attribute() + " of " + describe(getAtt.target())
                            + " that is not in this template",
                    "add the resource to the template, or read the attribute of one that is");
            return;
        }
        dependOn(from, id.get());
        checkAttribute(at, id.get(), getAtt.target().type(), getAtt.attribute());
    }

    private void checkAttribute(String at, String resourceId, String type, String attribute) {
        Optional<ResourceTypeSpec> typeSpec = spec.resourceType(type);
        if (typeSpec.isPresent() && !typeSpec.get().attributes().containsKey(attribute)) {
            Map<String, ?> attributes = typeSpec.get().attributes();
            out.report(
                    TemplateCode.UNKNOWN_ATTRIBUTE,
                    at,
                    type + " (" + resourceId + ") has no attribute '" + attribute + "'",
                    Suggestions.useClosest(
                            attribute,
                            attributes.keySet(),
                            attributes.isEmpty()
                                    ? "use Ref; " + type + " has no attributes"
                                    : "use one of " + String.join(", ", attributes.keySet())));
        }
    }

    private void sub(String at, Computed.Sub sub, Optional<String> from) {
        sub.variables().forEach((name, value) -> walk(at + "/" + name, value, from));
        Matcher matcher = PLACEHOLDER.matcher(sub.template());
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            if (name.startsWith("!") || sub.variables().containsKey(name) || Pseudo.isPseudoParameter(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            String head = dot < 0 ? name : name.substring(0, dot);
            Resource resource = template.resources().get(head);
            if (dot < 0 && (resource != null || template.parameters().containsKey(name))) {
                if (resource != null) {
                    dependOn(from, head);
                }
            } else if (dot > 0 && resource != null) {
                dependOn(from, head);
                checkAttribute(at, head, resource.type(), name.substring(dot + 1));
            } else {
                List<String> known = new ArrayList<>(sub.variables().keySet());
                known.addAll(template.parameters().keySet());
                known.addAll(template.resources().keySet());
                out.report(
                        TemplateCode.UNKNOWN_SUB_PLACEHOLDER,
                        at,
                        "${" + name + "} names no variable of this Fn::Sub, parameter, resource or pseudo parameter",
                        Suggestions.useClosest(
                                name,
                                known,
                                "add a variable named " + name + " to the Fn::Sub, or write ${!" + name
                                        + "} for the literal text"));
            }
        }
    }

    private void findInMap(String at, Intrinsic.FindInMap<?> find, Optional<String> from) {
        Mapping mapping = find.mapping();
        Optional<String> id = template.logicalIdOf(mapping);
        if (id.isEmpty()) {
            out.report(
                    TemplateCode.MAPPING_MISSING,
                    at,
                    "Fn::FindInMap reads a mapping that is not in this template",
                    "add the mapping to the template");
        } else if (find.topLevelKey() instanceof Literal<?> topKey
                && find.secondLevelKey() instanceof Literal<?> secondKey) {
            String top = String.valueOf(topKey.value());
            String second = String.valueOf(secondKey.value());
            if (mapping.entries().get(top) == null
                    || !mapping.entries().get(top).containsKey(second)) {
                out.report(
                        TemplateCode.MAPPING_MISSING,
                        at,
                        "mapping " + id.get() + " has no entry " + top + "/" + second,
                        "add the entry to the mapping, or use a key it has");
            }
        }
        walk(at + "[1]", find.topLevelKey(), from);
        walk(at + "[2]", find.secondLevelKey(), from);
    }

    void condition(String at, Condition condition) {
        if (template.logicalIdOf(condition).isEmpty()) {
            out.report(
                    TemplateCode.CONDITION_MISSING,
                    at,
                    "uses a condition that is not in this template",
                    "add the condition to the template's conditions");
        }
    }

    void conditionExpression(String at, ConditionExpr expression) {
        if (expression instanceof ConditionExpr.Equals equals) {
            walk(at + "/Fn::Equals[0]", equals.left(), Optional.empty());
            walk(at + "/Fn::Equals[1]", equals.right(), Optional.empty());
        } else if (expression instanceof ConditionExpr.Combination combination) {
            for (int i = 0; i < combination.operands().size(); i++) {
                conditionExpression(
                        at + "/" + combination.functionName() + "[" + i + "]",
                        combination.operands().get(i));
            }
        } else if (expression instanceof ConditionExpr.Not not) {
            conditionExpression(at + "/Fn::Not", not.operand());
        } else {
            condition(at + "/Condition", ((ConditionExpr.Reference) expression).condition());
        }
    }

    void dependsOn(String at, Resource target, String from) {
        if (template.isElsewhere(target)) {
            return;
        }
        Optional<String> id = template.logicalIdOf(target);
        if (id.isEmpty()) {
            out.report(
                    TemplateCode.DEPENDS_ON_TARGET_MISSING,
                    at,
                    "depends on " + describe(target) + " that is not in this template",
                    "add the resource to the template, or remove it from DependsOn");
        } else {
            dependOn(Optional.of(from), id.get());
        }
    }

    private void dependOn(Optional<String> from, String to) {
        from.ifPresent(f -> dependencies.putEdge(f, to));
    }

    private static String describe(Object target) {
        if (target instanceof Resource resource) {
            return "a resource of type " + resource.type();
        }
        if (target instanceof Parameter<?> parameter) {
            return "a parameter of type " + parameter.type().name();
        }
        return "a " + target.getClass().getSimpleName();
    }
}
