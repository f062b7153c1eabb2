package dev.plinth.materializer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.materializer.PlanFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan file as JSON: fixed field order, two-space indents, a final newline, the plan's report
 * as {@link JsonReport} writes it. {@link #read} refuses another format version and names the file.
 */
public final class PlanFileJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanFileJson() {}

    public static String render(PlanFile plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", PlanFile.FORMAT_VERSION);
        root.put("manifestSha256", plan.manifestSha256());
        root.put("createdAt", plan.createdAt().toString());
        root.put("expiresAt", plan.expiresAt().toString());
        root.put("runId", plan.runId());
        ArrayNode stacks = root.putArray("stacks");
        for (PlanFile.Planned stack : plan.stacks()) {
            ObjectNode node = stacks.addObject();
            node.put("stack", stack.stack());
            stack.changeSetArn().ifPresent(v -> node.put("changeSetArn", v));
            stack.stackArn().ifPresent(v -> node.put("stackArn", v));
            stack.status().ifPresent(v -> node.put("status", v));
            stack.lastChanged().ifPresent(v -> node.put("lastChanged", v));
            stack.templateSha256().ifPresent(v -> node.put("templateSha256", v));
            node.put("knownAfterApply", stack.knownAfterApply());
        }
        try {
            root.set("report", MAPPER.readTree(JsonReport.render(plan.report())));
            return MAPPER.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(root)
                            .replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** Reads a plan file; any problem is an IOException naming the file and what is wrong. */
    public static PlanFile read(Path file) throws IOException {
        String problem;
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            int version = JsonReport.required(root, "formatVersion").asInt();
            if (version != PlanFile.FORMAT_VERSION) {
                throw new IOException("format version " + version + "; this Plinth reads version "
                        + PlanFile.FORMAT_VERSION + ": make the plan with the same Plinth that applies it");
            }
            List<PlanFile.Planned> stacks = new ArrayList<>();
            for (JsonNode node : JsonReport.required(root, "stacks")) {
                stacks.add(new PlanFile.Planned(
                        JsonReport.text(node, "stack"),
                        JsonReport.optional(node, "changeSetArn"),
                        JsonReport.optional(node, "stackArn"),
                        JsonReport.optional(node, "status"),
                        JsonReport.optional(node, "lastChanged"),
                        JsonReport.optional(node, "templateSha256"),
                        JsonReport.required(node, "knownAfterApply").asBoolean()));
            }
            return new PlanFile(
                    JsonReport.text(root, "manifestSha256"),
                    Instant.parse(JsonReport.text(root, "createdAt")),
                    Instant.parse(JsonReport.text(root, "expiresAt")),
                    JsonReport.text(root, "runId"),
                    JsonReport.parse(MAPPER.writeValueAsString(JsonReport.required(root, "report"))),
                    stacks);
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            problem = e.getMessage();
        }
        throw new IOException(
                file + " is not a plan file Plinth can read: " + problem + "; make it with plinth plan --out");
    }
}
