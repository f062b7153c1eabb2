package dev.plinth.materializer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** A stack as DescribeStacks shows it, reduced to what convergence decides on. */
record StackState(
        String arn,
        String status,
        Optional<String> statusReason,
        Map<String, String> parameters,
        Map<String, String> tags,
        Map<String, String> outputs,
        boolean terminationProtection,
        Optional<Instant> lastChanged,
        SortedSet<String> notificationArns) {

    static StackState of(Stack stack) {
        Map<String, String> parameters = new TreeMap<>();
        stack.parameters()
                .forEach(p -> parameters.put(p.parameterKey(), p.parameterValue() == null ? "" : p.parameterValue()));
        Map<String, String> tags = new TreeMap<>();
        stack.tags().forEach(t -> tags.put(t.key(), t.value()));
        Map<String, String> outputs = new TreeMap<>();
        stack.outputs().forEach(o -> outputs.put(o.outputKey(), o.outputValue()));
        Instant changed = stack.lastUpdatedTime() != null ? stack.lastUpdatedTime() : stack.creationTime();
        return new StackState(
                stack.stackId(),
                stack.stackStatusAsString(),
                Optional.ofNullable(stack.stackStatusReason()),
                parameters,
                tags,
                outputs,
                Boolean.TRUE.equals(stack.enableTerminationProtection()),
                Optional.ofNullable(changed),
                new TreeSet<>(stack.notificationARNs()));
    }

    boolean inProgress() {
        return status.endsWith("_IN_PROGRESS") && !status.equals("REVIEW_IN_PROGRESS");
    }

    /** A stack that never came to exist usefully: delete it and create it again. */
    boolean needsRecreate() {
        switch (status) {
            case "ROLLBACK_COMPLETE":
            case "ROLLBACK_FAILED":
            case "CREATE_FAILED":
            case "REVIEW_IN_PROGRESS":
                return true;
            default:
                return false;
        }
    }

    boolean deleted() {
        return status.equals("DELETE_COMPLETE");
    }

    /** A status an update can start from. */
    boolean stable() {
        switch (status) {
            case "CREATE_COMPLETE":
            case "UPDATE_COMPLETE":
            case "UPDATE_ROLLBACK_COMPLETE":
            case "IMPORT_COMPLETE":
            case "IMPORT_ROLLBACK_COMPLETE":
                return true;
            default:
                return false;
        }
    }

    static boolean success(String status) {
        return status.equals("CREATE_COMPLETE") || status.equals("UPDATE_COMPLETE") || status.equals("IMPORT_COMPLETE");
    }

    /** The end of an operation, good or bad. */
    static boolean terminal(String status) {
        return !status.endsWith("_IN_PROGRESS");
    }
}
