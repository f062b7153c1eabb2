package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudformation.model.Output;

/** Evaluates a template's outputs against fake physical ids, parameters and pseudo parameters. */
final class OutputValues {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");

    private final FakeStack stack;
    private final JsonNode template;
    private final Map<String, String> parameters;
    private final Map<String, String> physicalIds;

    OutputValues(FakeStack stack, JsonNode template, Map<String, String> parameters, Map<String, String> physicalIds) {
        this.stack = stack;
        this.template = template;
        this.parameters = parameters;
        this.physicalIds = physicalIds;
    }

    List<Output> evaluate() {
        List<Output> outputs = new ArrayList<>();
        template.path("Outputs").fields().forEachRemaining(e -> {
            JsonNode output = e.getValue();
            JsonNode export = output.path("Export").path("Name");
            outputs.add(Output.builder()
                    .outputKey(e.getKey())
                    .outputValue(value(output.path("Value")))
                    .description(
                            output.has("Description")
                                    ? output.get("Description").asText()
                                    : null)
                    .exportName(export.isMissingNode() ? null : value(export))
                    .build());
        });
        return outputs;
    }

    private String value(JsonNode node) {
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isObject() && node.size() == 1) {
            String function = node.fieldNames().next();
            JsonNode arg = node.get(function);
            switch (function) {
                case "Ref":
                    return ref(arg.asText());
                case "Fn::GetAtt":
                    return arg.isArray()
                            ? getAtt(arg.path(0).asText(), arg.path(1).asText())
                            : getAtt(
                                    arg.asText().split("\\.", 2)[0],
                                    arg.asText().split("\\.", 2)[1]);
                case "Fn::Join":
                    if (arg.isArray() && arg.path(1).isArray()) {
                        List<String> parts = new ArrayList<>();
                        arg.path(1).forEach(part -> parts.add(value(part)));
                        return String.join(arg.path(0).asText(), parts);
                    }
                    break;
                case "Fn::Sub":
                    return sub(arg);
                default:
                    break;
            }
        }
        return placeholder(node);
    }

    private String sub(JsonNode arg) {
        String text = arg.isArray() ? arg.path(0).asText() : arg.asText();
        Map<String, String> variables = new HashMap<>();
        if (arg.isArray()) {
            arg.path(1).fields().forEachRemaining(e -> variables.put(e.getKey(), value(e.getValue())));
        }
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String replacement;
            if (!m.group(1).isEmpty()) {
                replacement = "${" + name + "}";
            } else if (variables.containsKey(name)) {
                replacement = variables.get(name);
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                replacement = getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
            } else {
                replacement = ref(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String ref(String name) {
        switch (name) {
            case "AWS::Region":
                return FakeStack.REGION;
            case "AWS::AccountId":
                return FakeStack.ACCOUNT;
            case "AWS::StackName":
                return stack.name;
            case "AWS::StackId":
                return stack.arn;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::NoValue":
                return "";
            default:
                break;
        }
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        return Objects.requireNonNullElseGet(
                physicalIds.get(name),
                () -> placeholder(template.path("Resources").path(name)));
    }

    private String getAtt(String logicalId, String attribute) {
        String physicalId = ref(logicalId);
        if (attribute.equals("Arn")) {
            String[] type =
                    Templates.type(template.path("Resources").path(logicalId)).split("::");
            String service = type.length > 1 ? type[1].toLowerCase() : "fake";
            return "arn:aws:" + service + ":" + FakeStack.REGION + ":" + FakeStack.ACCOUNT + ":" + physicalId;
        }
        return physicalId + "." + attribute;
    }

    static String placeholder(JsonNode expression) {
        return "placeholder-"
                + Hashing.sha256()
                        .hashString(expression.toString(), StandardCharsets.UTF_8)
                        .toString()
                        .substring(0, 8);
    }
}
