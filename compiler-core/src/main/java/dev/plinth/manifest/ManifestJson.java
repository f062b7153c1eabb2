package dev.plinth.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes and reads {@code manifest.json}. Written like the templates (fixed field order, two-space
 * indents, {@code \n}, a final newline) so the same manifest gives the same bytes anywhere. The
 * reader is as strict as the JSON Schema: a missing or unknown field is an error, so a manifest
 * from a newer compiler is refused rather than half understood.
 */
final class ManifestJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = writer();
    /** Strict about what follows the manifest's object, too: a file with two objects, or a stray bracket, is refused. */
    private static final ObjectReader READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ManifestJson() {}

    static byte[] write(Manifest manifest) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", manifest.schemaVersion());
        root.put("platform", manifest.platform());
        root.put("environment", manifest.environment());
        root.put("region", manifest.region());
        manifest.accountId().ifPresent(a -> root.put("accountId", a));
        root.put("production", manifest.production());
        root.set("tags", strings(manifest.tags()));
        ArrayNode stacks = root.putArray("stacks");
        manifest.stacks().forEach(s -> stacks.add(stack(s)));
        ArrayNode userData = root.putArray("userData");
        for (Manifest.UserData script : manifest.userData()) {
            ObjectNode node = userData.addObject();
            node.put("role", script.role());
            node.put("file", script.file());
            node.put("sha256", script.sha256());
            node.put("bytes", script.bytes());
        }
        try {
            return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    private static ObjectNode stack(Manifest.Stack stack) {
        ObjectNode node = NODES.objectNode();
        node.put("name", stack.name());
        node.put("stackName", stack.stackName());
        node.put("template", stack.template());
        node.put("format", stack.format().extension());
        node.put("sha256", stack.sha256());
        node.put("bytes", stack.bytes());
        node.put("needsS3", stack.needsS3());
        node.put("resources", stack.resources());
        ObjectNode parameters = node.putObject("parameters");
        stack.parameters().forEach((name, p) -> parameters.set(name, parameter(p)));
        ArrayNode outputs = node.putArray("outputs");
        for (Manifest.StackOutput output : stack.outputs()) {
            ObjectNode o = outputs.addObject();
            o.put("name", output.name());
            output.description().ifPresent(d -> o.put("description", d));
            output.export().ifPresent(e -> o.put("export", e));
        }
        node.set("dependsOn", array(stack.dependsOn()));
        node.set("tags", strings(stack.tags()));
        node.set("capabilities", array(stack.capabilities()));
        node.put("terminationProtection", stack.terminationProtection());
        node.set("protectedResources", array(stack.protectedResources()));
        if (!stack.notificationArns().isEmpty()) {
            node.set("notificationArns", array(stack.notificationArns()));
        }
        stack.stackPolicy().ifPresent(policy -> node.put("stackPolicy", policy));
        return node;
    }

    private static ObjectNode parameter(Manifest.StackParameter parameter) {
        ObjectNode node = NODES.objectNode();
        node.put("type", parameter.type());
        node.put("source", parameter.source().jsonName());
        parameter.stack().ifPresent(s -> node.put("stack", s));
        parameter.output().ifPresent(o -> node.put("output", o));
        parameter
                .value()
                .ifPresent(v -> node.put(parameter.source() == Manifest.Source.DEFAULT ? "default" : "value", v));
        return node;
    }

    private static ObjectNode strings(Map<String, String> map) {
        ObjectNode node = NODES.objectNode();
        new TreeMap<>(map).forEach(node::put);
        return node;
    }

    private static ArrayNode array(Collection<String> items) {
        ArrayNode node = NODES.arrayNode();
        items.forEach(node::add);
        return node;
    }

    /**
     * Reads a manifest. Every way it can be unreadable (not JSON, not a manifest, a missing or
     * malformed field, another schema version) is an IOException that names {@code source}, says
     * what is wrong and where (the line and column of a JSON syntax error; the field's path
     * otherwise), and how to get a readable one.
     */
    static Manifest read(byte[] json, String source) throws IOException {
        try {
            return read(READER.readTree(json));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1
                    ? ""
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw unreadable(source, where + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw unreadable(source, e.getMessage(), e);
        }
    }

    private static IOException unreadable(String source, String what, IOException cause) {
        return new IOException(
                source + " is not a manifest Plinth can read: " + what + "; compile the platform again", cause);
    }

    /** The manifest in a parsed tree; an IOException whose message says where in the tree what is wrong. */
    private static Manifest read(JsonNode root) throws IOException {
        if (root == null || root.isMissingNode()) {
            throw new IOException("the file is empty");
        }
        JsonFields top = JsonFields.of(
                root,
                "",
                Set.of(
                        "schemaVersion",
                        "platform",
                        "environment",
                        "region",
                        "accountId",
                        "production",
                        "tags",
                        "stacks",
                        "userData"));
        int version = top.integer("schemaVersion");
        if (version != Manifest.SCHEMA_VERSION) {
            throw new IOException("schema version " + version + ", this reader knows " + Manifest.SCHEMA_VERSION);
        }
        List<Manifest.Stack> stacks = new ArrayList<>();
        List<JsonNode> stackNodes = top.array("stacks");
        for (int i = 0; i < stackNodes.size(); i++) {
            stacks.add(readStack(JsonFields.of(stackNodes.get(i), "stacks[" + i + "]", STACK_FIELDS)));
        }
        List<Manifest.UserData> userData = new ArrayList<>();
        List<JsonNode> scripts = top.array("userData");
        for (int i = 0; i < scripts.size(); i++) {
            JsonFields f =
                    JsonFields.of(scripts.get(i), "userData[" + i + "]", Set.of("role", "file", "sha256", "bytes"));
            userData.add(new Manifest.UserData(f.text("role"), f.text("file"), f.text("sha256"), f.number("bytes")));
        }
        return new Manifest(
                version,
                top.text("platform"),
                top.text("environment"),
                top.text("region"),
                top.optionalText("accountId"),
                top.bool("production"),
                top.stringMap("tags"),
                stacks,
                userData);
    }

    private static final Set<String> STACK_FIELDS = Set.of(
            "name",
            "stackName",
            "template",
            "format",
            "sha256",
            "bytes",
            "needsS3",
            "resources",
            "parameters",
            "outputs",
            "dependsOn",
            "tags",
            "capabilities",
            "terminationProtection",
            "protectedResources",
            "notificationArns",
            "stackPolicy");

    private static Manifest.Stack readStack(JsonFields f) throws IOException {
        SortedMap<String, Manifest.StackParameter> parameters = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : f.object("parameters").entrySet()) {
            parameters.put(
                    entry.getKey(),
                    readParameter(JsonFields.of(
                            entry.getValue(),
                            f.where() + ".parameters." + entry.getKey(),
                            Set.of("type", "source", "stack", "output", "value", "default"))));
        }
        List<Manifest.StackOutput> outputs = new ArrayList<>();
        List<JsonNode> outputNodes = f.array("outputs");
        for (int i = 0; i < outputNodes.size(); i++) {
            JsonFields o = JsonFields.of(
                    outputNodes.get(i), f.where() + ".outputs[" + i + "]", Set.of("name", "description", "export"));
            outputs.add(
                    new Manifest.StackOutput(o.text("name"), o.optionalText("description"), o.optionalText("export")));
        }
        return new Manifest.Stack(
                f.text("name"),
                f.text("stackName"),
                f.text("template"),
                format(f),
                f.text("sha256"),
                f.number("bytes"),
                f.bool("needsS3"),
                f.integer("resources"),
                parameters,
                outputs,
                new TreeSet<>(f.strings("dependsOn")),
                f.stringMap("tags"),
                new TreeSet<>(f.strings("capabilities")),
                f.bool("terminationProtection"),
                f.strings("protectedResources"),
                f.optionalStrings("notificationArns"),
                f.optionalText("stackPolicy"));
    }

    private static TemplateFormat format(JsonFields f) throws IOException {
        String format = f.text("format");
        for (TemplateFormat candidate : TemplateFormat.values()) {
            if (candidate.extension().equals(format)) {
                return candidate;
            }
        }
        throw new IOException(f.at("format '" + format + "' is neither json nor yaml"));
    }

    private static Manifest.StackParameter readParameter(JsonFields f) throws IOException {
        String type = f.text("type");
        String source = f.text("source");
        for (Manifest.Source candidate : Manifest.Source.values()) {
            if (candidate.jsonName().equals(source)) {
                try {
                    return new Manifest.StackParameter(
                            type,
                            candidate,
                            f.optionalText("stack"),
                            f.optionalText("output"),
                            candidate == Manifest.Source.DEFAULT ? f.optionalText("default") : f.optionalText("value"));
                } catch (IllegalArgumentException e) {
                    throw new IOException(f.at(e.getMessage()), e);
                }
            }
        }
        throw new IOException(f.at("source '" + source + "' is none of output, value, default, none"));
    }

    private static ObjectWriter writer() {
        return JsonStyle.writer(MAPPER);
    }
}
