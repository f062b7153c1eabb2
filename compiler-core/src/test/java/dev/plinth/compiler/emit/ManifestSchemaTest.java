package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestSchemaTest {

    private static JsonNode manifest(TemplateFormat format) throws IOException {
        byte[] json = Emit.render(EmitFixtures.platform(), format)
                .value()
                .orElseThrow()
                .file(Manifest.FILE_NAME);
        return ManifestSchema.MAPPER.readTree(json);
    }

    @Test
    void aGeneratedManifestMatchesTheSchema() throws IOException {
        assertThat(ManifestSchema.problems(manifest(TemplateFormat.JSON))).isEmpty();
        assertThat(ManifestSchema.problems(manifest(TemplateFormat.YAML))).isEmpty();
    }

    @Test
    void aManifestWithoutUserDataOrAccountMatchesTheSchema() {
        byte[] json = Emit.render(EmitFixtures.platform(Map.of()), TemplateFormat.JSON)
                .value()
                .orElseThrow()
                .file(Manifest.FILE_NAME);

        assertThat(ManifestSchema.problems(json)).isEmpty();
    }

    @Test
    void theSchemaRefusesAStackWithoutItsHash() throws IOException {
        JsonNode tree = manifest(TemplateFormat.JSON);
        ((ObjectNode) tree.get("stacks").get(0)).remove("sha256");

        assertThat(ManifestSchema.problems(tree)).singleElement().asString().contains("sha256");
    }

    @Test
    void theSchemaRefusesAFieldItDoesNotKnow() throws IOException {
        JsonNode tree = manifest(TemplateFormat.JSON);
        ((ObjectNode) tree.get("stacks").get(0)).put("color", "blue");
        ((ObjectNode) tree).put("owner", "me");

        assertThat(ManifestSchema.problems(tree))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("is not defined in the schema"));
    }

    @Test
    void theSchemaRefusesAHashThatIsNotSha256Hex() throws IOException {
        JsonNode tree = manifest(TemplateFormat.JSON);
        ((ObjectNode) tree.get("userData").get(0)).put("sha256", "ABC");

        assertThat(ManifestSchema.problems(tree))
                .singleElement()
                .asString()
                .contains("sha256")
                .contains("pattern");
    }

    @Test
    void theSchemaRefusesAStackNameThatCannotBeAFileName() throws IOException {
        JsonNode tree = manifest(TemplateFormat.JSON);
        ((ObjectNode) tree.get("stacks").get(0)).put("name", "../network");

        assertThat(ManifestSchema.problems(tree))
                .singleElement()
                .asString()
                .contains("name")
                .contains("pattern");
    }

    @Test
    void theSchemaRefusesAnOutputSourceWithoutItsStack() throws IOException {
        JsonNode tree = manifest(TemplateFormat.JSON);
        ((ObjectNode) tree.at("/stacks/1/parameters/NetworkVpc")).remove("stack");

        assertThat(ManifestSchema.problems(tree)).isNotEmpty();
    }
}
