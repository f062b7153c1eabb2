package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/** One stack's state: what DescribeStacks shows, its events, its change sets, and its scheduled moments. */
final class FakeStack {
    static final String REGION = "eu-west-1";
    static final String ACCOUNT = "123456789012";
    static final String STACK_TYPE = "AWS::CloudFormation::Stack";

    record Res(String id, String type, String physicalId) {}

    record Moment(
            long at,
            String logicalId,
            String physicalId,
            String resourceType,
            String status,
            String reason,
            String token,
            boolean stackLevel,
            Runnable effect) {}

    final String name;
    final String arn;
    final long createdAt;
    String status;
    String reason;
    JsonNode template;
    String templateBody;
    Map<String, String> parameters = new LinkedHashMap<>();
    Map<String, String> tags = new LinkedHashMap<>();
    List<Output> outputs = List.of();
    boolean terminationProtection;
    List<String> notificationArns = List.of();
    String stackPolicy;
    Long lastUpdatedAt;
    Long deletedAt;
    String lastChangeSetId;
    final Map<String, String> physicalIds = new LinkedHashMap<>();
    final Map<String, String> resourceTypes = new LinkedHashMap<>();
    final Map<String, Integer> generations = new HashMap<>();
    final Set<String> rollbackBlockers = new LinkedHashSet<>();
    final List<Res> cleanupCreated = new ArrayList<>();
    final List<Res> cleanupFailed = new ArrayList<>();
    final Map<String, FakeChangeSet> changeSets = new LinkedHashMap<>();
    final List<StackEvent> events = new ArrayList<>();
    final Deque<Moment> scheduled = new ArrayDeque<>();
    int staleReads;
    String staleStatus;
    String staleReason;
    private int eventCount;

    FakeStack(String name, int incarnation, long createdAt) {
        this.name = name;
        this.arn = "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/" + name + "/"
                + UUID.nameUUIDFromBytes(("stack/" + name + "/" + incarnation).getBytes(StandardCharsets.UTF_8));
        this.createdAt = createdAt;
    }

    boolean live() {
        return !"DELETE_COMPLETE".equals(status);
    }

    boolean busy() {
        return status.endsWith("_IN_PROGRESS") && !status.equals("REVIEW_IN_PROGRESS");
    }

    String physicalId(String logicalId, int generation) {
        String hash = Hashing.sha256()
                .hashString(arn + "/" + logicalId + "/" + generation, StandardCharsets.UTF_8)
                .toString()
                .substring(0, 12)
                .toUpperCase();
        return name + "-" + logicalId + "-" + hash;
    }

    void useResources(JsonNode template) {
        physicalIds.clear();
        resourceTypes.clear();
        Templates.resources(template).forEach((id, r) -> {
            physicalIds.put(id, physicalId(id, generations.getOrDefault(id, 0)));
            resourceTypes.put(id, Templates.type(r));
        });
    }

    Res res(String logicalId) {
        return new Res(
                logicalId,
                resourceTypes.getOrDefault(logicalId, "AWS::CloudFormation::WaitConditionHandle"),
                physicalIds.get(logicalId));
    }

    void settle(long now) {
        while (!scheduled.isEmpty() && scheduled.peekFirst().at() <= now) {
            apply(scheduled.pollFirst());
        }
    }

    void apply(Moment m) {
        if (m.status() != null) {
            String logicalId = m.stackLevel() ? name : m.logicalId();
            Instant at = Instant.ofEpochMilli(m.at());
            String eventId = m.stackLevel()
                    ? UUID.nameUUIDFromBytes((arn + "/event/" + eventCount).getBytes(StandardCharsets.UTF_8))
                            .toString()
                    : logicalId + "-" + m.status() + "-" + at;
            eventCount++;
            events.add(StackEvent.builder()
                    .stackId(arn)
                    .stackName(name)
                    .eventId(eventId)
                    .logicalResourceId(logicalId)
                    .physicalResourceId(m.stackLevel() ? arn : m.physicalId())
                    .resourceType(m.stackLevel() ? STACK_TYPE : m.resourceType())
                    .timestamp(at)
                    .resourceStatus(m.status())
                    .resourceStatusReason(m.reason())
                    .clientRequestToken(m.token())
                    .build());
            if (m.stackLevel()) {
                status = m.status();
                reason = m.reason();
            }
        }
        if (m.effect() != null) {
            m.effect().run();
        }
    }

    Stack describe(boolean stale) {
        return Stack.builder()
                .stackId(arn)
                .stackName(name)
                .changeSetId(lastChangeSetId)
                .description(Templates.description(template))
                .parameters(parameters.entrySet().stream()
                        .map(e -> Parameter.builder()
                                .parameterKey(e.getKey())
                                .parameterValue(e.getValue())
                                .build())
                        .toList())
                .creationTime(Instant.ofEpochMilli(createdAt))
                .lastUpdatedTime(lastUpdatedAt == null ? null : Instant.ofEpochMilli(lastUpdatedAt))
                .deletionTime(deletedAt == null ? null : Instant.ofEpochMilli(deletedAt))
                .stackStatus(stale ? staleStatus : status)
                .stackStatusReason(stale ? staleReason : reason)
                .disableRollback(false)
                .outputs(outputs)
                .tags(tags.entrySet().stream()
                        .map(e -> Tag.builder()
                                .key(e.getKey())
                                .value(e.getValue())
                                .build())
                        .toList())
                .enableTerminationProtection(terminationProtection)
                .notificationARNs(notificationArns)
                .build();
    }
}
