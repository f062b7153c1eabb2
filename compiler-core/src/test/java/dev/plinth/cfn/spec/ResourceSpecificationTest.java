package dev.plinth.cfn.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResourceSpecificationTest {
    private final ResourceSpecification spec = ResourceSpecification.bundled();

    @Test
    void holdsEveryResourceTypeOfItsHeader() {
        assertThat(spec.resourceTypeCount()).isGreaterThan(1500);
        assertThat(spec.resourceTypeNames())
                .hasSize(spec.resourceTypeCount())
                .contains("AWS::EC2::VPC", "AWS::Route53::HostedZone");
        assertThat(spec.propertyCount()).isGreaterThan(10_000);
        assertThat(spec.sourceVersion()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
    }

    @Test
    void readsPropertiesWithShapeRequiredFlagAndReplacement() {
        ResourceTypeSpec subnet = spec.resourceType("AWS::EC2::Subnet").orElseThrow();

        PropertySpec vpcId = subnet.properties().get("VpcId");
        assertThat(vpcId.shape()).isEqualTo(Shape.primitive(Shape.Primitive.STRING));
        assertThat(vpcId.required()).isTrue();
        assertThat(vpcId.replacement()).isEqualTo(PropertySpec.Replacement.ALWAYS);
        assertThat(subnet.properties().get("MapPublicIpOnLaunch").required()).isFalse();
        assertThat(subnet.properties().get("MapPublicIpOnLaunch").replacement())
                .isEqualTo(PropertySpec.Replacement.NONE);
        assertThat(subnet.properties().get("Tags").shape().expression()).isEqualTo("List<tag>");
    }

    @Test
    void readsAttributesAndPrimaryIdentifier() {
        ResourceTypeSpec vpc = spec.resourceType("AWS::EC2::VPC").orElseThrow();

        assertThat(vpc.attributes()).containsKeys("CidrBlock", "VpcId", "DefaultSecurityGroup");
        assertThat(vpc.attributes().get("Ipv6CidrBlocks")).isInstanceOf(Shape.ListShape.class);
        assertThat(vpc.primaryIdentifier()).containsExactly("VpcId");
        assertThat(vpc.tagProperty()).contains("Tags");
        assertThat(vpc.service()).isEqualTo("EC2");
        assertThat(vpc.simpleName()).isEqualTo("VPC");
    }

    @Test
    void readsThePropertyTypesAResourceUses() {
        ResourceTypeSpec group = spec.resourceType("AWS::EC2::SecurityGroup").orElseThrow();

        assertThat(group.properties().get("SecurityGroupIngress").shape().expression())
                .isEqualTo("List<#Ingress>");
        assertThat(group.propertyType("Ingress")).containsKeys("IpProtocol", "FromPort", "ToPort", "CidrIp");
        assertThat(group.propertyType("Ingress").get("IpProtocol").required()).isTrue();
        assertThat(group.propertyType("NoSuchType")).isEmpty();
    }

    @Test
    void marksStatefulTypes() {
        assertThat(spec.resourceType("AWS::RDS::DBCluster").orElseThrow().stateful())
                .isTrue();
        assertThat(spec.resourceType("AWS::EC2::Route").orElseThrow().stateful())
                .isFalse();
    }

    @Test
    void answersEmptyForAnUnknownType() {
        assertThat(spec.resourceType("AWS::EC2::Vpc")).isEmpty();
        assertThat(spec.hasResourceType("AWS::EC2::VPC")).isTrue();
    }

    @Test
    void parsesEachTypeOnceAndOnlyWhenAsked() {
        ResourceSpecification fresh = ResourceSpecification.read(
                ("{\"format\":\"plinth-resource-spec/1\",\"version\":\"1.2.3\",\"properties\":1}\n"
                                + "{\"t\":\"AWS::X::A\",\"p\":{\"Name\":\"!*string\"},\"a\":{\"Arn\":\"string\"}}\n"
                                + "{\"t\":\"AWS::X::B\",\"p\":not json}\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(fresh.resourceTypeNames()).containsExactly("AWS::X::A", "AWS::X::B");
        assertThat(fresh.resourceType("AWS::X::A"))
                .get()
                .isSameAs(fresh.resourceType("AWS::X::A").orElseThrow());
        assertThat(fresh.resourceType("AWS::X::A")
                        .orElseThrow()
                        .properties()
                        .get("Name")
                        .required())
                .isTrue();
        assertThatThrownBy(() -> fresh.resourceType("AWS::X::B")).hasMessageContaining("Bad line");
    }

    @Test
    void refusesDataOfAnotherFormat() {
        assertThatThrownBy(
                        () -> ResourceSpecification.read("{\"format\":\"other\"}\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown resource specification format");
    }

    @Test
    void parsesEveryTypeOfTheBundledData() {
        for (String name : spec.resourceTypeNames()) {
            ResourceTypeSpec type = spec.resourceType(name).orElseThrow();
            assertThat(type.name()).isEqualTo(name);
            type.properties()
                    .values()
                    .forEach(
                            p -> assertThat(Shape.parse(p.shape().expression())).isEqualTo(p.shape()));
        }
    }
}
