package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.compiler.UserDataLimits;
import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateLimits;
import dev.plinth.names.NameRule;
import dev.plinth.names.NameRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifest's JSON Schema is published beside the code that writes manifests: its limits are
 * the code's constants, and it accepts every value the code's naming rules accept, so a
 * manifest Plinth writes never fails its own schema.
 */
class ManifestSchemaAgreementTest {
    private static final JsonNode SCHEMA = load();

    private static JsonNode load() {
        try (InputStream in = Manifest.class.getResourceAsStream("manifest.schema.json")) {
            return ManifestSchema.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSchemasLimitsAreTheCodesConstants() {
        assertThat(SCHEMA.at("/$defs/stack/properties/resources/maximum").asInt())
                .isEqualTo(TemplateLimits.MAX_RESOURCES);
        assertThat(SCHEMA.at("/$defs/userData/properties/bytes/maximum").asInt())
                .isEqualTo(UserDataLimits.MAX_BYTES);
    }

    static List<Arguments> rules() {
        return List.of(
                Arguments.of(
                        "/$defs/name/pattern",
                        NameRules.PLINTH_NAME,
                        List.of("a", "web", "orders-api", "a1-b2-c3", "x".repeat(NameRules.MAX_NAME_LENGTH))),
                Arguments.of(
                        "/properties/region/pattern",
                        NameRules.AWS_REGION,
                        List.of(
                                "eu-west-1",
                                "us-east-2",
                                "ap-southeast-4",
                                "us-gov-west-1",
                                "ca-central-1",
                                "il-central-1")),
                Arguments.of(
                        "/properties/accountId/pattern", NameRules.ACCOUNT_ID, List.of("123456789012", "000000000000")),
                Arguments.of(
                        "/$defs/logicalId/pattern",
                        NameRules.LOGICAL_ID,
                        List.of("Vpc", "WebGroup", "A1", "X".repeat(255))),
                Arguments.of(
                        "/$defs/sha256/pattern",
                        NameRules.SHA256,
                        List.of("0".repeat(64), "a".repeat(32) + "9".repeat(32))),
                Arguments.of(
                        "/$defs/stack/properties/stackName/pattern",
                        NameRules.CLOUDFORMATION_STACK_NAME,
                        List.of("shop-prod-network", "A", "a-" + "b".repeat(126))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theSchemaAcceptsWhatTheNamingRuleAccepts(String pointer, NameRule rule, List<String> accepted) {
        Pattern schema = Pattern.compile(SCHEMA.at(pointer).asText());

        for (String value : accepted) {
            assertThat(rule.accepts(value))
                    .as("%s accepts %s", rule.what(), value)
                    .isTrue();
            assertThat(schema.matcher(value).find())
                    .as("the schema's %s accepts %s", pointer, value)
                    .isTrue();
        }
    }
}
