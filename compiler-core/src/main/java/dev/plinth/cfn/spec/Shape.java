package dev.plinth.cfn.spec;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a property or attribute value in the resource specification: a primitive, a
 * list or map of shapes, a named property type of the same resource type, or a union.
 */
public abstract class Shape {

    /** The primitive kinds of the specification. */
    public enum Primitive {
        STRING("string"),
        INTEGER("integer"),
        NUMBER("number"),
        BOOLEAN("boolean"),
        JSON("json"),
        DATE_TIME("date-time"),
        TAG("tag");

        private final String specName;

        Primitive(String specName) {
            this.specName = specName;
        }

        public String specName() {
            return specName;
        }
    }

    private Shape() {}

    /** Parses a shape expression of the data file ({@code List<#Ingress>}, {@code Union<json,string>}). */
    public static Shape parse(String expression) {
        ShapeParser parser = new ShapeParser(expression);
        Shape shape = parser.shape();
        parser.expectEnd();
        return shape;
    }

    public static Shape primitive(Primitive kind) {
        return PrimitiveShape.ALL.get(kind.ordinal());
    }

    public static Shape listOf(Shape element) {
        return new ListShape(element);
    }

    public static Shape mapOf(Shape element) {
        return new MapShape(element);
    }

    public static Shape ref(String typeName) {
        return new RefShape(typeName);
    }

    public static Shape union(List<Shape> members) {
        return new UnionShape(ImmutableList.copyOf(members));
    }

    /** The expression that {@link #parse} reads back. */
    public abstract String expression();

    /** A phrase for messages: "a list of Ingress", "a string". */
    public abstract String describe();

    @Override
    public String toString() {
        return expression();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shape that && that.expression().equals(expression());
    }

    @Override
    public int hashCode() {
        return expression().hashCode();
    }

    private static String itemName(Shape element) {
        if (element instanceof RefShape ref) {
            return ref.typeName() + " objects";
        }
        if (element instanceof PrimitiveShape primitive) {
            Primitive kind = primitive.kind();
            return kind == Primitive.JSON
                    ? "JSON values"
                    : kind == Primitive.DATE_TIME ? "date-time strings" : kind.specName() + "s";
        }
        return element.expression();
    }

    /** A primitive value. */
    public static final class PrimitiveShape extends Shape {
        private static final List<PrimitiveShape> ALL;

        static {
            ImmutableList.Builder<PrimitiveShape> all = ImmutableList.builder();
            for (Primitive kind : Primitive.values()) {
                all.add(new PrimitiveShape(kind));
            }
            ALL = all.build();
        }

        private final Primitive kind;

        private PrimitiveShape(Primitive kind) {
            this.kind = kind;
        }

        public Primitive kind() {
            return kind;
        }

        @Override
        public String expression() {
            return kind.specName();
        }

        @Override
        public String describe() {
            switch (kind) {
                case INTEGER:
                    return "an integer";
                case JSON:
                    return "a JSON value";
                case TAG:
                    return "a tag (Key and Value)";
                case DATE_TIME:
                    return "a date-time string";
                default:
                    return "a " + kind.specName();
            }
        }
    }

    /** A list whose items all have one shape. */
    public static final class ListShape extends Shape {
        private final Shape element;

        private ListShape(Shape element) {
            this.element = Objects.requireNonNull(element);
        }

        public Shape element() {
            return element;
        }

        @Override
        public String expression() {
            return "List<" + element.expression() + ">";
        }

        @Override
        public String describe() {
            return "a list of " + itemName(element);
        }
    }

    /** An object with free keys whose values all have one shape. */
    public static final class MapShape extends Shape {
        private final Shape element;

        private MapShape(Shape element) {
            this.element = Objects.requireNonNull(element);
        }

        public Shape element() {
            return element;
        }

        @Override
        public String expression() {
            return "Map<" + element.expression() + ">";
        }

        @Override
        public String describe() {
            return "a map of " + itemName(element);
        }
    }

    /** A named property type (an object with known properties) of the same resource type. */
    public static final class RefShape extends Shape {
        private final String typeName;

        private RefShape(String typeName) {
            this.typeName = Objects.requireNonNull(typeName);
        }

        public String typeName() {
            return typeName;
        }

        @Override
        public String expression() {
            return "#" + typeName;
        }

        @Override
        public String describe() {
            return "an object of type " + typeName;
        }
    }

    /** Any one of several shapes. */
    public static final class UnionShape extends Shape {
        private final ImmutableList<Shape> members;

        private UnionShape(ImmutableList<Shape> members) {
            this.members = members;
        }

        public List<Shape> members() {
            return members;
        }

        @Override
        public String expression() {
            StringBuilder out = new StringBuilder("Union<");
            for (int i = 0; i < members.size(); i++) {
                out.append(i == 0 ? "" : ",").append(members.get(i).expression());
            }
            return out.append('>').toString();
        }

        @Override
        public String describe() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < members.size(); i++) {
                out.append(i == 0 ? "" : i == members.size() - 1 ? " or " : ", ")
                        .append(members.get(i).describe());
            }
            return out.toString();
        }
    }
}
