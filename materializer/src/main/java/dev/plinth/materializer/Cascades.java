package dev.plinth.materializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.plinth.compiler.emit.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Changes that reach a stack through its parameters: when an upstream stack replaces the
 * resource behind an output this stack reads (a VPC, a subnet, a security group), the value
 * changes once the upstream is applied, and so does this stack, although its own change set,
 * made from today's values, shows nothing. A plan says so: "will change after network (Vpc)".
 */
final class Cascades {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private Cascades() {}

  static StackReport of(Manifest.Stack stack, StackReport report, Map<String, StackReport> reports, Map<String, byte[]> templates) {
    if (report.outcome() != StackReport.Outcome.UNCHANGED && report.outcome() != StackReport.Outcome.PLANNED) {
      return report;
    }
    Set<String> causes = new TreeSet<>();
    List<ParameterChange> parameters = new ArrayList<>(report.parameterChanges());
    stack.parameters().forEach((key, parameter) -> parameter.stack().ifPresent(upstream -> {
      StackReport producer = reports.get(upstream);
      byte[] template = templates.get(upstream);
      if (producer == null || template == null) {
        return;
      }
      String output = parameter.output().orElseThrow();
      for (String resource : referenced(parse(template).path("Outputs").path(output).path("Value"))) {
        if (producer.changes().stream().anyMatch(c -> c.logicalId().equals(resource) && c.destroys())) {
          causes.add(upstream + " (" + output + ": " + resource + " is replaced)");
          if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
            parameters.add(new ParameterChange(key, Optional.empty(), Optional.empty()));
          }
        }
      }
    }));
    if (causes.isEmpty()) {
      return report;
    }
    String message = PlanVerdict.CASCADE + String.join(", ", causes) + ": the values it reads change then, and so does it"
        + report.message().map(m -> "; " + m).orElse("");
    StackReport.Action action = report.action() == StackReport.Action.NONE ? StackReport.Action.UPDATE : report.action();
    return new StackReport(report.stack(), report.stackName(), action, StackReport.Outcome.PLANNED, report.changes(), parameters,
        report.unknownParameters(), report.durationMillis(), Optional.of(message), report.outputs(), report.apiCalls(), report.banners());
  }

  /** The logical ids an output's value refers to: {@code Ref X}, {@code Fn::GetAtt [X, …]}, {@code ${X}} in a Sub. */
  private static Set<String> referenced(JsonNode value) {
    Set<String> ids = new TreeSet<>();
    if (value.isObject()) {
      value.fields().forEachRemaining(field -> {
        switch (field.getKey()) {
          case "Ref" -> ids.add(field.getValue().asText());
          case "Fn::GetAtt" -> ids.add(field.getValue().isArray() ? field.getValue().path(0).asText()
              : field.getValue().asText().split("\\.")[0]);
          default -> ids.addAll(referenced(field.getValue()));
        }
      });
    } else if (value.isArray()) {
      value.forEach(element -> ids.addAll(referenced(element)));
    }
    return ids;
  }

  private static JsonNode parse(byte[] template) {
    String body = new String(template, StandardCharsets.UTF_8);
    try {
      return (body.stripLeading().startsWith("{") ? JSON : YAML).readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
