package dev.plinth.materializer;

import dev.plinth.materializer.diff.ResourceChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackRequest;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateRequest;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * Converges one stack, following design/materializer.md step by step: read, unblock, skip if
 * converged, change set, wait, show, refuse protected replacements, execute, stream events,
 * outcome ({@link ChangeSetExecution} takes the steps from refusing protected replacements on).
 * Every way out is a {@link StackReport}; only programming errors throw.
 */
final class StackConverger {

    private final CloudFormationApi cloudFormation;
    private final MaterializerOptions options;
    private final RunListener listener;
    private final Polling polling;
    private final StackRequest request;
    private final Optional<StackState> surveyed;
    private final String name;
    private final long started;
    private final Steps steps;
    private final StackWaits waits;
    private final StackProtection protection;
    private final ChangeSetExecution execution;
    private Optional<StackState> existing = Optional.empty();
    private StackReport.Action action = StackReport.Action.NONE;
    private List<ResourceChange> changes = List.of();
    private Optional<ChangeSetRun> kept = Optional.empty();
    private List<ReviewBanner> banners = List.of();

    StackConverger(
            CloudFormationApi cloudFormation,
            MaterializerOptions options,
            RunListener listener,
            Polling polling,
            StackRequest request,
            Optional<StackState> surveyed) {
        this.cloudFormation = cloudFormation;
        this.options = options;
        this.listener = listener;
        this.polling = polling;
        this.request = request;
        this.surveyed = surveyed;
        this.name = request.stack().stackName();
        this.started = polling.ticker().nowMillis();
        this.steps = new Steps(listener, polling.ticker(), request.stack().name());
        this.waits = new StackWaits(
                cloudFormation,
                options,
                listener,
                polling,
                steps,
                request.stack().name());
        this.protection = new StackProtection(cloudFormation, request.stack(), steps);
        this.execution = new ChangeSetExecution(cloudFormation, options, request, steps, waits, protection);
    }

    StackReport converge() {
        try {
            return run();
        } catch (StackFailure failure) {
            return report(failure.outcome, Optional.of(failure.getMessage()), Map.of());
        } catch (CallFailedException e) {
            return report(StackReport.Outcome.FAILED, Optional.of(e.getMessage()), Map.of());
        } catch (AwsServiceException e) {
            return report(StackReport.Outcome.FAILED, Optional.of(CallFailedException.describe(e)), Map.of());
        } catch (RuntimeException e) {
            return report(StackReport.Outcome.FAILED, Optional.of(CallFailedException.describe(e)), Map.of());
        }
    }

    private StackReport run() {
        if (request.reviewedChangeSet().isPresent()) {
            existing = surveyed.filter(s -> !s.status().equals("REVIEW_IN_PROGRESS"));
            action = existing.isPresent() ? StackReport.Action.UPDATE : StackReport.Action.CREATE;
            step("executing the reviewed change set");
            return apply(existing);
        }
        step(surveyed.isPresent() ? "comparing with the deployed stack" : "the stack does not exist yet");
        Optional<StackState> state = waits.settle(surveyed);
        existing = state;
        if (state.isPresent() && state.get().needsRecreate()) {
            if (state.get().terminationProtection()) {
                throw new StackFailure(
                        StackReport.Outcome.REFUSED,
                        "stack is " + state.get().status()
                                + " and must be deleted and created again, but termination protection is on; turn it off to let Plinth recreate it");
            }
            if (options.mode() == RunReport.Mode.PLAN) {
                action = StackReport.Action.RECREATE;
                return planFor(
                        Optional.empty(),
                        "stack is " + state.get().status() + ": apply deletes it and creates it again");
            }
            step("deleting " + state.get().status() + " stack to create it again");
            cloudFormation.deleteStack(
                    DeleteStackRequest.builder().stackName(state.get().arn()).build());
            waits.waitForDeletion(state.get().arn());
            action = StackReport.Action.RECREATE;
            state = Optional.empty();
        } else if (state.isPresent() && state.get().status().equals("UPDATE_ROLLBACK_FAILED")) {
            state = Optional.of(waits.continueRollback(state.get(), token("continue-rollback")));
            existing = state;
        } else if (state.isPresent() && !state.get().stable()) {
            throw new StackFailure(
                    StackReport.Outcome.FAILED,
                    "stack is " + state.get().status()
                            + state.get()
                                    .statusReason()
                                    .map(r -> " (" + r + ")")
                                    .orElse("") + "; Plinth cannot update it from there");
        }
        if (state.isPresent() && request.matches(state.get())) {
            return guard(state.get());
        }
        if (action == StackReport.Action.NONE) {
            action = state.isPresent() ? StackReport.Action.UPDATE : StackReport.Action.CREATE;
        }
        return options.mode() == RunReport.Mode.PLAN ? planFor(state, null) : apply(state);
    }

    /**
     * Template, parameters and tags are as wanted: what may still differ is what protects the stack,
     * its policy and termination protection, each compared with what the stack really has (a policy
     * is read back: a run that died before setting it left no trace anywhere else).
     */
    private StackReport guard(StackState state) {
        boolean setPolicy = !protection.policyInPlace(state.arn());
        boolean setProtection = state.terminationProtection() != request.stack().terminationProtection();
        if (!setPolicy && !setProtection) {
            return report(StackReport.Outcome.UNCHANGED, Optional.empty(), state.outputs());
        }
        List<String> done = new ArrayList<>();
        if (setPolicy) {
            done.add("stack policy set");
        }
        if (setProtection) {
            done.add("termination protection turned " + (request.stack().terminationProtection() ? "on" : "off"));
        }
        if (options.mode() == RunReport.Mode.PLAN) {
            return report(
                    StackReport.Outcome.PLANNED,
                    Optional.of("no resource changes; apply: " + String.join(", ", done)),
                    Map.of());
        }
        if (setPolicy) {
            protection.setPolicy(state.arn(), request.stack().stackPolicy().orElseThrow());
        }
        if (setProtection) {
            protection.setTerminationProtection(state.arn());
        }
        return report(StackReport.Outcome.UNCHANGED, Optional.of(String.join(", ", done)), state.outputs());
    }

