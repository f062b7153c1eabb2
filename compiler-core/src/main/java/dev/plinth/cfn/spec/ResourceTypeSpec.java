package dev.plinth.cfn.spec;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the specification says of one resource type.
 *
 * @param name the CloudFormation type name, such as {@code AWS::EC2::VPC}
 * @param properties top-level properties, sorted by name
 * @param attributes attributes readable with Fn::GetAtt, sorted by name, with their shape
 * @param propertyTypes the property types (nested objects) this resource type uses, by name
 * @param primaryIdentifier the properties that identify a resource of the type
 * @param tagProperty the property that holds the resource's tags, when it can be tagged
 * @param stateful whether the resource holds data that a replacement would lose (databases, buckets, …)
 */
public record ResourceTypeSpec(
        String name,
        Map<String, PropertySpec> properties,
        Map<String, Shape> attributes,
        Map<String, ImmutableMap<String, PropertySpec>> propertyTypes,
        List<String> primaryIdentifier,
        Optional<String> tagProperty,
        boolean stateful) {

    /** The service part of the name ({@code EC2} for {@code AWS::EC2::VPC}). */
    public String service() {
        return name.split("::")[1];
    }

    /** The type's own name ({@code VPC} for {@code AWS::EC2::VPC}). */
    public String simpleName() {
        return name.substring(name.lastIndexOf(':') + 1);
    }

    /** The properties of one named property type; empty when the type is unknown. */
    public Map<String, PropertySpec> propertyType(String typeName) {
        ImmutableMap<String, PropertySpec> type = propertyTypes.get(typeName);
        return type == null ? ImmutableMap.of() : type;
    }

    @Override
    public String toString() {
        return name;
    }
}
