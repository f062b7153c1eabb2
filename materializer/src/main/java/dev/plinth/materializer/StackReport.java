package dev.plinth.materializer;

import dev.plinth.materializer.diff.ResourceChange;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one stack in a run.
 *
 * @param stack the platform stack name ({@code network})
 * @param stackName the CloudFormation stack name
 * @param action what was (or, in a plan, would be) done
 * @param outcome how it ended
 * @param changes the change set's resource changes (empty when nothing changes)
 * @param parameterChanges the parameters of an existing stack whose values change, old → new
 * @param unknownParameters parameters whose value comes from an upstream output not applied yet
 *     ("known after apply" in a plan)
 * @param durationMillis wall time spent on the stack
 * @param message the reason for a failure or a skip: the root-cause event, a refusal, …
 * @param outputs the stack's outputs after a successful apply
 * @param apiCalls CloudFormation calls made for this stack
 * @param banners what a reviewer must not miss in the changes (a plan against AWS fills it in)
 */
public record StackReport(
        String stack,
        String stackName,
        Action action,
        Outcome outcome,
        List<ResourceChange> changes,
        List<ParameterChange> parameterChanges,
        List<String> unknownParameters,
        long durationMillis,
        Optional<String> message,
        Map<String, String> outputs,
        int apiCalls,
        List<ReviewBanner> banners) {

    public StackReport(
            String stack,
            String stackName,
            Action action,
            Outcome outcome,
            List<ResourceChange> changes,
            List<ParameterChange> parameterChanges,
            List<String> unknownParameters,
            long durationMillis,
            Optional<String> message,
            Map<String, String> outputs,
            int apiCalls) {
        this(
                stack,
                stackName,
                action,
                outcome,
                changes,
                parameterChanges,
                unknownParameters,
                durationMillis,
                message,
                outputs,
                apiCalls,
                List.of());
    }

    /** What the run did to the stack. */
    public enum Action {
        CREATE,
        UPDATE,
        RECREATE,
        NONE
    }

    /** How the stack ended. */
    public enum Outcome {
        /** Applied: created or updated. */
        APPLIED,
        /** Already as wanted (skipped without a change set, or the change set had no changes). */
        UNCHANGED,
        /** Plan mode: the change set was described, then deleted. */
        PLANNED,
        /** Refused before executing (protected resources, termination protection). */
        REFUSED,
        FAILED,
        /** Not attempted: a stack it depends on failed or was refused. */
        SKIPPED
    }

    public StackReport {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(stackName, "stackName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        changes = List.copyOf(changes);
        parameterChanges = List.copyOf(parameterChanges);
        unknownParameters = List.copyOf(unknownParameters);
        Objects.requireNonNull(message, "message");
        outputs = Map.copyOf(outputs);
        banners = List.copyOf(banners);
    }

    /** How the message of a stack refused for want of approval starts ({@code --require-approval}). */
    public static final String NEEDS_APPROVAL = "needs approval";

    /** Refused because its changes need a person's approval, not because they are wrong. */
    public boolean needsApproval() {
        return outcome == Outcome.REFUSED
                && message.filter(m -> m.startsWith(NEEDS_APPROVAL)).isPresent();
    }

    public boolean succeeded() {
        return outcome == Outcome.APPLIED || outcome == Outcome.UNCHANGED || outcome == Outcome.PLANNED;
    }
}
