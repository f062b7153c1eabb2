package dev.plinth.materializer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.materializer.RunReport;
import java.io.IOException;
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
    String json = JsonReport.render(ReportFixtures.applyRun()).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");

    assertThatThrownBy(() -> JsonReport.parse(json)).isInstanceOf(IOException.class).hasMessageContaining("version 2");
  }

  @Test
  void refusesAnUnknownOutcome() {
    String json = JsonReport.render(ReportFixtures.applyRun()).replace("\"outcome\": \"skipped\"", "\"outcome\": \"lost\"");

    assertThatThrownBy(() -> JsonReport.parse(json)).isInstanceOf(IOException.class).hasMessageContaining("'lost'");
  }
}
