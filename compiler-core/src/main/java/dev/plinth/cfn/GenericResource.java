package dev.plinth.cfn;

import java.util.Objects;

/**
 * A resource of any type, with properties set by name. It is validated against the resource
 * specification like the generated classes, but when the template is checked rather than when
 * the Java code compiles.
 */
public final class GenericResource extends Resource {

    private GenericResource(String type, Builder builder) {
        super(type, builder);
    }

    public static Builder builder(String type) {
        return new Builder(type);
    }

    /** Builds a {@link GenericResource}. */
    public static final class Builder extends Resource.Builder<Builder, GenericResource> {
        private final String type;

        private Builder(String type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        public Builder property(String name, Value<?> value) {
            return set(name, value);
        }

        public Builder property(String name, String value) {
            return set(name, Value.of(value));
        }

        public Builder property(String name, long value) {
            return set(name, Value.of(value));
        }

        public Builder property(String name, boolean value) {
            return set(name, Value.of(value));
        }

        /** A property from plain Java data (maps, lists, strings, numbers, values), see {@link Value#json}. */
        public Builder propertyJson(String name, Object data) {
            return set(name, Value.json(data));
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public GenericResource build() {
            return new GenericResource(type, this);
        }
    }
}
