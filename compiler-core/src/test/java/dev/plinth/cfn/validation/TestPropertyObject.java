package dev.plinth.cfn.validation;

import dev.plinth.cfn.PropertyObject;
import dev.plinth.cfn.Value;

/** Stands in for a generated property-type class, whose spec type the tests choose. */
final class TestPropertyObject extends PropertyObject<TestPropertyObject> {

    private TestPropertyObject(String specType, Builder builder) {
        super(specType, builder);
    }

    static Builder builder(String specType) {
        return new Builder(specType);
    }

    static final class Builder extends PropertyObject.Builder<Builder, TestPropertyObject> {
        private final String specType;

        private Builder(String specType) {
            this.specType = specType;
        }

        Builder with(String name, Value<?> value) {
            return set(name, value);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public TestPropertyObject build() {
            return new TestPropertyObject(specType, this);
        }
    }
}
