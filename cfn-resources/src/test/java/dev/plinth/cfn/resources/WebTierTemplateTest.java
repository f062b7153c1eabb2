package dev.plinth.cfn.resources;

import static dev.plinth.cfn.testing.TemplateAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.Template;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.testing.Golden;
import dev.plinth.cfn.write.TemplateWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebTierTemplateTest {

    @Test
    void buildsAValidTemplateFromGeneratedClassesOnly() {
        Template template = WebTierTemplate.build();

        assertThat(template)
                .isValid()
                .hasResource("AWS::EC2::VPC")
                .times(1)
                .hasResource("AWS::EC2::Subnet")
                .times(2)
                .hasResource("AWS::EC2::Route")
                .times(2)
                .hasResource("AWS::EC2::NatGateway")
                .times(1)
                .hasResource("AWS::AutoScaling::AutoScalingGroup")
                .times(1)
                .hasParameter("ImageId")
                .hasOutput("LoadBalancerDns");
    }

    @Test
    void resolvesReferencesToLogicalIdsWhenWritten() {
        Template template = WebTierTemplate.build();

        assertThat(template).resource("Vpc").hasProperty("CidrBlock", "10.0.0.0/16");
        assertThat(template)
                .resource("NatGateway")
                .hasProperty("AllocationId", Map.of("Fn::GetAtt", List.of("NatAddress", "AllocationId")))
                .hasProperty("SubnetId", Map.of("Ref", "PublicSubnet"));
        assertThat(template).resource("PublicDefaultRoute").hasAttribute("DependsOn", "InternetGatewayAttachment");
        assertThat(template)
                .resource("PublicSubnet")
                .hasProperty("AvailabilityZone", Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))));
    }

    @Test
    void keepsTheSecureLaunchTemplateSettings() {
        assertThat(WebTierTemplate.build())
                .resource("LaunchTemplate")
                .hasProperty("LaunchTemplateData/MetadataOptions/HttpTokens", "required")
                .hasProperty("LaunchTemplateData/BlockDeviceMappings/0/Ebs/Encrypted", true)
                .hasProperty("LaunchTemplateData/ImageId", Map.of("Ref", "ImageId"));
    }

    @Test
    void passesUserDataThroughBase64AndSub() {
        String userData = assertThat(WebTierTemplate.build())
                .resource("LaunchTemplate")
                .property("LaunchTemplateData/UserData/Fn::Base64/Fn::Sub")
                .asText();

        assertThat(userData).startsWith("#!/bin/bash\n").contains("--resource Fleet --region ${AWS::Region}");
    }

    @Test
    void writesTheSameBytesEveryTime() {
        byte[] first = TemplateWriter.json(WebTierTemplate.build());
        byte[] second = TemplateWriter.json(WebTierTemplate.build());

        assertThat(second).isEqualTo(first);
        assertThat(TemplateWriter.yaml(WebTierTemplate.build()))
                .isEqualTo(TemplateWriter.yaml(WebTierTemplate.build()));
    }

    @Test
    void matchesTheGoldenJsonAndYaml() {
        Template template = WebTierTemplate.build();

        Golden.assertMatches("web-tier.json", TemplateWriter.json(template));
        Golden.assertMatches("web-tier.yaml", TemplateWriter.yaml(template));
    }

    @Test
    void writesBothFormatsForTheLinter() {
        Conformance.write("cfn-resources/web-tier", WebTierTemplate.build());

        assertThat(Conformance.directory().resolve("cfn-resources/web-tier.json"))
                .exists();
        assertThat(Conformance.directory().resolve("cfn-resources/web-tier.yaml"))
                .exists();
    }
}
