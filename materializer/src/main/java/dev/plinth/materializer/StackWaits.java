package dev.plinth.materializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.ContinueUpdateRollbackRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * The waits of one stack's convergence: an operation in progress settling, a change set's
 * operation with its events, a deletion, a continued rollback. Each polls under the run's
 * deadline, says every 30 s what it waits for, and when the deadline passes says that
 * CloudFormation carries on.
 */
final class StackWaits {
    private final CloudFormationApi cloudFormation;
    private final MaterializerOptions options;
    private final RunListener listener;
    private final Polling polling;
    private final Steps steps;
    private final String stack;

    StackWaits(
            CloudFormationApi cloudFormation,
            MaterializerOptions options,
            RunListener listener,
            Polling polling,
            Steps steps,
            String stack) {
        this.cloudFormation = cloudFormation;
        this.options = options;
        this.listener = listener;
        this.polling = polling;
        this.steps = steps;
        this.stack = stack;
    }

    /** Waits for the operation a change set started, streaming its events with a progress count out of {@code changes}. */
    StackState waitForOperation(
            String arn, EventStream events, Optional<String> before, boolean creating, int changes) {
        int total = Math.max(1, changes);
        boolean sawProgress = false;
        long nextStatusPoll = 0;
        String status = creating ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS";
        long waitStarted = polling.ticker().nowMillis();
        while (true) {
            for (StackEvent event : events.poll()) {
                listener.stackEvent(stack, event, Math.min(events.account(event), total), total);
            }
            long now = polling.ticker().nowMillis();
            if (now >= nextStatusPoll) {
                nextStatusPoll = now + options.statusPoll().toMillis();
                StackState current = readArn(arn);
                status = current.status();
                sawProgress |= current.inProgress();
                boolean moved = creating
                        ? !current.status().equals("REVIEW_IN_PROGRESS")
                        : sawProgress
                                || current.lastChanged()
                                        .map(Object::toString)
                                        .filter(t ->
                                                before.map(b -> !b.equals(t)).orElse(true))
                                        .isPresent();
                if (moved
                        && StackState.terminal(current.status())
                        && !current.status().equals("REVIEW_IN_PROGRESS")) {
                    events.poll()
                            .forEach(e -> listener.stackEvent(stack, e, Math.min(events.account(e), total), total));
                    return current;
                }
            }
            steps.heartbeat("waiting for " + status, waitStarted);
            if (!polling.pause(options.eventPoll())) {
                throw new StackFailure(StackReport.Outcome.FAILED, stillWorking(status));
            }
        }
    }

    /** A wait cut short by the run's deadline: CloudFormation goes on, and the next run picks it up. */
    private static String stillWorking(String status) {
        return "the run's deadline (--timeout) passed while CloudFormation was still working on the stack (" + status
                + "); it carries on without Plinth, and the next run waits for it to finish before doing anything else";
    }

    StackState readArn(String arn) {
        return StackState.of(cloudFormation
                .describeStacks(DescribeStacksRequest.builder().stackName(arn).build())
                .stacks()
                .get(0));
    }

    static boolean isAbsent(AwsServiceException e) {
        return e.awsErrorDetails() != null
                && "ValidationError".equals(e.awsErrorDetails().errorCode())
                && e.awsErrorDetails().errorMessage() != null
                && e.awsErrorDetails().errorMessage().contains("does not exist");
    }

    /** Waits out an operation in progress, then reads again. */
    Optional<StackState> settle(Optional<StackState> state) {
        Optional<StackState> settling = state;
        long since = polling.ticker().nowMillis();
        if (settling.isPresent() && settling.get().inProgress()) {
            steps.step("waiting for " + settling.get().status() + " to settle");
        }
        while (settling.isPresent() && settling.get().inProgress()) {
            steps.heartbeat("waiting for " + settling.get().status() + " to settle", since);
            if (!polling.pause(options.statusPoll())) {
                throw new StackFailure(
                        StackReport.Outcome.FAILED, stillWorking(settling.get().status()));
            }
            settling = Optional.of(readArn(settling.get().arn())).filter(s -> !s.deleted());
        }
        return settling;
    }

    void waitForDeletion(String arn) {
        long since = polling.ticker().nowMillis();
        while (true) {
            steps.heartbeat("waiting for the stack to be deleted", since);
            StackState current = readArn(arn);
            if (current.deleted()) {
                return;
            }
            if (current.status().equals("DELETE_FAILED")) {
                throw new StackFailure(
                        StackReport.Outcome.FAILED,
                        "could not delete the stack to create it again: "
                                + current.statusReason().orElse("DELETE_FAILED"));
            }
            if (!polling.pause(options.statusPoll())) {
                throw new StackFailure(StackReport.Outcome.FAILED, stillWorking("DELETE_IN_PROGRESS"));
            }
        }
    }

    StackState continueRollback(StackState state, String token) {
        steps.step("continuing the failed update rollback");
        EventStream events = new EventStream(cloudFormation, state.arn());
        events.markStart();
        cloudFormation.continueUpdateRollback(ContinueUpdateRollbackRequest.builder()
                .stackName(state.arn())
                .clientRequestToken(token)
                .build());
        StackState current = readArn(state.arn());
        boolean moved = false;
        long since = polling.ticker().nowMillis();
        while (!moved || !StackState.terminal(current.status())) {
            steps.heartbeat("waiting for the update rollback to finish", since);
            if (!polling.pause(options.statusPoll())) {
                throw new StackFailure(StackReport.Outcome.FAILED, stillWorking(current.status()));
            }
            moved |= !events.poll().isEmpty();
            current = readArn(state.arn());
            moved |= !current.status().equals("UPDATE_ROLLBACK_FAILED");
        }
        events.poll();
        if (!current.status().equals("UPDATE_ROLLBACK_COMPLETE")) {
            List<String> blocking = new ArrayList<>();
            events.failures()
                    .forEach(e -> blocking.add(
                            e.logicalResourceId() + " (" + e.resourceType() + "): " + e.resourceStatusReason()));
            throw new StackFailure(
                    StackReport.Outcome.FAILED,
                    "the update rollback could not continue (" + current.status() + ")"
                            + (blocking.isEmpty() ? "" : "; blocked by " + String.join("; ", blocking))
                            + "; fix those resources, or continue the rollback skipping them (aws cloudformation continue-update-rollback --resources-to-skip)");
        }
        return current;
    }
}
