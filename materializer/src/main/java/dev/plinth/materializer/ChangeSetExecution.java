package dev.plinth.materializer;

import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * The last steps of applying one stack's change set, once it is created (or taken up from a
 * reviewed plan) and approved: refuse protected replacements unless they are allowed, lift the
 * stack policy for an allowed one, execute, stream the events until the stack settles, then give
 * a new stack its policy and the stack its termination protection. A failure is a
 * {@link StackFailure} with the event that caused it.
 */
final class ChangeSetExecution {
    private final CloudFormationApi cloudFormation;
    private final MaterializerOptions options;
    private final StackRequest request;
    private final Steps steps;
    private final StackWaits waits;
    private final StackProtection protection;

    ChangeSetExecution(
            CloudFormationApi cloudFormation,
            MaterializerOptions options,
            StackRequest request,
            Steps steps,
            StackWaits waits,
            StackProtection protection) {
        this.cloudFormation = cloudFormation;
        this.options = options;
        this.request = request;
        this.steps = steps;
        this.waits = waits;
        this.protection = protection;
    }

    /** Executes the change set of the stack in {@code state} (empty for a new stack); the stack as it ended. */
    StackState execute(Optional<StackState> state, ChangeSetRun changeSet, List<ResourceChange> changes) {
        List<ResourceChange> destroyed = new ArrayList<>();
        changes.stream().filter(c -> c.isProtected() && c.destroys()).forEach(destroyed::add);
        if (!destroyed.isEmpty() && !options.allowReplacement()) {
            changeSet.discard(state.isEmpty());
            throw new StackFailure(
                    StackReport.Outcome.REFUSED,
                    "the change set would " + describe(destroyed)
                            + "; rerun with --allow-replacement if that is intended");
        }
        String arn = changeSet.stackArn();
        EventStream events = new EventStream(cloudFormation, arn);
        events.markStart();
        Optional<String> before = state.flatMap(StackState::lastChanged).map(Object::toString);
        steps.step("executing");
        changeSet.awaitExecutable();
        boolean overridePolicy = !destroyed.isEmpty()
                && state.isPresent()
                && request.stack().stackPolicy().isPresent();
        if (overridePolicy) {
            protection.setPolicy(arn, StackRequest.ALLOW_ALL_POLICY);
        }
        StackState last;
        try {
            cloudFormation.executeChangeSet(ExecuteChangeSetRequest.builder()
                    .changeSetName(changeSet.id())
                    .stackName(arn)
                    .clientRequestToken(ChangeSetRun.token(options, request, "execute"))
                    .build());
            last = waits.waitForOperation(arn, events, before, state.isEmpty(), changes.size());
        } finally {
            if (overridePolicy) {
                protection.setPolicy(arn, request.stack().stackPolicy().get());
            }
        }
        if (StackState.success(last.status())) {
            if (state.isEmpty()) {
                request.stack().stackPolicy().ifPresent(policy -> protection.setPolicy(arn, policy));
            }
            protection.setTerminationProtectionIfNeeded(last);
            return last;
        }
        String cause = events.rootCause()
                .map(ChangeSetExecution::describe)
                .orElse("stack ended " + last.status()
                        + last.statusReason().map(r -> ": " + r).orElse(""));
        throw new StackFailure(StackReport.Outcome.FAILED, cause);
    }

    private static String describe(List<ResourceChange> destroyed) {
        List<String> parts = new ArrayList<>();
        for (ResourceChange change : destroyed) {
            parts.add((change.action().equals("Remove") ? "remove " : "replace ") + "protected resource "
                    + change.logicalId() + " (" + change.resourceType() + ")");
        }
        return String.join(", ", parts);
    }

    private static String describe(StackEvent event) {
        return event.logicalResourceId() + " (" + event.resourceType() + ") " + event.resourceStatusAsString() + ": "
                + event.resourceStatusReason();
    }
}
