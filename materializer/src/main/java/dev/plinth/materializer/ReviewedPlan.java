package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;

/**
 * The checks that let {@code materialize --plan} execute exactly what was reviewed: the plan file
 * belongs to this folder and has not expired (before any call), and nothing moved since the plan
 * (after the survey): each stack is as it was planned against, each kept change set still there
 * and executable.
 */
final class ReviewedPlan {
    private ReviewedPlan() {}

    /** The plan file of a plan that kept its change sets: each stack's change set and what it was planned against. */
    static PlanFile record(
            CompiledOutputs outputs,
            String runId,
            Instant now,
            RunReport report,
            Map<String, Survey.Found> survey,
            Map<String, ChangeSetRun> kept) {
        List<PlanFile.Planned> planned = new ArrayList<>();
        for (StackReport stack : report.stacks()) {
            Optional<StackState> state =
                    Optional.ofNullable(survey.get(stack.stack())).flatMap(Survey.Found::state);
            Optional<ChangeSetRun> changeSet = Optional.ofNullable(kept.get(stack.stack()));
            boolean created = changeSet.map(ChangeSetRun::createdStack).orElse(false);
            planned.add(new PlanFile.Planned(
                    stack.stack(),
                    changeSet.map(ChangeSetRun::id),
                    changeSet.map(ChangeSetRun::stackArn).or(() -> state.map(StackState::arn)),
                    created ? Optional.of("REVIEW_IN_PROGRESS") : state.map(StackState::status),
                    created
                            ? Optional.empty()
                            : state.flatMap(StackState::lastChanged).map(Object::toString),
                    created ? Optional.empty() : state.map(s -> s.tags().get(StackRequest.HASH_TAG)),
                    !stack.unknownParameters().isEmpty()));
        }
        return new PlanFile(outputs.manifestSha256(), now, now.plus(PlanFile.VALIDITY), runId, report, planned);
    }

    /**
     * Marks, as the survey's refusals, every stack that moved since the reviewed plan: nothing
     * of the plan is executed unless all of it is as reviewed.
     */
    static void checkNothingMoved(
            PlanFile plan,
            List<Manifest.Stack> selected,
            Map<String, Survey.Found> survey,
            CloudFormationApi cloudFormation) {
        for (Manifest.Stack stack : selected) {
            Survey.Found found = survey.get(stack.name());
            if (found.refusal().isPresent() || found.error().isPresent()) {
                continue;
            }
            PlanFile.Planned planned = plan.stack(stack.name()).orElseThrow();
            CallCounter.workingOn(stack.name());
            try {
                ReviewedPlan.moved(planned, plan.runId(), found.state(), cloudFormation)
                        .ifPresent(why -> survey.put(
                                stack.name(),
                                new Survey.Found(
                                        found.state(),
                                        Optional.empty(),
                                        Optional.of("[PLAN_MOVED] stack " + stack.stackName()
                                                + " moved since the plan was reviewed: " + why
                                                + "; nothing was applied: plan again and review the new plan"))));
            } finally {
                CallCounter.clear();
            }
        }
    }

    /** What the plan file and the folder say, with no call. */
    static List<String> problems(PlanFile plan, CompiledOutputs outputs, List<Manifest.Stack> selected, Instant now) {
        List<String> problems = new ArrayList<>();
        if (!plan.manifestSha256().equals(outputs.manifestSha256())) {
            problems.add(
                    "[PLAN_OTHER_FOLDER] the plan was made from another compiled folder (its manifest's sha-256 is "
                            + plan.manifestSha256() + ", this folder's " + outputs.manifestSha256()
                            + "); apply the folder the plan was made from, or plan again");
        }
        if (!now.isBefore(plan.expiresAt())) {
            problems.add("[PLAN_EXPIRED] the plan expired at " + plan.expiresAt() + " (plans are valid for "
                    + PlanFile.VALIDITY.toDays() + " days); plan again");
        }
        if (!plan.report().succeeded()) {
            problems.add("[PLAN_FAILED] the plan did not succeed; fix what it reported and plan again");
        }
        for (Manifest.Stack stack : selected) {
            if (plan.stack(stack.name()).isEmpty()) {
                problems.add("[PLAN_MISSING_STACK] stack " + stack.name()
                        + " is not in the plan; plan it (without --stack or --only) and apply that plan");
            }
        }
        return problems;
    }

    /** A stack that holds resources: not the empty stack of a change set, nor one going away. */
    private static Optional<StackState> deployed(Optional<StackState> state) {
        return state.filter(
                s -> !s.status().equals("REVIEW_IN_PROGRESS") && !s.status().equals("DELETE_IN_PROGRESS"));
    }

    /** Why the stack no longer is as it was planned against, if it moved. */
    static Optional<String> moved(
            PlanFile.Planned planned, String runId, Optional<StackState> state, CloudFormationApi cloudFormation) {
        if (planned.changeSetArn().isPresent()) {
            if (state.isEmpty()
                    || !planned.stackArn().equals(Optional.of(state.get().arn()))) {
                return Optional.of(
                        "the stack the plan's change set belongs to is gone (deleted or replaced since the plan)");
            }
        } else if (planned.status().isEmpty() != deployed(state).isEmpty()) {
            return Optional.of(
                    state.isEmpty() ? "the stack was deleted since the plan" : "the stack was created since the plan");
        }
        boolean newStack = planned.status().filter("REVIEW_IN_PROGRESS"::equals).isPresent();
        if (deployed(state).isPresent() && planned.status().isPresent() || newStack && state.isPresent()) {
            StackState now = state.get();
            if (!planned.status().get().equals(now.status())) {
                return Optional.of("its status is " + now.status() + ", planned against "
                        + planned.status().get());
            }
            Optional<String> changed = now.lastChanged().map(Object::toString);
            if (!newStack && !planned.lastChanged().equals(changed)) {
                return Optional.of(
                        "it was updated at " + changed.orElse("an unknown time") + ", after the plan (planned against "
                                + planned.lastChanged().orElse("its creation") + ")");
            }
            if (!newStack
                    && !planned.templateSha256()
                            .equals(Optional.ofNullable(now.tags().get(StackRequest.HASH_TAG)))) {
                return Optional.of("its template is no longer the one planned against");
            }
        }
        if (planned.changeSetArn().isPresent()) {
            try {
                DescribeChangeSetResponse changeSet =
                        cloudFormation.describeChangeSet(DescribeChangeSetRequest.builder()
                                .changeSetName(planned.changeSetArn().get())
                                .build());
                if (!ChangeSetRun.runOf(changeSet).equals(Optional.of(runId))
                        || !planned.stackArn().equals(Optional.of(changeSet.stackId()))) {
                    return Optional.of(
                            "the change set " + planned.changeSetArn().get() + " was not made by this plan (run "
                                    + runId + ") for" + " this stack; the plan file was edited: plan again");
                }
                if (!"CREATE_COMPLETE".equals(changeSet.statusAsString())
                        || !"AVAILABLE".equals(changeSet.executionStatusAsString())) {
                    return Optional.of("the plan's change set is " + changeSet.statusAsString() + "/"
                            + changeSet.executionStatusAsString() + ", no longer executable");
                }
            } catch (AwsServiceException e) {
                if (e.awsErrorDetails() != null
                        && "ChangeSetNotFound".equals(e.awsErrorDetails().errorCode())) {
                    return Optional.of(
                            "the plan's change set is gone (deleted, or dropped when another change set was executed)");
                }
                throw e;
            }
        }
        return Optional.empty();
    }
}
