package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.cfn.testing.Golden;
import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    private static Manifest manifest() {
        return Emit.render(EmitFixtures.platform(), TemplateFormat.JSON)
                .value()
                .orElseThrow()
                .manifest();
    }

    @Test
    void theManifestIsWrittenExactlyAsTheGoldenFile() {
        Golden.assertMatches("emit/manifest.json", manifest().toJson());
    }

    @Test
    void theManifestIsSortedIndentedWithTwoSpacesAndEndsWithANewline() {
        String json = new String(manifest().toJson(), StandardCharsets.UTF_8);

        assertThat(json)
                .startsWith("{\n  \"schemaVersion\": 1,\n  \"platform\": \"demo\",\n")
                .endsWith("}\n")
                .doesNotContain("\r");
        assertThat(json.indexOf("\"cost-center\"")).isLessThan(json.indexOf("\"owner\""));
    }

    @Test
    void aManifestReadBackEqualsTheOneWritten(@TempDir Path dir) throws IOException {
        Manifest written = manifest();
        Path file = dir.resolve(Manifest.FILE_NAME);
        Files.write(file, written.toJson());

        Manifest read = Manifest.read(file);

        assertThat(read).isEqualTo(written);
        assertThat(read.toJson()).isEqualTo(written.toJson());
    }

    @Test
    void theManifestNamesEachParametersSource() {
        Manifest.Stack app = manifest().stack("app").orElseThrow();

        assertThat(app.parameters())
                .containsOnlyKeys("AmiId", "InstanceType", "KeyName", "NetworkSubnetSubnetId", "NetworkVpc");
        assertThat(app.parameters().get("NetworkVpc"))
                .isEqualTo(Manifest.StackParameter.fromOutput("String", "network", "Vpc"));
        assertThat(app.parameters().get("AmiId"))
                .isEqualTo(Manifest.StackParameter.fixed(
                        "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", EmitFixtures.AMI_PATH));
        assertThat(app.parameters().get("InstanceType"))
                .isEqualTo(Manifest.StackParameter.defaulted("String", "t3.micro"));
        assertThat(app.parameters().get("KeyName"))
                .isEqualTo(Manifest.StackParameter.unset("AWS::EC2::KeyPair::KeyName"));
        assertThat(app.dependsOn()).containsExactly("network");
    }

    @Test
    void anOutputHasAnExportOnlyWhenItsNameIsLiteral() {
        Manifest.Stack network = manifest().stack("network").orElseThrow();

        assertThat(network.outputs())
                .extracting(Manifest.StackOutput::name)
                .containsExactly("SubnetSubnetId", "Vpc", "VpcCidr");
        assertThat(network.outputs().get(2).export()).contains("demo-dev-vpc-cidr");
        assertThat(network.outputs().get(0).export()).isEmpty();
    }

    @Test
    void anEmptyAccountIdIsLeftOut() {
        Manifest withAccount = manifest();
        Manifest without = new Manifest(
                1,
                "demo",
                "dev",
                "eu-west-1",
                Optional.empty(),
                false,
                withAccount.tags(),
                withAccount.stacks(),
                withAccount.userData());

        assertThat(new String(without.toJson(), StandardCharsets.UTF_8)).doesNotContain("accountId");
        assertThat(ManifestSchema.problems(without.toJson())).isEmpty();
    }

    @Test
    void theReaderRefusesAnUnknownField() throws IOException {
        ObjectNode tree = (ObjectNode) ManifestSchema.MAPPER.readTree(manifest().toJson());
        tree.put("color", "blue");

        assertThatThrownBy(() -> Manifest.parse(ManifestSchema.MAPPER.writeValueAsBytes(tree)))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "manifest.json is not a manifest Plinth can read: unknown field 'color'; compile the platform again");
    }

    @Test
    void theReaderRefusesAStackWithoutItsHash() throws IOException {
        ObjectNode tree = (ObjectNode) ManifestSchema.MAPPER.readTree(manifest().toJson());
        ((ObjectNode) tree.get("stacks").get(1)).remove("sha256");

        assertThatThrownBy(() -> Manifest.parse(ManifestSchema.MAPPER.writeValueAsBytes(tree)))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "manifest.json is not a manifest Plinth can read: stacks[1]: missing field 'sha256'; compile the platform again");
    }

    @Test
    void theReaderRefusesAnotherSchemaVersion() throws IOException {
        ObjectNode tree = (ObjectNode) ManifestSchema.MAPPER.readTree(manifest().toJson());
        tree.put("schemaVersion", 2);

        assertThatThrownBy(() -> Manifest.parse(ManifestSchema.MAPPER.writeValueAsBytes(tree)))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "manifest.json is not a manifest Plinth can read: schema version 2, this reader knows 1; compile the platform again");
    }

    @Test
    void theReaderRefusesAParameterWhoseFieldsDoNotMatchItsSource() throws IOException {
        ObjectNode tree = (ObjectNode) ManifestSchema.MAPPER.readTree(manifest().toJson());
        ((ObjectNode) tree.at("/stacks/1/parameters/NetworkVpc")).remove("output");

        assertThatThrownBy(() -> Manifest.parse(ManifestSchema.MAPPER.writeValueAsBytes(tree)))
                .isInstanceOf(IOException.class)
                .hasMessage("manifest.json is not a manifest Plinth can read: stacks[1].parameters.NetworkVpc: "
                        + "stack and output are set exactly when the source is an output; compile the platform again");
    }

    @Test
    void badJsonIsReportedWithTheFileItsLineAndItsColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/demo/prod/manifest.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"platform\" \"demo\"\n}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(
                        file + " is not a manifest Plinth can read: line 3, column 14: Unexpected character ('\"'")
                .hasMessageEndingWith("; compile the platform again")
                .hasMessageNotContaining("Source:");
    }

    @Test
    void aMissingFieldReadFromAFileNamesTheFileAndTheField(@TempDir Path dir) throws IOException {
        ObjectNode tree = (ObjectNode) ManifestSchema.MAPPER.readTree(manifest().toJson());
        tree.remove("region");
        Path file = dir.resolve("manifest.json");
        Files.write(file, ManifestSchema.MAPPER.writeValueAsBytes(tree));

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file
                        + " is not a manifest Plinth can read: missing field 'region'; compile the platform again");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsPath() throws IOException {
        ObjectNode tree = (ObjectNode) ManifestSchema.MAPPER.readTree(manifest().toJson());
        ((ObjectNode) tree.get("stacks").get(0)).put("terminationProtection", "yes");

        assertThatThrownBy(() -> Manifest.parse(ManifestSchema.MAPPER.writeValueAsBytes(tree)))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "manifest.json is not a manifest Plinth can read: stacks[0]: field 'terminationProtection' is not true or false; "
                                + "compile the platform again");
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("manifest.json");
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " is not a manifest Plinth can read: the file is empty; compile the platform again");
    }

    @Test
    void jsonThatIsNotAnObjectOrHasSomethingAfterItIsRefused() throws IOException {
        assertThatThrownBy(() -> Manifest.parse("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessage(
                        "manifest.json is not a manifest Plinth can read: expected an object, not an array; compile the platform again");

        byte[] twice =
                (new String(manifest().toJson(), StandardCharsets.UTF_8) + "{}\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Manifest.parse(twice))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("manifest.json is not a manifest Plinth can read: line ")
                .hasMessageContaining("Trailing token")
                .hasMessageEndingWith("; compile the platform again");
    }
}
