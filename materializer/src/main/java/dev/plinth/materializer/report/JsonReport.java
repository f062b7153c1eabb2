package dev.plinth.materializer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.manifest.JsonStyle;
import dev.plinth.materializer.ParameterChange;
import dev.plinth.materializer.ReviewBanner;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.diff.ResourceChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A run report as JSON for tools. Fixed field order, two-space indents, {@code \n}, a final
 * newline; enum values in lower case; an absent message or replacement is left out;
 * {@code succeeded} is derived and ignored when read back. {@link #parse} reads what
 * {@link #render} writes and refuses another schema version.
 */
public final class JsonReport {
    /** The version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The JSON Schema of the report, {@code run-report.schema.json} beside this class. */
    public static final String SCHEMA_ID = "https://plinth.dev/schemas/run-report-1.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = writer();

    private JsonReport() {}

    public static String render(RunReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("platform", report.platform());
        root.put("environment", report.environment());
        root.put("region", report.region());
        root.put("mode", ReportText.lower(report.mode()));
        root.put("succeeded", report.succeeded());
        root.put("durationMillis", report.durationMillis());
        if (report.express()) {
            root.put("express", true);
        }
        ArrayNode stacks = root.putArray("stacks");
        for (StackReport stack : report.stacks()) {
            ObjectNode node = stacks.addObject();
            node.put("stack", stack.stack());
            node.put("stackName", stack.stackName());
            node.put("action", ReportText.lower(stack.action()));
            node.put("outcome", ReportText.lower(stack.outcome()));
            node.put("durationMillis", stack.durationMillis());
            stack.message().ifPresent(m -> node.put("message", m));
            node.put("apiCalls", stack.apiCalls());
            ArrayNode changes = node.putArray("changes");
            for (ResourceChange change : stack.changes()) {
                ObjectNode c = changes.addObject();
                c.put("logicalId", change.logicalId());
                c.put("resourceType", change.resourceType());
                c.put("action", change.action());
                change.replacement().ifPresent(r -> c.put("replacement", r));
                c.set("replacingProperties", strings(change.replacingProperties()));
                c.set("changedProperties", strings(change.changedProperties()));
                c.put("protected", change.isProtected());
                if (!change.properties().isEmpty()) {
                    c.set("properties", strings(change.properties()));
                }
                if (!change.access().isEmpty()) {
                    c.set("access", strings(change.access()));
                }
            }
            ArrayNode parameters = node.putArray("parameterChanges");
            for (ParameterChange change : stack.parameterChanges()) {
                ObjectNode p = parameters.addObject();
                p.put("name", change.name());
                change.before().ifPresent(v -> p.put("before", v));
                change.after().ifPresent(v -> p.put("after", v));
            }
            node.set("unknownParameters", strings(stack.unknownParameters()));
            if (!stack.banners().isEmpty()) {
                ArrayNode banners = node.putArray("banners");
                for (ReviewBanner banner : stack.banners()) {
                    ObjectNode b = banners.addObject();
                    b.put("kind", banner.kind());
                    b.put("title", banner.title());
                    b.set("entries", strings(banner.entries()));
                }
            }
            ObjectNode outputs = node.putObject("outputs");
            new TreeMap<>(stack.outputs()).forEach(outputs::put);
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    public static RunReport parse(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("A run report is a JSON object");
        }
        int version = required(root, "schemaVersion").asInt();
        if (version != SCHEMA_VERSION) {
            throw new IOException("Run report schema version " + version + ", this reader knows " + SCHEMA_VERSION);
        }
        List<StackReport> stacks = new ArrayList<>();
        for (JsonNode node : required(root, "stacks")) {
            List<ResourceChange> changes = new ArrayList<>();
            for (JsonNode c : required(node, "changes")) {
                changes.add(new ResourceChange(
                        text(c, "logicalId"),
                        text(c, "resourceType"),
                        text(c, "action"),
                        optional(c, "replacement"),
                        strings(c, "replacingProperties"),
                        strings(c, "changedProperties"),
                        required(c, "protected").asBoolean(),
                        optionalStrings(c, "properties"),
                        optionalStrings(c, "access")));
            }
            Map<String, String> outputs = new TreeMap<>();
            required(node, "outputs")
                    .properties()
                    .forEach(e -> outputs.put(e.getKey(), e.getValue().asText()));
            stacks.add(new StackReport(
                    text(node, "stack"),
                    text(node, "stackName"),
                    constant(StackReport.Action.class, text(node, "action")),
                    constant(StackReport.Outcome.class, text(node, "outcome")),
                    changes,
                    parameterChanges(node),
                    strings(node, "unknownParameters"),
                    required(node, "durationMillis").asLong(),
                    optional(node, "message"),
                    outputs,
                    required(node, "apiCalls").asInt(),
                    banners(node)));
        }
        return new RunReport(
                text(root, "platform"),
                text(root, "environment"),
                text(root, "region"),
                constant(RunReport.Mode.class, text(root, "mode")),
                stacks,
                required(root, "durationMillis").asLong(),
                root.path("express").asBoolean(false));
    }

    private static List<ParameterChange> parameterChanges(JsonNode stack) throws IOException {
        List<ParameterChange> changes = new ArrayList<>();
        JsonNode array = stack.get("parameterChanges");
        if (array != null) {
            for (JsonNode p : array) {
                changes.add(new ParameterChange(text(p, "name"), optional(p, "before"), optional(p, "after")));
            }
        }
        return changes;
    }

    private static List<String> optionalStrings(JsonNode node, String field) throws IOException {
        return node.has(field) ? strings(node, field) : List.of();
    }

    private static List<ReviewBanner> banners(JsonNode stack) throws IOException {
        List<ReviewBanner> banners = new ArrayList<>();
        for (JsonNode b : stack.path("banners")) {
            banners.add(new ReviewBanner(text(b, "kind"), text(b, "title"), strings(b, "entries")));
        }
        return banners;
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    static JsonNode required(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IOException("missing field '" + field + "'");
        }
        return value;
    }

    static String text(JsonNode node, String field) throws IOException {
        return required(node, field).asText();
    }

    static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode node, String field) throws IOException {
        List<String> values = new ArrayList<>();
        required(node, field).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) throws IOException {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(
                    "Run report: '" + name + "' is not a "
                            + type.getSimpleName().toLowerCase(Locale.ROOT),
                    e);
        }
    }

    private static ObjectWriter writer() {
        return JsonStyle.writer(MAPPER);
    }
}
