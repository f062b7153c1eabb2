package dev.plinth.materializer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * The events of one operation on a stack. Pages DescribeStackEvents newest first, stops at the
 * first event already seen, and hands the new ones on oldest first. Everything seen before
 * {@link #markStart()} belongs to earlier operations.
 */
final class EventStream {
    private final CloudFormationApi cloudFormation;
    private final String stackArn;
    private final Set<String> seen = new HashSet<>();
    private final List<StackEvent> operation = new ArrayList<>();
    private final Set<String> finishedResources = new HashSet<>();

    EventStream(CloudFormationApi cloudFormation, String stackArn) {
        this.cloudFormation = cloudFormation;
        this.stackArn = stackArn;
    }

    /** Marks every event so far as belonging to earlier operations. */
    void markStart() {
        fetch();
        operation.clear();
        finishedResources.clear();
    }

    /** The events that arrived since the last call, oldest first. */
    List<StackEvent> poll() {
        List<StackEvent> fresh = fetch();
        operation.addAll(fresh);
        return fresh;
    }

    /** Counts the event towards progress; returns how many resources have finished so far. */
    int account(StackEvent event) {
        String status = event.resourceStatusAsString();
        if (!isStackEvent(event) && status != null && (status.endsWith("_COMPLETE") || status.endsWith("_FAILED"))) {
            finishedResources.add(event.logicalResourceId());
        }
        return finishedResources.size();
    }

    private List<StackEvent> fetch() {
        Deque<StackEvent> fresh = new ArrayDeque<>();
        String token = null;
        boolean reachedSeen = false;
        do {
            DescribeStackEventsResponse page = cloudFormation.describeStackEvents(DescribeStackEventsRequest.builder()
                    .stackName(stackArn)
                    .nextToken(token)
                    .build());
            for (StackEvent event : page.stackEvents()) {
                if (seen.contains(event.eventId())) {
                    reachedSeen = true;
                    break;
                }
                fresh.addFirst(event);
            }
            token = page.nextToken();
        } while (!reachedSeen && token != null);
        fresh.forEach(e -> seen.add(e.eventId()));
        return new ArrayList<>(fresh);
    }

    /** The stack's own events carry its name as logical id. */
    boolean isStackEvent(StackEvent event) {
        return "AWS::CloudFormation::Stack".equals(event.resourceType()) && stackArn.equals(event.physicalResourceId());
    }

    /** The first resource failure of this operation that is not a cancellation caused by another failure. */
    Optional<StackEvent> rootCause() {
        for (StackEvent event : operation) {
            String status = event.resourceStatusAsString();
            String reason = event.resourceStatusReason() == null ? "" : event.resourceStatusReason();
            if (status != null
                    && status.endsWith("_FAILED")
                    && !isStackEvent(event)
                    && !reason.toLowerCase(Locale.ROOT).contains("cancelled")) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** The failures of this operation (for a rollback that cannot continue: the resources that block it). */
    List<StackEvent> failures() {
        List<StackEvent> failures = new ArrayList<>();
        for (StackEvent event : operation) {
            String status = event.resourceStatusAsString();
            if (status != null && status.endsWith("_FAILED") && !isStackEvent(event)) {
                failures.add(event);
            }
        }
        return failures;
    }
}
