package dev.plinth.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.plinth.cfn.spec.PropertySpec;
import dev.plinth.cfn.spec.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The setters of one property, by shape. Each takes a {@code Value} of the right type (a literal
 * or an intrinsic), plus overloads for plain Java values; a list property also takes varargs.
 */
final class Setters {
    static final ClassName VALUE = ClassName.get("dev.plinth.cfn", "Value");
    static final ClassName TAG = ClassName.get("dev.plinth.cfn", "Tag");
    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName NUMBER = ClassName.get(Number.class);
    private static final ClassName BOOLEAN = ClassName.get(Boolean.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final TypeName ANY = WildcardTypeName.subtypeOf(Object.class);

    private final ClassName outer;
    private final TypeName builder;

    /** {@code outer} holds the property-type classes; {@code builder} is what setters return. */
    Setters(ClassName outer, TypeName builder) {
        this.outer = outer;
        this.builder = builder;
    }

    List<MethodSpec> of(PropertySpec property, String javaName, String owner) {
        String name = property.name();
        String doc = "{@code " + name + "}: " + property.shape().describe()
                + (property.required() ? ", required" : "")
                + (property.replacement() == PropertySpec.Replacement.ALWAYS
                        ? "; changing it replaces the " + owner
                        : property.replacement() == PropertySpec.Replacement.CONDITIONAL
                                ? "; changing it may replace the " + owner
                                : "")
                + ".\n";
        List<MethodSpec> methods = new ArrayList<>();
        Shape shape = property.shape();
        if (shape instanceof Shape.PrimitiveShape primitiveShape) {
            primitive(methods, javaName, name, primitiveShape.kind());
        } else if (shape instanceof Shape.RefShape ref) {
            methods.add(setter(javaName, valueOf(propertyClass(ref)), name, "value"));
        } else if (shape instanceof Shape.ListShape listShape) {
            list(methods, javaName, name, listShape.element());
        } else if (shape instanceof Shape.MapShape) {
            methods.add(setter(
                    javaName,
                    ParameterizedTypeName.get(
                            VALUE, WildcardTypeName.subtypeOf(ParameterizedTypeName.get(MAP, STRING, ANY))),
                    name,
                    "value"));
            methods.add(
                    converting(javaName, ParameterizedTypeName.get(MAP, STRING, ANY), name, "$T.json(value)", VALUE));
        } else {
            methods.add(setter(javaName, ParameterizedTypeName.get(VALUE, ANY), name, "value"));
            Set<TypeName> taken = new HashSet<>();
            for (Shape member : ((Shape.UnionShape) shape).members()) {
                if (member instanceof Shape.PrimitiveShape primitive) {
                    MethodSpec plain = plainOverload(javaName, name, primitive.kind());
                    if (plain != null && taken.add(plain.parameters().get(0).type())) {
                        methods.add(plain);
                    }
                }
            }
        }
        List<MethodSpec> documented = new ArrayList<>();
        for (MethodSpec method : methods) {
            documented.add(method.toBuilder().addJavadoc(doc).build());
        }
        return documented;
    }

    private void primitive(List<MethodSpec> methods, String javaName, String name, Shape.Primitive kind) {
        switch (kind) {
            case STRING:
            case DATE_TIME:
                methods.add(setter(javaName, valueOf(STRING), name, "value"));
                break;
            case INTEGER:
            case NUMBER:
                methods.add(setter(
                        javaName, ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(NUMBER)), name, "value"));
                break;
            case BOOLEAN:
                methods.add(setter(javaName, valueOf(BOOLEAN), name, "value"));
                break;
            case TAG:
                methods.add(setter(javaName, valueOf(TAG), name, "value"));
                return;
            default:
                methods.add(setter(javaName, ParameterizedTypeName.get(VALUE, ANY), name, "value"));
        }
        MethodSpec plain = plainOverload(javaName, name, kind);
        if (plain != null) {
            methods.add(plain);
        }
    }