    private StackReport planFor(Optional<StackState> state, String note) {
        ChangeSetRun changeSet = new ChangeSetRun(cloudFormation, polling, options, listener, request, state);
        Optional<String> noChange = changeSet.create(type(state), request.changeSetParameters(state), body());
        try {
            if (noChange.isPresent()) {
                return report(
                        StackReport.Outcome.UNCHANGED,
                        Optional.empty(),
                        state.map(StackState::outputs).orElse(Map.of()));
            }
            changes = changeSet.changes();
            review(state, changeSet);
            if (options.keepChangeSets() && request.unknownParameters().isEmpty()) {
                kept = Optional.of(changeSet);
            }
            return report(StackReport.Outcome.PLANNED, Optional.ofNullable(note), Map.of());
        } finally {
            if (kept.isEmpty()) {
                changeSet.discard(state.isEmpty());
            }
        }
    }

    /** Reads the deployed template and reviews the changes property by property, for the plan's reader. */
    private void review(Optional<StackState> state, ChangeSetRun changeSet) {
        Optional<String> deployed = state.map(s -> cloudFormation
                .getTemplate(GetTemplateRequest.builder()
                        .stackName(s.arn())
                        .templateStage(TemplateStage.ORIGINAL)
                        .build())
                .templateBody());
        Reviews.Reviewed reviewed = Reviews.of(changes, changeSet.raw(), deployed, request.template());
        changes = reviewed.changes();
        banners = reviewed.banners();
    }

    /** The change set this plan kept for {@code materialize --plan}, with the stack it belongs to. */
    Optional<ChangeSetRun> kept() {
        return kept;
    }

    private StackReport apply(Optional<StackState> state) {
        if (state.isPresent() && !protection.policyInPlace(state.get().arn())) {
            protection.setPolicy(
                    state.get().arn(), request.stack().stackPolicy().orElseThrow());
        }
        ChangeSetRun changeSet = new ChangeSetRun(cloudFormation, polling, options, listener, request, state);
        if (request.reviewedChangeSet().isPresent()) {
            changeSet.reviewed(request.reviewedChangeSet().get());
            changes = changeSet.changes();
        } else {
            Optional<String> noChange = changeSet.create(type(state), request.changeSetParameters(state), body());
            if (noChange.isPresent()) {
                changeSet.discard(false);
                protection.setTerminationProtectionIfNeeded(state.get());
                return report(
                        StackReport.Outcome.UNCHANGED,
                        Optional.empty(),
                        state.get().outputs());
            }
            changes = changeSet.changes();
            if (options.approval() != ApprovalPolicy.NEVER) {
                review(state, changeSet);
            }
            List<String> reasons =
                    options.approval().reasons(report(StackReport.Outcome.PLANNED, Optional.empty(), Map.of()));
            if (!reasons.isEmpty()) {
                changeSet.discard(state.isEmpty());
                throw new StackFailure(
                        StackReport.Outcome.REFUSED,
                        StackReport.NEEDS_APPROVAL + " (--require-approval "
                                + options.approval().option() + "): " + String.join("; ", reasons)
                                + "; review it (plinth plan) and approve it, or pass --yes");
            }
        }
        StackState last = execution.execute(state, changeSet, changes);
        return report(StackReport.Outcome.APPLIED, Optional.empty(), last.outputs());
    }

    CreateChangeSetRequest.Builder body() {
        CreateChangeSetRequest.Builder builder = CreateChangeSetRequest.builder();
        byte[] template = request.template();
        if (!request.stack().needsS3()) {
            builder.templateBody(new String(template, StandardCharsets.UTF_8));
        } else {
            TemplateStore store = options.templateStore()
                    .orElseThrow(() -> new IllegalStateException(
                            "Preflight refuses a template that needs S3 when there is no bucket"));
            step("uploading the " + template.length + "-byte template");
            builder.templateURL(store.put(request.stack().sha256(), template));
        }
        List<Capability> capabilities = new ArrayList<>();
        request.stack().capabilities().forEach(c -> capabilities.add(Capability.fromValue(c)));
        List<Tag> tags = new ArrayList<>();
        request.wantedTags()
                .forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
        return builder.capabilities(capabilities)
                .tags(tags)
                .notificationARNs(request.stack().notificationArns());
    }

    private ChangeSetType type(Optional<StackState> state) {
        return state.isPresent() ? ChangeSetType.UPDATE : ChangeSetType.CREATE;
    }

    private String token(String step) {
        return ChangeSetRun.token(options, request, step);
    }

    private void step(String text) {
        steps.step(text);
    }

    private StackReport report(StackReport.Outcome outcome, Optional<String> message, Map<String, String> outputs) {
        return new StackReport(
                request.stack().name(),
                name,
                action,
                outcome,
                changes,
                request.parameterChanges(existing),
                new ArrayList<>(request.unknownParameters()),
                polling.ticker().nowMillis() - started,
                message,
                outputs,
                0,
                banners);
    }
}
