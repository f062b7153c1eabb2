package dev.plinth.materializer.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.ResourceTargetDefinition;

/** Test trees: resources written as JSON text, change-set details as CloudFormation returns them. */
final class Trees {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Trees() {}

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of a type with properties given as JSON object text. */
    static JsonNode resource(String type, String properties) {
        return json("{\"Type\": \"" + type + "\", \"Properties\": " + properties + "}");
    }

    static ResourceChangeDetail detail(
            String name, String recreation, String evaluation, String source, String causingEntity) {
        return ResourceChangeDetail.builder()
                .target(ResourceTargetDefinition.builder()
                        .attribute("Properties")
                        .name(name)
                        .requiresRecreation(recreation)
                        .build())
                .evaluation(evaluation)
                .changeSource(source)
                .causingEntity(causingEntity)
                .build();
    }
}