    /** The overload for a plain Java value: String, long, double, boolean or a JSON-like map. */
    private MethodSpec plainOverload(String javaName, String name, Shape.Primitive kind) {
        switch (kind) {
            case STRING:
            case DATE_TIME:
                return converting(javaName, STRING, name, "$T.of(value)", VALUE);
            case INTEGER:
                return converting(javaName, TypeName.LONG, name, "$T.of(value)", VALUE);
            case NUMBER:
                return converting(javaName, TypeName.DOUBLE, name, "$T.of(value)", VALUE);
            case BOOLEAN:
                return converting(javaName, TypeName.BOOLEAN, name, "$T.of(value)", VALUE);
            case JSON:
                return converting(javaName, ParameterizedTypeName.get(MAP, STRING, ANY), name, "$T.json(value)", VALUE);
            default:
                return null;
        }
    }

    private void list(List<MethodSpec> methods, String javaName, String name, Shape element) {
        TypeName item = itemType(element);
        if (item == null) {
            methods.add(setter(
                    javaName,
                    ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(ParameterizedTypeName.get(LIST, ANY))),
                    name,
                    "value"));
            methods.add(converting(javaName, ParameterizedTypeName.get(LIST, ANY), name, "$T.json(value)", VALUE));
            return;
        }
        TypeName boxed = item.isPrimitive()
                ? (item.equals(TypeName.LONG) || item.equals(TypeName.DOUBLE) ? NUMBER : BOOLEAN)
                : item;
        TypeName valueOfItem = item.isPrimitive() && !item.equals(TypeName.BOOLEAN)
                ? ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(NUMBER))
                : ParameterizedTypeName.get(VALUE, boxed);
        methods.add(setter(
                javaName,
                ParameterizedTypeName.get(VALUE, WildcardTypeName.subtypeOf(ParameterizedTypeName.get(LIST, boxed))),
                name,
                "value"));
        methods.add(converting(
                javaName,
                ParameterizedTypeName.get(LIST, WildcardTypeName.subtypeOf(valueOfItem)),
                name,
                "$T.json(value)",
                VALUE));
        MethodSpec.Builder varargs = MethodSpec.methodBuilder(javaName)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ArrayTypeName.of(item), "items")
                .varargs();
        if (item.isPrimitive() || item.equals(STRING)) {
            varargs.addStatement("$T<$T> values = new $T<>()", LIST, ANY_OBJECT, ClassName.get(ArrayList.class))
                    .beginControlFlow("for ($T item : items)", item)
                    .addStatement("values.add(item)")
                    .endControlFlow()
                    .addStatement("return set($S, $T.json(values))", name, VALUE);
        } else {
            varargs.addStatement("return set($S, $T.json($T.asList(items)))", name, VALUE, ClassName.get(Arrays.class));
        }
        methods.add(varargs.build());
        if (item.isPrimitive() || item.equals(STRING)) {
            methods.add(MethodSpec.methodBuilder(javaName)
                    .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                    .addAnnotation(SafeVarargs.class)
                    .returns(builder)
                    .addParameter(ArrayTypeName.of(valueOfItem), "items")
                    .varargs()
                    .addStatement("return set($S, $T.json($T.asList(items)))", name, VALUE, ClassName.get(Arrays.class))
                    .build());
        }
    }

    private static final ClassName ANY_OBJECT = ClassName.get(Object.class);

    /** The Java type of one list item, or null when the item is too free-form for a typed overload. */
    private TypeName itemType(Shape element) {
        if (element instanceof Shape.RefShape ref) {
            return propertyClass(ref);
        }
        if (element instanceof Shape.PrimitiveShape primitive) {
            switch (primitive.kind()) {
                case STRING:
                case DATE_TIME:
                    return STRING;
                case INTEGER:
                    return TypeName.LONG;
                case NUMBER:
                    return TypeName.DOUBLE;
                case BOOLEAN:
                    return TypeName.BOOLEAN;
                case TAG:
                    return TAG;
                default:
                    return null;
            }
        }
        return null;
    }

    ClassName propertyClass(Shape.RefShape shape) {
        return outer.nestedClass(ResourceClassGenerator.propertyClassName(shape.typeName()));
    }

    private static TypeName valueOf(TypeName type) {
        return ParameterizedTypeName.get(VALUE, type);
    }

    private MethodSpec setter(String javaName, TypeName type, String name, String parameter) {
        return MethodSpec.methodBuilder(javaName)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, parameter)
                .addStatement("return set($S, $N)", name, parameter)
                .build();
    }

    private MethodSpec converting(String javaName, TypeName type, String name, String conversion, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        return MethodSpec.methodBuilder(javaName)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, "value")
                .addStatement("return set($S, " + conversion + ")", all)
                .build();
    }
}
