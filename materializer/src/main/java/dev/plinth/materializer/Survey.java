package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * The first look at every stack of a run, before anything changes: one DescribeStacks each (the
 * read convergence then starts from, so a converged stack still costs one call). The first read
 * also checks that CloudFormation can be reached at all. What the survey finds that refuses the
 * run (a stack Plinth does not own, another run at work, a broken stack under termination
 * protection) is known here, before the first change.
 */
final class Survey {
    /** How many attempts the first read gets: an endpoint that cannot be reached is reported in seconds, not minutes. */
    static final int PROBE_ATTEMPTS = 3;

    /** One stack as the survey found it: its state (empty when absent), or the error reading it, and why it refuses the run. */
    record Found(Optional<StackState> state, Optional<String> error, Optional<String> refusal) {}

    private final CloudFormationApi cloudFormation;
    private final CloudFormationApi probe;
    private final Manifest manifest;
    private final MaterializerOptions options;

    Survey(CloudFormationApi cloudFormation, CloudFormationApi probe, Manifest manifest, MaterializerOptions options) {
        this.cloudFormation = cloudFormation;
        this.probe = probe;
        this.manifest = manifest;
        this.options = options;
    }

    /**
     * Reads the stacks of the run ({@code selected}) and the upstream stacks whose outputs it needs
     * ({@code upstream}); only the run's own stacks can refuse it.
     */
    Map<String, Found> take(List<Manifest.Stack> selected, List<Manifest.Stack> upstream, ExecutorService pool) {
        List<Manifest.Stack> all = new ArrayList<>(selected);
        upstream.stream().filter(s -> !selected.contains(s)).forEach(all::add);
        Map<String, Found> found = new LinkedHashMap<>();
        if (all.isEmpty()) {
            return found;
        }
        Manifest.Stack first = all.get(0);
        found.put(first.name(), probe(first, selected.contains(first)));
        Map<String, Future<Found>> pending = new LinkedHashMap<>();
        for (Manifest.Stack stack : all.subList(1, all.size())) {
            boolean own = selected.contains(stack);
            pending.put(stack.name(), pool.submit(() -> read(cloudFormation, stack, own)));
        }
        pending.forEach((name, future) -> found.put(name, await(future)));
        return found;
    }

    private Found probe(Manifest.Stack stack, boolean own) {
        Found found;
        try {
            found = read(probe, stack, own);
        } catch (Answered answered) {
            found = read(cloudFormation, stack, own);
        }
        if (found.error().isPresent()) {
            throw new PreflightException(
                    List.of("cannot read stack " + stack.stackName() + " from " + cloudFormation.endpoint() + ": "
                            + found.error().get() + "; check --endpoint-url, --region, --profile and the network"));
        }
        return found;
    }

    private Found read(CloudFormationApi api, Manifest.Stack stack, boolean own) {
        CallCounter.workingOn(stack.name());
        try {
            Optional<StackState> state = api
                    .describeStacks(DescribeStacksRequest.builder()
                            .stackName(stack.stackName())
                            .build())
                    .stacks()
                    .stream()
                    .findFirst()
                    .map(StackState::of)
                    .filter(s -> !s.deleted());
            Optional<String> refusal = own && state.isPresent() ? refusal(stack, state.get(), api) : Optional.empty();
            return new Found(state, Optional.empty(), refusal);
        } catch (AwsServiceException e) {
            if (StackWaits.isAbsent(e)) {
                return new Found(Optional.empty(), Optional.empty(), Optional.empty());
            }
            return new Found(Optional.empty(), Optional.of(CallFailedException.describe(e)), Optional.empty());
        } catch (CallFailedException e) {
            if (api == probe && e.getCause() instanceof AwsServiceException) {
                throw new Answered();
            }
            return new Found(Optional.empty(), Optional.of(e.getMessage()), Optional.empty());
        } catch (SdkClientException e) {
            return new Found(Optional.empty(), Optional.of(CallFailedException.describe(e)), Optional.empty());
        } finally {
            CallCounter.clear();
        }
    }

