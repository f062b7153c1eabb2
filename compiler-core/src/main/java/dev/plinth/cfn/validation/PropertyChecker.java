package dev.plinth.cfn.validation;

import dev.plinth.cfn.Computed;
import dev.plinth.cfn.Intrinsic;
import dev.plinth.cfn.ListValue;
import dev.plinth.cfn.Literal;
import dev.plinth.cfn.ObjectValue;
import dev.plinth.cfn.PropertyObject;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.spec.PropertySpec;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.ResourceTypeSpec;
import dev.plinth.cfn.spec.Shape;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks property values against the specification: names, required properties, shapes, primitives. */
final class PropertyChecker {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final ResourceSpecification spec;

    PropertyChecker(ResourceSpecification spec) {
        this.spec = spec;
    }

    void checkResource(String path, ResourceTypeSpec type, Map<String, Value<?>> properties, Diagnostics out) {
        checkObject(path, type, type.properties(), properties, type.name(), out);
    }

    private void checkObject(
            String path,
            ResourceTypeSpec type,
            Map<String, PropertySpec> known,
            Map<String, Value<?>> values,
            String owner,
            Diagnostics out) {
        values.forEach((name, value) -> {
            PropertySpec property = known.get(name);
            if (property == null) {
                out.report(
                        TemplateCode.UNKNOWN_PROPERTY,
                        path + "/" + name,
                        owner + " has no property '" + name + "'",
                        Suggestions.useClosest(
                                name, known.keySet(), "remove it; " + owner + " has " + list(known.keySet())));
            } else {
                checkValue(path + "/" + name, type, property.shape(), value, out);
            }
        });
        known.values().stream()
                .filter(p -> p.required() && !values.containsKey(p.name()))
                .forEach(p -> out.report(
                        TemplateCode.MISSING_REQUIRED_PROPERTY,
                        path + "/" + p.name(),
                        owner + " requires '" + p.name() + "' (" + p.shape().describe() + ")",
                        "set " + p.name()));
    }

    void checkValue(String path, ResourceTypeSpec type, Shape expected, Value<?> value, Diagnostics out) {
        if (value instanceof Intrinsic.PseudoRef<?> pseudo && pseudo.name().equals("AWS::NoValue")) {
            return;
        }
        if (value instanceof Computed.If<?> iff) {
            checkValue(path + "/Fn::If[1]", type, expected, iff.whenTrue(), out);
            checkValue(path + "/Fn::If[2]", type, expected, iff.whenFalse(), out);
            return;
        }
        if (expected instanceof Shape.UnionShape union) {
            checkUnion(path, type, union, value, out);
            return;
        }
        ValueKind kind = ValueKind.of(value, spec);
        if (expected instanceof Shape.PrimitiveShape primitive) {
            checkPrimitive(path, primitive.kind(), expected, value, kind, out);
        } else if (expected instanceof Shape.ListShape listShape) {
            if (value instanceof ListValue<?> listValue) {
                Shape element = listShape.element();
                List<Value<?>> items = listValue.items();
                for (int i = 0; i < items.size(); i++) {
                    checkValue(path + "[" + i + "]", type, element, items.get(i), out);
                }
            } else if (!kind.mayBeList()) {
                wrongShape(
                        path,
                        expected,
                        kind,
                        "give a list (Value.list(…), or a function that yields one such as Fn::Split)",
                        out);
            }
        } else if (expected instanceof Shape.MapShape mapShape) {
            if (value instanceof ObjectValue<?> object) {
                Shape element = mapShape.element();
                object.entries().forEach((k, v) -> checkValue(path + "/" + k, type, element, v, out));
            } else if (kind != ValueKind.ANY_FUNCTION) {
                wrongShape(path, expected, kind, "give an object of key-value pairs (Value.map(…))", out);
            }
        } else {
            checkPropertyType(path, type, (Shape.RefShape) expected, value, kind, out);
        }
    }

