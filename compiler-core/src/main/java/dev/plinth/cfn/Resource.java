package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource of a template: its type, its properties and its resource attributes
 * (DependsOn, Condition, DeletionPolicy, UpdateReplacePolicy, UpdatePolicy, CreationPolicy,
 * Metadata). Resources are compared by identity: two resources with the same properties are
 * two resources. Its logical id comes from the template it is added to.
 *
 * <p>The generated {@code Cfn…} classes and {@link GenericResource} extend it.
 */
public abstract class Resource {
    private final String type;
    private final ImmutableMap<String, Value<?>> properties;
    private final ImmutableList<Resource> dependsOn;
    private final Optional<Condition> condition;
    private final Optional<DeletionPolicy> deletionPolicy;
    private final Optional<DeletionPolicy> updateReplacePolicy;
    private final Optional<Value<?>> updatePolicy;
    private final Optional<Value<?>> creationPolicy;
    private final ImmutableMap<String, Value<?>> metadata;

    protected Resource(String type, Builder<?, ?> builder) {
        this.type = Objects.requireNonNull(type, "type");
        this.properties = ImmutableMap.copyOf(builder.properties);
        this.dependsOn = ImmutableList.copyOf(builder.dependsOn);
        this.condition = Optional.ofNullable(builder.condition);
        this.deletionPolicy = Optional.ofNullable(builder.deletionPolicy);
        this.updateReplacePolicy = Optional.ofNullable(builder.updateReplacePolicy);
        this.updatePolicy = Optional.ofNullable(builder.updatePolicy);
        this.creationPolicy = Optional.ofNullable(builder.creationPolicy);
        this.metadata = ImmutableMap.copyOf(builder.metadata);
    }

    /** The CloudFormation type, such as {@code AWS::EC2::VPC}. */
    public final String type() {
        return type;
    }

    /** The properties as set, by CloudFormation name. */
    public final Map<String, Value<?>> properties() {
        return properties;
    }

    public final List<Resource> dependsOn() {
        return dependsOn;
    }

    public final Optional<Condition> condition() {
        return condition;
    }

    public final Optional<DeletionPolicy> deletionPolicy() {
        return deletionPolicy;
    }

    public final Optional<DeletionPolicy> updateReplacePolicy() {
        return updateReplacePolicy;
    }

    public final Optional<Value<?>> updatePolicy() {
        return updatePolicy;
    }

    public final Optional<Value<?>> creationPolicy() {
        return creationPolicy;
    }

    public final Map<String, Value<?>> metadata() {
        return metadata;
    }

    /** {@code Ref} to this resource. */
    public final Value<String> ref() {
        return Fn.ref(this);
    }

    /** {@code Fn::GetAtt} of a single-valued attribute. */
    public final Value<String> getAtt(String attribute) {
        return Fn.getAtt(this, attribute);
    }

    /** {@code Fn::GetAtt} of a list-valued attribute. */
    public final Value<List<String>> getAttList(String attribute) {
        return Fn.getAttList(this, attribute);
    }

    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return type + properties.keySet();
    }

    /**
     * The resource attributes every builder has. Generated builders add one typed setter per
     * property and check required properties in {@code build()}.
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends Resource> {
        private final Map<String, Value<?>> properties = new LinkedHashMap<>();
        private final List<Resource> dependsOn = new ArrayList<>();
        private final Map<String, Value<?>> metadata = new LinkedHashMap<>();
        private Condition condition;
        private DeletionPolicy deletionPolicy;
        private DeletionPolicy updateReplacePolicy;
        private Value<?> updatePolicy;
        private Value<?> creationPolicy;

        protected Builder() {}

        protected abstract B self();

        public abstract R build();

        /** Sets a property by its CloudFormation name; typed builders call it from their setters. */
        protected final B set(String name, Value<?> value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
            return self();
        }

        protected final boolean isSet(String name) {
            return properties.containsKey(name);
        }

        public final B dependsOn(Resource... resources) {
            for (Resource resource : resources) {
                dependsOn.add(Objects.requireNonNull(resource, "resource"));
            }
            return self();
        }

        public final B dependsOn(List<? extends Resource> resources) {
            return dependsOn(resources.toArray(new Resource[0]));
        }

        public final B condition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return self();
        }

        public final B deletionPolicy(DeletionPolicy policy) {
            this.deletionPolicy = Objects.requireNonNull(policy, "policy");
            return self();
        }

        public final B updateReplacePolicy(DeletionPolicy policy) {
            if (policy == DeletionPolicy.RETAIN_EXCEPT_ON_CREATE) {
                throw new IllegalArgumentException("UpdateReplacePolicy is Delete, Retain or Snapshot");
            }
            this.updateReplacePolicy = policy;
            return self();
        }

        /** UpdatePolicy, as an object ({@code Value.json(Map.of("AutoScalingRollingUpdate", …))}). */
        public final B updatePolicy(Value<?> policy) {
            this.updatePolicy = Objects.requireNonNull(policy, "policy");
            return self();
        }

        /** CreationPolicy, as an object ({@code Value.json(Map.of("ResourceSignal", …))}). */
        public final B creationPolicy(Value<?> policy) {
            this.creationPolicy = Objects.requireNonNull(policy, "policy");
            return self();
        }

        public final B metadata(String key, Value<?> value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
            return self();
        }

        /** Throws, naming every missing property, when a required property is not set. */
        protected final void requireProperties(String type, String... names) {
            RequiredProperties.check(type, properties, names);
        }

        protected final Map<String, Value<?>> properties() {
            return properties;
        }
    }
}
