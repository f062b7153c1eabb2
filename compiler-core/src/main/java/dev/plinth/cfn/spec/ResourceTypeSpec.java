package dev.plinth.cfn.spec;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the specification says of one resource type. */
public final class ResourceTypeSpec {
  private final String name;
  private final ImmutableMap<String, PropertySpec> properties;
  private final ImmutableMap<String, Shape> attributes;
  private final ImmutableMap<String, ImmutableMap<String, PropertySpec>> propertyTypes;
  private final ImmutableList<String> primaryIdentifier;
  private final Optional<String> tagProperty;
  private final boolean stateful;

  ResourceTypeSpec(
      String name,
      ImmutableMap<String, PropertySpec> properties,
      ImmutableMap<String, Shape> attributes,
      ImmutableMap<String, ImmutableMap<String, PropertySpec>> propertyTypes,
      ImmutableList<String> primaryIdentifier,
      Optional<String> tagProperty,
      boolean stateful) {
    this.name = name;
    this.properties = properties;
    this.attributes = attributes;
    this.propertyTypes = propertyTypes;
    this.primaryIdentifier = primaryIdentifier;
    this.tagProperty = tagProperty;
    this.stateful = stateful;
  }

  /** The CloudFormation type name, such as {@code AWS::EC2::VPC}. */
  public String name() {
    return name;
  }

  /** The service part of the name ({@code EC2} for {@code AWS::EC2::VPC}). */
  public String service() {
    return name.split("::")[1];
  }

  /** The type's own name ({@code VPC} for {@code AWS::EC2::VPC}). */
  public String simpleName() {
    return name.substring(name.lastIndexOf(':') + 1);
  }

  /** Top-level properties, sorted by name. */
  public Map<String, PropertySpec> properties() {
    return properties;
  }

  /** Attributes readable with Fn::GetAtt, sorted by name, with their shape. */
  public Map<String, Shape> attributes() {
    return attributes;
  }

  /** The property types (nested objects) this resource type uses, by name. */
  public Map<String, ImmutableMap<String, PropertySpec>> propertyTypes() {
    return propertyTypes;
  }

  /** The properties of one named property type; empty when the type is unknown. */
  public Map<String, PropertySpec> propertyType(String typeName) {
    ImmutableMap<String, PropertySpec> type = propertyTypes.get(typeName);
    return type == null ? ImmutableMap.of() : type;
  }

  public List<String> primaryIdentifier() {
    return primaryIdentifier;
  }

  /** The property that holds the resource's tags, when it can be tagged. */
  public Optional<String> tagProperty() {
    return tagProperty;
  }

  /** Whether the resource holds data that a replacement would lose (databases, buckets, …). */
  public boolean stateful() {
    return stateful;
  }

  @Override
  public String toString() {
    return name;
  }
}
