package dev.plinth.cfn;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A value of a named property type of the specification (a nested object such as a security
 * group's {@code Ingress}). The generated {@code …Property} classes extend it; its properties are
 * written sorted by name.
 */
public abstract class PropertyObject<S> extends Value<S> {
    private final String specType;
    private final ImmutableMap<String, Value<?>> properties;

    protected PropertyObject(String specType, Builder<?, ?> builder) {
        this.specType = Objects.requireNonNull(specType);
        this.properties = ImmutableMap.copyOf(builder.properties);
    }

    /** The property type's name in the specification, such as {@code Ingress}. */
    public String specType() {
        return specType;
    }

    public Map<String, Value<?>> properties() {
        return properties;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PropertyObject<?> that
                && that.getClass() == getClass()
                && that.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public String toString() {
        return specType + properties;
    }

    /** The base of the generated property-type builders. */
    public abstract static class Builder<B extends Builder<B, P>, P extends PropertyObject<P>> {
        private final Map<String, Value<?>> properties = new LinkedHashMap<>();

        protected Builder() {}

        protected abstract B self();

        public abstract P build();

        /** Sets a property by its CloudFormation name; generated setters call it. */
        protected final B set(String name, Value<?> value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
            return self();
        }

        /** Throws, naming every missing property, when a required property is not set. */
        protected final void requireProperties(String owner, String... names) {
            RequiredProperties.check(owner, properties, names);
        }

        protected final Map<String, Value<?>> properties() {
            return properties;
        }
    }
}
