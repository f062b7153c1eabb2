package dev.plinth.materializer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.plinth.materializer.ReviewBanner;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.diff.ResourceChange;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void readsBackTheReportItWrote() throws IOException {
        RunReport report = ReportFixtures.applyRun();

        String json = JsonReport.render(report);

        assertThat(JsonReport.parse(json)).isEqualTo(report);
        assertThat(JsonReport.render(JsonReport.parse(json))).isEqualTo(json);
    }

    @Test
    void writesFieldsInAFixedOrderWithTwoSpaceIndentsAndAFinalNewline() {
        String json = JsonReport.render(ReportFixtures.applyRun());

        assertThat(json).startsWith("""
        {
          "$schema": "https://plinth.dev/schemas/run-report-1.schema.json",
          "schemaVersion": 1,
          "platform": "demo",
          "environment": "dev",
          "region": "eu-west-1",
          "mode": "apply",
          "succeeded": false,
          "durationMillis": 172100,
          "stacks": [
            {
              "stack": "network",
              "stackName": "demo-dev-network",
              "action": "create",
              "outcome": "applied",
              "durationMillis": 12340,
              "apiCalls": 9,
              "changes": [
        """);
        assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
        assertThat(json).contains("\"message\": \"app failed\"").contains("\"replacement\": \"Conditional\"");
    }

    @Test
    void refusesAnotherSchemaVersion() {
        String json =
                JsonReport.render(ReportFixtures.applyRun()).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");

        assertThatThrownBy(() -> JsonReport.parse(json))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void refusesAnUnknownOutcome() {
        String json = JsonReport.render(ReportFixtures.applyRun())
                .replace("\"outcome\": \"skipped\"", "\"outcome\": \"lost\"");

        assertThatThrownBy(() -> JsonReport.parse(json))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'lost'");
    }

    @Test
    void everyReportItWritesIsValidAgainstTheCommittedSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = JsonReport.class.getResourceAsStream("run-report.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        RunReport reviewed = new RunReport(
                "shop",
                "dev",
                "eu-west-1",
                RunReport.Mode.PLAN,
                List.of(new StackReport(
                        "network",
                        "shop-dev-network",
                        StackReport.Action.UPDATE,
                        StackReport.Outcome.PLANNED,
                        List.of(new ResourceChange(
                                "Vpc",
                                "AWS::EC2::VPC",
                                "Modify",
                                Optional.of("True"),
                                List.of("CidrBlock"),
                                List.of("CidrBlock"),
                                false,
                                List.of("CidrBlock: 10.0.0.0/16 → 10.1.0.0/16 (forces replacement)"),
                                List.of())),
                        List.of(),
                        List.of(),
                        10,
                        Optional.empty(),
                        Map.of(),
                        2,
                        List.of(new ReviewBanner(
                                "NETWORK_REPLACEMENT", "Network replacement", List.of("- Vpc replaced"))))),
                10,
                true);

        for (RunReport report : List.of(ReportFixtures.applyRun(), reviewed)) {
            JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
            assertThat(schema.validate(json)).as(json.toString()).isEmpty();
            assertThat(json.get("$schema").asText())
                    .isEqualTo(schema.getSchemaNode().get("$id").asText());
        }
    }
}