    private Optional<String> refusal(Manifest.Stack stack, StackState state, CloudFormationApi api) {
        Map<String, String> ownership = manifest.ownershipTags(stack);
        boolean nothingToOwn =
                state.status().equals("REVIEW_IN_PROGRESS") && state.tags().isEmpty()
                        || state.status().equals("DELETE_IN_PROGRESS");
        boolean owned = ownership.entrySet().stream()
                .allMatch(e -> e.getValue().equals(state.tags().get(e.getKey())));
        if (!owned && !nothingToOwn && !options.adopt().contains(stack.name())) {
            List<String> found = new ArrayList<>();
            ownership
                    .keySet()
                    .forEach(key -> found.add(key + "="
                            + Optional.ofNullable(state.tags().get(key)).orElse("(none)")));
            return Optional.of("stack " + stack.stackName() + " exists but was not created by Plinth for "
                    + manifest.platform() + "/"
                    + manifest.environment() + " stack " + stack.name() + " (its tags say " + String.join(", ", found)
                    + "); refusing to change it. Pass --adopt " + stack.name() + " to take it over deliberately");
        }
        if (state.needsRecreate() && state.terminationProtection()) {
            return Optional.of(
                    "stack " + stack.stackName() + " is " + state.status()
                            + " and must be deleted and created again, but termination protection is on; turn it off to let Plinth recreate it");
        }
        if (state.status().equals("REVIEW_IN_PROGRESS")) {
            Optional<String> creating = changeSetBeingCreated(api, stack, state);
            if (creating.isPresent()) {
                return creating;
            }
        }
        if (state.inProgress()) {
            return otherRun(api, state)
                    .map(
                            run -> "stack " + stack.stackName() + " is " + state.status() + ", started by Plinth run "
                                    + run
                                    + ": another run is applying this environment, and two at once would undo each other's changes. Wait for it to"
                                    + " finish; if it was stopped, CloudFormation finishes the operation on its own and the next run goes on from there");
        }
        return Optional.empty();
    }

    /** Another run's change set on an empty new stack, still being created: that run is at work right now. */
    private Optional<String> changeSetBeingCreated(CloudFormationApi api, Manifest.Stack stack, StackState state) {
        DescribeChangeSetResponse changeSet;
        try {
            changeSet = api.describeChangeSet(DescribeChangeSetRequest.builder()
                    .stackName(state.arn())
                    .changeSetName(ChangeSetRun.name(stack))
                    .build());
        } catch (AwsServiceException e) {
            return Optional.empty();
        }
        Optional<String> run = ChangeSetRun.runOf(changeSet).filter(r -> !r.equals(options.runId()));
        boolean creating = "CREATE_PENDING".equals(changeSet.statusAsString())
                || "CREATE_IN_PROGRESS".equals(changeSet.statusAsString());
        return run.filter(r -> creating).map(r -> ChangeSetRun.otherRunCreating(r, ChangeSetRun.name(stack)));
    }

    /** The run that started the operation in progress, when it is another Plinth run: its id and when it started. */
    private Optional<String> otherRun(CloudFormationApi api, StackState state) {
        List<StackEvent> events = api.describeStackEvents(DescribeStackEventsRequest.builder()
                        .stackName(state.arn())
                        .build())
                .stackEvents();
        for (StackEvent event : events) {
            boolean stackEvent = "AWS::CloudFormation::Stack".equals(event.resourceType())
                    && state.arn().equals(event.physicalResourceId());
            if (stackEvent && event.clientRequestToken() != null) {
                Optional<String> run = ChangeSetRun.runOf(event.clientRequestToken());
                return run.filter(r -> !r.equals(options.runId())).map(r -> r + " at " + at(event.timestamp()));
            }
        }
        return Optional.empty();
    }

    private static String at(Instant timestamp) {
        return timestamp == null ? "an unknown time" : timestamp.toString();
    }

    /** The probe's attempts ran out on errors CloudFormation itself answered (throttling, say): it can be reached, read as usual. */
    private static final class Answered extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static Found await(Future<Found> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the stacks", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a stack crashed", e.getCause());
        }
    }
}
