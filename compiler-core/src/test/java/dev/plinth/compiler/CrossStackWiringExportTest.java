package dev.plinth.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.diagnostics.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossStackWiringExportTest {

    @Test
    void exportsTheWiredOutputsOfAStackThatAsksForIt() {
        GenericResource vpc = GenericResource.builder("AWS::EC2::VPC")
                .property("CidrBlock", "10.0.0.0/16")
                .build();
        GenericResource group = GenericResource.builder("AWS::EC2::SecurityGroup")
                .property("GroupDescription", "web")
                .property("VpcId", vpc.ref())
                .build();
        StackTemplate network = StackTemplate.of(
                        "network", Template.builder().resource("Vpc", vpc).build(), Map.of(), false)
                .withExportedOutputs();
        StackTemplate service = StackTemplate.of(
                "service", Template.builder().resource("Web", group).build(), Map.of(), false);

        List<WiredStack> wired =
                new CrossStackWiring(ResourceSpecification.bundled()).run(List.of(network, service), new Diagnostics());

        assertThat(TemplateWriter.jsonString(wired.get(0).stack().template()))
                .contains("\"Export\": {\n        \"Name\": {\n          \"Fn::Sub\": \"${AWS::StackName}-Vpc\"");
        assertThat(TemplateWriter.jsonString(wired.get(1).stack().template()))
                .doesNotContain("Fn::ImportValue")
                .contains("\"Ref\": \"NetworkVpc\"");
    }
}