    private void checkUnion(
            String path, ResourceTypeSpec type, Shape.UnionShape union, Value<?> value, Diagnostics out) {
        for (Shape member : union.members()) {
            Diagnostics trial = new Diagnostics();
            checkValue(path, type, member, value, trial);
            if (trial.size() == 0) {
                return;
            }
        }
        wrongShape(path, union, ValueKind.of(value, spec), "give " + union.describe(), out);
    }

    private void checkPrimitive(
            String path, Shape.Primitive primitive, Shape expected, Value<?> value, ValueKind kind, Diagnostics out) {
        switch (primitive) {
            case JSON:
                return;
            case TAG:
                if (value instanceof Tag || kind == ValueKind.ANY_FUNCTION) {
                    return;
                }
                if (value instanceof ObjectValue<?> object) {
                    Map<String, Value<?>> entries = object.entries();
                    if (entries.containsKey("Key") && entries.containsKey("Value") && entries.size() == 2) {
                        return;
                    }
                }
                wrongShape(path, expected, kind, "give a tag (Tag.of(key, value))", out);
                return;
            default:
                if (!kind.mayBeScalar()) {
                    wrongShape(
                            path,
                            expected,
                            kind,
                            kind.mayBeList()
                                    ? "give one value (Fn::Select picks one from a list, Fn::Join makes one string)"
                                    : "give " + expected.describe(),
                            out);
                } else if (value instanceof Literal<?> literal) {
                    checkLiteral(path, primitive, literal.value(), out);
                }
        }
    }

    private static void checkLiteral(String path, Shape.Primitive primitive, Object literal, Diagnostics out) {
        boolean ok;
        switch (primitive) {
            case INTEGER:
                ok = literal instanceof Long
                        || (literal instanceof Double number && number == Math.rint(number))
                        || (literal instanceof String text
                                && INTEGER.matcher(text).matches());
                break;
            case NUMBER:
                ok = literal instanceof Long
                        || literal instanceof Double
                        || (literal instanceof String text
                                && NUMBER.matcher(text).matches());
                break;
            case BOOLEAN:
                ok = literal instanceof Boolean
                        || (literal instanceof String text
                                && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)));
                break;
            default:
                ok = true;
        }
        if (!ok) {
            String got = literal instanceof String
                    ? "the text \"" + literal + "\""
                    : literal instanceof Boolean ? "the boolean " + literal : "the number " + literal;
            out.report(
                    TemplateCode.WRONG_PRIMITIVE_TYPE,
                    path,
                    "wants " + Shape.primitive(primitive).describe() + ", got " + got,
                    "give " + Shape.primitive(primitive).describe());
        }
    }

    private void checkPropertyType(
            String path,
            ResourceTypeSpec type,
            Shape.RefShape expected,
            Value<?> value,
            ValueKind kind,
            Diagnostics out) {
        Map<String, PropertySpec> known = type.propertyType(expected.typeName());
        if (known.isEmpty() || kind == ValueKind.ANY_FUNCTION) {
            return;
        }
        if (value instanceof PropertyObject<?> object) {
            if (!object.specType().equals(expected.typeName())) {
                out.report(
                        TemplateCode.WRONG_SHAPE,
                        path,
                        "wants " + expected.describe() + ", got an object of type " + object.specType(),
                        "give " + article(expected.typeName()) + " " + expected.typeName() + " object");
                return;
            }
            checkObject(path, type, known, object.properties(), expected.typeName(), out);
        } else if (value instanceof ObjectValue<?> object) {
            checkObject(path, type, known, object.entries(), expected.typeName(), out);
        } else {
            wrongShape(
                    path,
                    expected,
                    kind,
                    "give " + article(expected.typeName()) + " " + expected.typeName() + " object",
                    out);
        }
    }

    private static String article(String word) {
        return !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static void wrongShape(String path, Shape expected, ValueKind got, String fix, Diagnostics out) {
        out.report(TemplateCode.WRONG_SHAPE, path, "wants " + expected.describe() + ", got " + got.description(), fix);
    }

    private static String list(Collection<String> names) {
        if (names.isEmpty()) {
            return "no properties";
        }
        return names.size() <= 8
                ? String.join(", ", names)
                : String.join(", ", List.copyOf(names).subList(0, 8)) + ", …";
    }
}
