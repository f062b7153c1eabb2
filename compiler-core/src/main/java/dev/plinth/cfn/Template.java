package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A CloudFormation template. Elements (resources, parameters, conditions, mappings, outputs)
 * are objects that reference each other directly; the template gives each its logical id.
 *
 * <p>Building never fails on content: {@link dev.plinth.cfn.validation.TemplateValidator}
 * reports every problem (including a logical id used twice) as a diagnostic.
 */
public final class Template {

    /** The sections that hold named elements, in CloudFormation's order. */
    public enum Section {
        PARAMETERS("Parameters"),
        MAPPINGS("Mappings"),
        CONDITIONS("Conditions"),
        RESOURCES("Resources"),
        OUTPUTS("Outputs");

        private final String templateName;

        Section(String templateName) {
            this.templateName = templateName;
        }

        public String templateName() {
            return templateName;
        }
    }

    /** A named element as added, in the order added. */
    public record Entry(Section section, String logicalId, Object element) {
        public Entry {
            Objects.requireNonNull(logicalId, "logicalId");
            Objects.requireNonNull(element, logicalId);
        }
    }

    /**
     * A value of a resource in another stack, passed in through a parameter of this template:
     * {@code Ref} (no attribute) or {@code Fn::GetAtt} of the foreign resource is written as a
     * {@code Ref} to the parameter. Cross-stack wiring adds these.
     *
     * @param attribute the attribute read, or empty for {@code Ref}
     */
    public record Import(Resource target, Optional<String> attribute, Parameter<?> parameter) {
        public Import {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    private final Optional<String> description;
    private final ImmutableMap<String, Value<?>> metadata;
    private final ImmutableList<String> transforms;
    private final ImmutableList<Entry> entries;
    private final ImmutableList<Import> imports;
    private final Set<Resource> elsewhere;
    private final IdentityHashMap<Object, String> ids = new IdentityHashMap<>();

    private Template(Builder builder) {
        this.description = Optional.ofNullable(builder.description);
        this.metadata = ImmutableMap.copyOf(builder.metadata);
        this.transforms = ImmutableList.copyOf(builder.transforms);
        this.entries = ImmutableList.copyOf(builder.entries);
        this.imports = ImmutableList.copyOf(builder.imports);
        Set<Resource> elsewhere = Collections.newSetFromMap(new IdentityHashMap<>());
        elsewhere.addAll(builder.elsewhere);
        this.elsewhere = Collections.unmodifiableSet(elsewhere);
        for (Entry entry : entries) {
            ids.putIfAbsent(entry.element, entry.logicalId);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> description() {
        return description;
    }

    public Map<String, Value<?>> metadata() {
        return metadata;
    }

    /** Macros to apply, such as {@code AWS::Serverless-2016-10-31}. */
    public List<String> transforms() {
        return transforms;
    }

    /** Every named element in the order added, duplicates included. */
    public List<Entry> entries() {
        return entries;
    }

    public Map<String, Resource> resources() {
        return section(Section.RESOURCES, Resource.class);
    }

    public Map<String, Parameter<?>> parameters() {
        @SuppressWarnings("unchecked")
        Map<String, Parameter<?>> parameters =
                (Map<String, Parameter<?>>) (Map<String, ?>) section(Section.PARAMETERS, Parameter.class);
        return parameters;
    }

    public Map<String, Condition> conditions() {
        return section(Section.CONDITIONS, Condition.class);
    }

    public Map<String, Mapping> mappings() {
        return section(Section.MAPPINGS, Mapping.class);
    }

    public Map<String, Output> outputs() {
        return section(Section.OUTPUTS, Output.class);
    }

    /** Values of resources of other stacks, passed in through parameters. */
    public List<Import> imports() {
        return imports;
    }

    /** The parameter that carries {@code Ref} (empty attribute) or an attribute of a foreign resource. */
    public Optional<Parameter<?>> importOf(Resource target, Optional<String> attribute) {
        for (Import i : imports) {
            if (i.target == target && i.attribute.equals(attribute)) {
                return Optional.of(i.parameter);
            }
        }
        return Optional.empty();
    }

    /**
     * Resources of other stacks that resources here name in DependsOn: the stack order already
     * makes them exist first, so the DependsOn entry is left out of this template.
     */
    public boolean isElsewhere(Resource resource) {
        return elsewhere.contains(resource);
    }

    /** A builder holding everything of this template, to add to it. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.description = description.orElse(null);
        builder.metadata.putAll(metadata);
        builder.transforms.addAll(transforms);
        builder.entries.addAll(entries);
        builder.imports.addAll(imports);
        builder.elsewhere.addAll(elsewhere);
        return builder;
    }

    /** The logical id of an element added to this template (the first, if added twice). */
    public Optional<String> logicalIdOf(Object element) {
        return Optional.ofNullable(ids.get(element));
    }

    private <T> Map<String, T> section(Section section, Class<T> type) {
        Map<String, T> result = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.section == section) {
                result.putIfAbsent(entry.logicalId, type.cast(entry.element));
            }
        }
        return result;
    }

    /** Builds a {@link Template}. */
    public static final class Builder {
        private String description;
        private final Map<String, Value<?>> metadata = new LinkedHashMap<>();
        private final List<String> transforms = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final List<Import> imports = new ArrayList<>();
        private final List<Resource> elsewhere = new ArrayList<>();

        private Builder() {}

        /** Reads {@code Ref} (empty attribute) or an attribute of a resource of another stack from a parameter. */
        public Builder importValue(Resource target, Optional<String> attribute, Parameter<?> parameter) {
            imports.add(new Import(target, attribute, parameter));
            return this;
        }

        /** Declares a resource of another stack that DependsOn entries here may name. */
        public Builder elsewhere(Resource resource) {
            elsewhere.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        public Builder description(String description) {
            if (description.length() > 1024) {
                throw new IllegalArgumentException("A template description has at most 1,024 characters");
            }
            this.description = description;
            return this;
        }

        public Builder metadata(String key, Value<?> value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
            return this;
        }

        public Builder transform(String macro) {
            transforms.add(Objects.requireNonNull(macro, "macro"));
            return this;
        }

        public Builder parameter(String logicalId, Parameter<?> parameter) {
            entries.add(new Entry(Section.PARAMETERS, logicalId, parameter));
            return this;
        }

        public Builder mapping(String logicalId, Mapping mapping) {
            entries.add(new Entry(Section.MAPPINGS, logicalId, mapping));
            return this;
        }

        public Builder condition(String logicalId, Condition condition) {
            entries.add(new Entry(Section.CONDITIONS, logicalId, condition));
            return this;
        }

        public Builder resource(String logicalId, Resource resource) {
            entries.add(new Entry(Section.RESOURCES, logicalId, resource));
            return this;
        }

        public Builder output(String logicalId, Output output) {
            entries.add(new Entry(Section.OUTPUTS, logicalId, output));
            return this;
        }

        public Template build() {
            return new Template(this);
        }
    }
}
