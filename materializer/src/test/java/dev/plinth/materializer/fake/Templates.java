package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/** Reading templates as the service does: format, resources, references, capabilities, parameters. */
final class Templates {
    static final int MAX_BODY_BYTES = 51_200;
    static final int MAX_URL_BYTES = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> IAM_NAME_PROPERTIES =
            Set.of("RoleName", "UserName", "GroupName", "ManagedPolicyName", "InstanceProfileName");

    private Templates() {}

    static JsonNode parse(String body) {
        boolean json = body.stripLeading().startsWith("{");
        try {
            JsonNode tree = (json ? JSON : YAML).readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new IOException("not a mapping");
            }
            return tree;
        } catch (IOException e) {
            throw CfnErrors.validation("Template format error: " + (json ? "JSON" : "YAML") + " not well-formed.");
        }
    }

    static void validate(JsonNode template) {
        JsonNode resources = template.path("Resources");
        if (!resources.isObject() || resources.isEmpty()) {
            throw CfnErrors.validation("Template format error: At least one Resources member must be defined.");
        }
        Set<String> unresolved = new TreeSet<>();
        resources.forEach(r -> collectUnresolved(template, r, unresolved));
        template.path("Outputs").forEach(o -> collectUnresolved(template, o, unresolved));
        if (!unresolved.isEmpty()) {
            throw CfnErrors.validation("Template format error: Unresolved resource dependencies " + unresolved
                    + " in the Resources block of the template");
        }
    }

    private static void collectUnresolved(JsonNode template, JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode ref = node.get("Ref");
            if (node.size() == 1 && ref != null && ref.isTextual() && !resolvable(template, ref.asText())) {
                out.add(ref.asText());
            }
            JsonNode getAtt = node.get("Fn::GetAtt");
            if (node.size() == 1 && getAtt != null) {
                String target = getAtt.isArray()
                        ? getAtt.path(0).asText()
                        : getAtt.asText().split("\\.", 2)[0];
                if (!template.path("Resources").has(target)) {
                    out.add(target);
                }
            }
        }
        node.forEach(child -> collectUnresolved(template, child, out));
    }

    private static boolean resolvable(JsonNode template, String name) {
        return name.startsWith("AWS::")
                || template.path("Parameters").has(name)
                || template.path("Resources").has(name);
    }

    static void checkCapabilities(JsonNode template, List<String> granted) {
        boolean iam = false;
        boolean named = false;
        for (JsonNode resource : template.path("Resources")) {
            if (resource.path("Type").asText().startsWith("AWS::IAM::")) {
                iam = true;
                JsonNode props = resource.path("Properties");
                named |= IAM_NAME_PROPERTIES.stream().anyMatch(props::has);
            }
        }
        if (named && !granted.contains("CAPABILITY_NAMED_IAM")) {
            throw CfnErrors.insufficientCapabilities("CAPABILITY_NAMED_IAM");
        }
        if (iam && !granted.contains("CAPABILITY_IAM") && !granted.contains("CAPABILITY_NAMED_IAM")) {
            throw CfnErrors.insufficientCapabilities("CAPABILITY_IAM");
        }
        if (template.has("Transform") && !granted.contains("CAPABILITY_AUTO_EXPAND")) {
            throw CfnErrors.insufficientCapabilities("CAPABILITY_AUTO_EXPAND");
        }
    }

    static Map<String, String> resolveParameters(
            JsonNode template, List<Parameter> given, Map<String, String> previous) {
        JsonNode declared = template.path("Parameters");
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (Parameter p : given) {
            byKey.put(p.parameterKey(), p);
            if (!declared.has(p.parameterKey())) {
                unknown.add(p.parameterKey());
            }
        }
        if (!unknown.isEmpty()) {
            throw CfnErrors.validation("Parameters: " + unknown + " do not exist in the template");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        declared.fieldNames().forEachRemaining(key -> {
            Parameter p = byKey.get(key);
            if (p != null && Boolean.TRUE.equals(p.usePreviousValue())) {
                if (!previous.containsKey(key)) {
                    throw CfnErrors.validation(
                            "Invalid input for parameter key " + key
                                    + ". Cannot specify usePreviousValue as true for a parameter key not in the previous template");
                }
                values.put(key, previous.get(key));
            } else if (p != null && p.parameterValue() != null) {
                values.put(key, p.parameterValue());
            } else if (declared.path(key).has("Default")) {
                values.put(key, declared.path(key).path("Default").asText());
            } else {
                missing.add(key);
            }
        });
        if (!missing.isEmpty()) {
            throw CfnErrors.validation("Parameters: " + missing + " must have values");
        }
        return values;
    }

    static Map<String, JsonNode> resources(JsonNode template) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (template != null) {
            template.path("Resources").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    static String type(JsonNode resource) {
        return resource.path("Type").asText();
    }

    static String description(JsonNode template) {
        return template == null || !template.has("Description")
                ? null
                : template.get("Description").asText();
    }

    static int utf8Length(String body) {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    static ObjectNode emptyObject() {
        return JSON.createObjectNode();
    }

    static String body(CreateChangeSetRequest request, Map<String, String> templateObjects) {
        if (request.templateBody() != null) {
            if (utf8Length(request.templateBody()) > MAX_BODY_BYTES) {
                throw CfnErrors.validation("1 validation error detected: Value at 'templateBody' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 51200");
            }
            return request.templateBody();
        }
        if (request.templateURL() == null) {
            throw CfnErrors.validation("Either Template URL or Template Body must be specified.");
        }
        String body = templateObjects.get(request.templateURL());
        if (body == null) {
            throw CfnErrors.validation("S3 error: Access Denied");
        }
        if (utf8Length(body) > MAX_URL_BYTES) {
            throw CfnErrors.validation("Template may not exceed 1000000 bytes in size.");
        }
        return body;
    }
}
