package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;

/** One change set: what it would apply, its diff, and its statuses as functions of time. */
final class FakeChangeSet {
    static final String NO_CHANGES =
            "The submitted information didn't contain changes. Submit different information to create a change set.";

    final String name;
    final String arn;
    final FakeStack stack;
    final String type;
    final String clientToken;
    final String description;
    final long createdAt;
    final long stepMillis;
    final JsonNode template;
    final String templateBody;
    final Map<String, String> parameters;
    final Map<String, String> tags;
    final List<String> capabilities;
    final List<ResourceChange> changes;
    final boolean noChanges;
    List<String> notificationArns = List.of();
    String executionStatus;
    String executionToken;
    Long deleteUntil;

    FakeChangeSet(
            String name,
            FakeStack stack,
            int incarnation,
            String type,
            String clientToken,
            String description,
            long createdAt,
            long stepMillis,
            JsonNode template,
            String templateBody,
            Map<String, String> parameters,
            Map<String, String> tags,
            List<String> capabilities,
            List<ResourceChange> changes,
            boolean noChanges) {
        this.name = name;
        this.arn = "arn:aws:cloudformation:" + FakeStack.REGION + ":" + FakeStack.ACCOUNT + ":changeSet/" + name + "/"
                + UUID.nameUUIDFromBytes(
                        (stack.arn + "/changeSet/" + name + "/" + incarnation).getBytes(StandardCharsets.UTF_8));
        this.stack = stack;
        this.type = type;
        this.clientToken = clientToken;
        this.description = description;
        this.createdAt = createdAt;
        this.stepMillis = stepMillis;
        this.template = template;
        this.templateBody = templateBody;
        this.parameters = Map.copyOf(parameters);
        this.tags = Map.copyOf(tags);
        this.capabilities = List.copyOf(capabilities);
        this.changes = List.copyOf(changes);
        this.noChanges = noChanges;
    }

    String status(long now) {
        if (deleteUntil != null) {
            return "DELETE_IN_PROGRESS";
        }
        if (now < createdAt + stepMillis) {
            return "CREATE_PENDING";
        }
        if (now < createdAt + 2 * stepMillis) {
            return "CREATE_IN_PROGRESS";
        }
        return noChanges ? "FAILED" : "CREATE_COMPLETE";
    }

    String statusReason(long now) {
        return "FAILED".equals(status(now)) ? NO_CHANGES : null;
    }

    String executionStatus(long now) {
        if (executionStatus != null) {
            return executionStatus;
        }
        return "CREATE_COMPLETE".equals(status(now)) ? "AVAILABLE" : "UNAVAILABLE";
    }

    boolean creating(long now) {
        String s = status(now);
        return s.equals("CREATE_PENDING") || s.equals("CREATE_IN_PROGRESS");
    }

    Instant creationTime() {
        return Instant.ofEpochMilli(createdAt);
    }
}
