package dev.plinth.cfn.validation;

import dev.plinth.cfn.Computed;
import dev.plinth.cfn.Intrinsic;
import dev.plinth.cfn.ListValue;
import dev.plinth.cfn.Literal;
import dev.plinth.cfn.ObjectValue;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.PropertyObject;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.Shape;
import java.util.Optional;

/** What a value is, as far as shape checks go: a literal, a list, an object, or what a function yields. */
enum ValueKind {
    LITERAL("a single value"),
    LIST("a list"),
    OBJECT("an object"),
    SCALAR_FUNCTION("a function that yields a single value"),
    LIST_FUNCTION("a function that yields a list"),
    ANY_FUNCTION("a function");

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    static ValueKind of(Value<?> value, ResourceSpecification spec) {
        if (value instanceof Literal) {
            return LITERAL;
        }
        if (value instanceof ListValue) {
            return LIST;
        }
        if (value instanceof ObjectValue || value instanceof PropertyObject || value instanceof Tag) {
            return OBJECT;
        }
        if (value instanceof Intrinsic.PseudoRef<?> pseudo) {
            return pseudo.isList() ? LIST_FUNCTION : SCALAR_FUNCTION;
        }
        if (value instanceof Intrinsic.Ref<?> ref) {
            if (ref.target() instanceof Parameter<?> parameter) {
                return parameter.type().isList() ? LIST_FUNCTION : SCALAR_FUNCTION;
            }
            return SCALAR_FUNCTION;
        }
        if (value instanceof Intrinsic.GetAtt<?> getAtt) {
            return attributeKind(getAtt, spec);
        }
        if (value instanceof Computed.Sub
                || value instanceof Computed.Join
                || value instanceof Computed.Base64
                || value instanceof Intrinsic.ImportValue) {
            return SCALAR_FUNCTION;
        }
        if (value instanceof Computed.Split || value instanceof Computed.GetAZs || value instanceof Computed.Cidr) {
            return LIST_FUNCTION;
        }
        return ANY_FUNCTION;
    }

    private static ValueKind attributeKind(Intrinsic.GetAtt<?> getAtt, ResourceSpecification spec) {
        Resource target = getAtt.target();
        Optional<Shape> shape =
                spec.resourceType(target.type()).map(t -> t.attributes().get(getAtt.attribute()));
        if (shape.isEmpty()) {
            return ANY_FUNCTION;
        }
        if (shape.get() instanceof Shape.ListShape) {
            return LIST_FUNCTION;
        }
        if (shape.get() instanceof Shape.PrimitiveShape primitive && primitive.kind() == Shape.Primitive.JSON) {
            return ANY_FUNCTION;
        }
        return SCALAR_FUNCTION;
    }

    boolean isFunction() {
        return this == SCALAR_FUNCTION || this == LIST_FUNCTION || this == ANY_FUNCTION;
    }

    boolean mayBeList() {
        return this == LIST || this == LIST_FUNCTION || this == ANY_FUNCTION;
    }

    boolean mayBeScalar() {
        return this == LITERAL || this == SCALAR_FUNCTION || this == ANY_FUNCTION;
    }
}
