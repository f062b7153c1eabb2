package dev.plinth.cfn;

import java.util.Objects;

/**
 * An intrinsic function. Create them with {@link Fn} and {@link Pseudo}; references hold the
 * element they point at, and logical ids are resolved when the template is written.
 *
 * <p>The functions nested here read a value from somewhere else: an element of the template, a
 * pseudo parameter, a mapping or another stack's export. The functions that compute a value from
 * other values are in {@link Computed}.
 */
public abstract sealed class Intrinsic<T> extends Value<T>
        permits Intrinsic.Ref,
                Intrinsic.PseudoRef,
                Intrinsic.GetAtt,
                Intrinsic.ImportValue,
                Intrinsic.FindInMap,
                Computed.Sub,
                Computed.Join,
                Computed.Select,
                Computed.Split,
                Computed.If,
                Computed.Base64,
                Computed.GetAZs,
                Computed.Cidr {

    Intrinsic() {}

    /** The function's name as written in a template: {@code Ref}, {@code Fn::GetAtt}, … */
    public abstract String functionName();

    /** {@code Ref} to a resource or a parameter of the same template. */
    public static final class Ref<T> extends Intrinsic<T> {
        private final Object target;

        Ref(Object target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /** A {@link Resource} or a {@link Parameter}. */
        public Object target() {
            return target;
        }

        @Override
        public String functionName() {
            return "Ref";
        }
    }

    /** {@code Ref} to a pseudo parameter such as {@code AWS::Region}. */
    public static final class PseudoRef<T> extends Intrinsic<T> {
        private final String name;
        private final boolean list;

        PseudoRef(String name, boolean list) {
            this.name = name;
            this.list = list;
        }

        /** The full name, such as {@code AWS::Region}. */
        public String name() {
            return name;
        }

        public boolean isList() {
            return list;
        }

        @Override
        public String functionName() {
            return "Ref";
        }
    }

    /** {@code Fn::GetAtt}. */
    public static final class GetAtt<T> extends Intrinsic<T> {
        private final Resource target;
        private final String attribute;
        private final boolean list;

        GetAtt(Resource target, String attribute, boolean list) {
            this.target = Objects.requireNonNull(target, "target");
            this.attribute = Objects.requireNonNull(attribute, "attribute");
            this.list = list;
        }

        public Resource target() {
            return target;
        }

        public String attribute() {
            return attribute;
        }

        /** Whether the caller takes the attribute to be a list. */
        public boolean isList() {
            return list;
        }

        @Override
        public String functionName() {
            return "Fn::GetAtt";
        }
    }

    /** {@code Fn::ImportValue}: reads another stack's export. */
    public static final class ImportValue extends Intrinsic<String> {
        private final Value<String> exportName;

        ImportValue(Value<String> exportName) {
            this.exportName = Objects.requireNonNull(exportName, "exportName");
        }

        public Value<String> exportName() {
            return exportName;
        }

        @Override
        public String functionName() {
            return "Fn::ImportValue";
        }
    }

    /** {@code Fn::FindInMap}. */
    public static final class FindInMap<T> extends Intrinsic<T> {
        private final Mapping mapping;
        private final Value<String> topLevelKey;
        private final Value<String> secondLevelKey;

        FindInMap(Mapping mapping, Value<String> topLevelKey, Value<String> secondLevelKey) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            this.topLevelKey = Objects.requireNonNull(topLevelKey, "topLevelKey");
            this.secondLevelKey = Objects.requireNonNull(secondLevelKey, "secondLevelKey");
        }

        public Mapping mapping() {
            return mapping;
        }

        public Value<String> topLevelKey() {
            return topLevelKey;
        }

        public Value<String> secondLevelKey() {
            return secondLevelKey;
        }

        @Override
        public String functionName() {
            return "Fn::FindInMap";
        }
    }
}
