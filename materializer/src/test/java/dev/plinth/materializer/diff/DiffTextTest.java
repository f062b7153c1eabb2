package dev.plinth.materializer.diff;

import static dev.plinth.materializer.diff.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiffTextTest {

    @Test
    void aChangedValueReadsOldToNewWithItsReplacement() {
        assertThat(DiffText.line(change("MinSize", IntNode.valueOf(2), IntNode.valueOf(3), Recreation.NEVER)))
                .isEqualTo("MinSize: 2 → 3");
        assertThat(DiffText.line(change(
                        "Engine",
                        TextNode.valueOf("mysql"),
                        TextNode.valueOf("aurora-mysql"),
                        Recreation.CONDITIONALLY)))
                .isEqualTo("Engine: mysql → aurora-mysql (may force replacement)");
        assertThat(DiffText.line(change("Name", TextNode.valueOf("a"), TextNode.valueOf(""), Recreation.UNKNOWN)))
                .isEqualTo("Name: a → \"\"");
    }

    @Test
    void anAddedOrRemovedValueReadsNone() {
        assertThat(DiffText.line(new PropertyChange(
                        "Description",
                        Optional.of(TextNode.valueOf("web")),
                        Optional.empty(),
                        Recreation.NEVER,
                        Optional.empty(),
                        false)))
                .isEqualTo("Description: web → (none)");
    }

    @Test
    void aLongValueShowsItsShapeOrTheStartOfItsTextForItsDiffToFollow() {
        JsonNode script = TextNode.valueOf("#!/bin/bash -eu\nyum install -y nginx\n");
        JsonNode rules = json("[" + "{\"CidrIp\": \"10.0.0.0/8\", \"IpProtocol\": \"tcp\"},".repeat(3) + "{}]");

        assertThat(DiffText.line(change("UserData", script, TextNode.valueOf("#!/bin/bash -eu"), Recreation.NEVER)))
                .isEqualTo("UserData: #!/bin/bash -eu… → #!/bin/bash -eu");
        assertThat(DiffText.line(change("Rules", json("[]"), rules, Recreation.NEVER)))
                .isEqualTo("Rules: [] → […]");
    }

    @Test
    void aValueOnlyTheChangeSetNamesReadsChangedOrKnownAfterApplyWithItsCause() {
        assertThat(DiffText.line(new PropertyChange(
                        "InstanceType",
                        Optional.empty(),
                        Optional.empty(),
                        Recreation.CONDITIONALLY,
                        Optional.of("InstanceTypeParam"),
                        false)))
                .isEqualTo("InstanceType: changed via InstanceTypeParam (may force replacement)");
        assertThat(DiffText.line(new PropertyChange(
                        "SubnetId",
                        Optional.empty(),
                        Optional.empty(),
                        Recreation.ALWAYS,
                        Optional.of("Subnet"),
                        true)))
                .isEqualTo("SubnetId: (known after apply) via Subnet (forces replacement)");
    }

    @Test
    void aBannerIsItsTitleThenOneLinePerResource() {
        Banner banner = new Banner(
                Banner.Kind.DATA_LOSS,
                List.of(
                        new Banner.Entry(
                                Optional.of("data"),
                                "Database",
                                "AWS::RDS::DBInstance",
                                "replaced",
                                List.of("StorageEncrypted", "KmsKeyId")),
                        new Banner.Entry(Optional.empty(), "Logs", "AWS::S3::Bucket", "removed", List.of())));

        assertThat(DiffText.banner(banner))
                .containsExactly(
                        "Data loss: stateful resources replaced or removed",
                        "- data/Database (AWS::RDS::DBInstance) replaced: StorageEncrypted; KmsKeyId",
                        "- Logs (AWS::S3::Bucket) removed");
    }

    @Test
    void everyKindOfBannerHasATitle() {
        assertThat(List.of(Banner.Kind.values()))
                .extracting(DiffText::title)
                .containsExactly(
                        "Data loss: stateful resources replaced or removed",
                        "Network replacement: connections drop while these are replaced",
                        "Deletion: resources removed",
                        "IAM widening: permissions granted",
                        "Ingress widening: network access opened");
    }

    private static PropertyChange change(String path, JsonNode before, JsonNode after, Recreation recreation) {
        return new PropertyChange(path, Optional.of(before), Optional.of(after), recreation, Optional.empty(), false);
    }
}
