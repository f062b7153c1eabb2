package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
  public static final class Entry {
    private final Section section;
    private final String logicalId;
    private final Object element;

    Entry(Section section, String logicalId, Object element) {
      this.section = section;
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      this.element = Objects.requireNonNull(element, logicalId);
    }

    public Section section() {
      return section;
    }

    public String logicalId() {
      return logicalId;
    }

    public Object element() {
      return element;
    }
  }

  private final Optional<String> description;
  private final ImmutableMap<String, Value<?>> metadata;
  private final ImmutableList<String> transforms;
  private final ImmutableList<Entry> entries;
  private final IdentityHashMap<Object, String> ids = new IdentityHashMap<>();

  private Template(Builder builder) {
    this.description = Optional.ofNullable(builder.description);
    this.metadata = ImmutableMap.copyOf(builder.metadata);
    this.transforms = ImmutableList.copyOf(builder.transforms);
    this.entries = ImmutableList.copyOf(builder.entries);
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
    Map<String, Parameter<?>> parameters = (Map<String, Parameter<?>>) (Map<String, ?>) section(Section.PARAMETERS, Parameter.class);
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

    private Builder() {}

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
