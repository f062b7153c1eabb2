package dev.plinth.materializer.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.manifest.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Changes one field of one stack in a compiled folder's manifest.json, as another compiler (or a
 * hand) might write it: the materializer must go by what the manifest says.
 */
final class ManifestEdit {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestEdit() {}

    static Path set(Path dir, String stack, String field, Object value) {
        Path file = dir.resolve(Manifest.FILE_NAME);
        try {
            JsonNode manifest = JSON.readTree(file.toFile());
            for (JsonNode entry : manifest.path("stacks")) {
                if (entry.path("name").asText().equals(stack)) {
                    ((ObjectNode) entry).set(field, JSON.valueToTree(value));
                    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), manifest);
                    return dir;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no stack " + stack + " in " + file);
    }
}
