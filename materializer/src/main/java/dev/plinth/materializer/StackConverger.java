package dev.plinth.materializer;

import dev.plinth.compiler.emit.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.ContinueUpdateRollbackRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.GetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.Tag;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionRequest;

/**
 * Converges one stack, following design/materializer.md step by step: read, unblock, skip if
 * converged, change set, wait, show, refuse protected replacements, execute, stream events,
 * outcome. Every way out is a {@link StackReport}; only programming errors throw.
 */
final class StackConverger {
  static final int MAX_INLINE_BYTES = 51_200;
  static final long HEARTBEAT_MILLIS = 30_000;

  private final CloudFormationApi cloudFormation;
  private final MaterializerOptions options;
  private final RunListener listener;
  private final Polling polling;
  private final StackRequest request;
  private final Optional<StackState> surveyed;
  private final String name;
  private final long started;
  private long lastStep;
  private Optional<StackState> existing = Optional.empty();
  private StackReport.Action action = StackReport.Action.NONE;
  private List<ResourceChange> changes = List.of();

  StackConverger(CloudFormationApi cloudFormation, MaterializerOptions options, RunListener listener, Polling polling,
      StackRequest request, Optional<StackState> surveyed) {
    this.cloudFormation = cloudFormation;
    this.options = options;
    this.listener = listener;
    this.polling = polling;
    this.request = request;
    this.surveyed = surveyed;
    this.name = request.stack().stackName();
    this.started = polling.ticker().nowMillis();
    this.lastStep = started;
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
    step(surveyed.isPresent() ? "comparing with the deployed stack" : "the stack does not exist yet");
    Optional<StackState> state = settle(surveyed);
    existing = state;
    if (state.isPresent() && state.get().needsRecreate()) {
      if (state.get().terminationProtection()) {
        throw new StackFailure(StackReport.Outcome.REFUSED, "stack is " + state.get().status()
            + " and must be deleted and created again, but termination protection is on; turn it off to let Plinth recreate it");
      }
      if (options.mode() == RunReport.Mode.PLAN) {
        action = StackReport.Action.RECREATE;
        return planFor(Optional.empty(), "stack is " + state.get().status() + ": apply deletes it and creates it again");
      }
      step("deleting " + state.get().status() + " stack to create it again");
      cloudFormation.deleteStack(DeleteStackRequest.builder().stackName(state.get().arn()).build());
      waitForDeletion(state.get().arn());
      action = StackReport.Action.RECREATE;
      state = Optional.empty();
    } else if (state.isPresent() && state.get().status().equals("UPDATE_ROLLBACK_FAILED")) {
      state = Optional.of(continueRollback(state.get()));
      existing = state;
    } else if (state.isPresent() && !state.get().stable()) {
      throw new StackFailure(StackReport.Outcome.FAILED, "stack is " + state.get().status()
          + state.get().statusReason().map(r -> " (" + r + ")").orElse("") + "; Plinth cannot update it from there");
    }
    if (state.isPresent() && sameButProtection(state.get())) {
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
    boolean setPolicy = !policyInPlace(state.arn());
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
      return report(StackReport.Outcome.PLANNED, Optional.of("no resource changes; apply: " + String.join(", ", done)), Map.of());
    }
    if (setPolicy) {
      setPolicy(state.arn(), request.stack().stackPolicy().orElseThrow());
    }
    if (setProtection) {
      setTerminationProtection(state.arn());
    }
    return report(StackReport.Outcome.UNCHANGED, Optional.of(String.join(", ", done)), state.outputs());
  }

  /** Whether the stack has the policy the manifest asks for (always, when it asks for none). */
  private boolean policyInPlace(String arn) {
    Optional<String> wanted = request.stack().stackPolicy();
    if (wanted.isEmpty()) {
      return true;
    }
    String actual = cloudFormation.getStackPolicy(GetStackPolicyRequest.builder().stackName(arn).build()).stackPolicyBody();
    return StackPolicies.same(wanted.get(), actual);
  }

  private StackReport planFor(Optional<StackState> state, String note) {
    ChangeSetRun changeSet = new ChangeSetRun(cloudFormation, polling, options, listener, request, state);
    Optional<String> noChange = changeSet.create(type(state), parameters(state), body());
    try {
      if (noChange.isPresent()) {
        return report(StackReport.Outcome.UNCHANGED, Optional.empty(), state.map(StackState::outputs).orElse(Map.of()));
      }
      changes = changeSet.changes();
      return report(StackReport.Outcome.PLANNED, Optional.ofNullable(note), Map.of());
    } finally {
      changeSet.discard(state.isEmpty());
    }
  }

  private StackReport apply(Optional<StackState> state) {
    if (state.isPresent() && !policyInPlace(state.get().arn())) {
      setPolicy(state.get().arn(), request.stack().stackPolicy().orElseThrow());
    }
    ChangeSetRun changeSet = new ChangeSetRun(cloudFormation, polling, options, listener, request, state);
    Optional<String> noChange = changeSet.create(type(state), parameters(state), body());
    if (noChange.isPresent()) {
      changeSet.discard(false);
      setTerminationProtectionIfNeeded(state.get());
      return report(StackReport.Outcome.UNCHANGED, Optional.empty(), state.get().outputs());
    }
    changes = changeSet.changes();
    List<ResourceChange> destroyed = new ArrayList<>();
    changes.stream().filter(c -> c.isProtected() && c.destroys()).forEach(destroyed::add);
    if (!destroyed.isEmpty() && !options.allowReplacement()) {
      changeSet.discard(state.isEmpty());
      throw new StackFailure(StackReport.Outcome.REFUSED, "the change set would " + describe(destroyed)
          + "; rerun with --allow-replacement if that is intended");
    }
    String arn = changeSet.stackArn();
    EventStream events = new EventStream(cloudFormation, arn);
    events.markStart();
    Optional<String> before = state.flatMap(StackState::lastChanged).map(Object::toString);
    step("executing");
    changeSet.awaitExecutable();
    boolean overridePolicy = !destroyed.isEmpty() && state.isPresent() && request.stack().stackPolicy().isPresent();
    if (overridePolicy) {
      setPolicy(arn, StackRequest.ALLOW_ALL_POLICY);
    }
    StackState last;
    try {
      cloudFormation.executeChangeSet(ExecuteChangeSetRequest.builder()
          .changeSetName(changeSet.id()).stackName(arn).clientRequestToken(token("execute")).build());
      last = waitForOperation(arn, events, before, state.isEmpty());
    } finally {
      if (overridePolicy) {
        setPolicy(arn, request.stack().stackPolicy().get());
      }
    }
    if (StackState.success(last.status())) {
      if (state.isEmpty()) {
        request.stack().stackPolicy().ifPresent(policy -> setPolicy(arn, policy));
      }
      setTerminationProtectionIfNeeded(last);
      return report(StackReport.Outcome.APPLIED, Optional.empty(), last.outputs());
    }
    String cause = events.rootCause().map(StackConverger::describe)
        .orElse("stack ended " + last.status() + last.statusReason().map(r -> ": " + r).orElse(""));
    throw new StackFailure(StackReport.Outcome.FAILED, cause);
  }

  private StackState waitForOperation(String arn, EventStream events, Optional<String> before, boolean creating) {
    int total = Math.max(1, changes.size());
    boolean sawProgress = false;
    long nextStatusPoll = 0;
    String status = creating ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS";
    long waitStarted = polling.ticker().nowMillis();
    while (true) {
      for (StackEvent event : events.poll()) {
        listener.stackEvent(request.stack().name(), event, Math.min(events.account(event), total), total);
      }
      long now = polling.ticker().nowMillis();
      if (now >= nextStatusPoll) {
        nextStatusPoll = now + options.statusPoll().toMillis();
        StackState current = readArn(arn);
        status = current.status();
        sawProgress |= current.inProgress();
        boolean moved = creating ? !current.status().equals("REVIEW_IN_PROGRESS")
            : sawProgress || current.lastChanged().map(Object::toString).filter(t -> before.map(b -> !b.equals(t)).orElse(true)).isPresent();
        if (moved && StackState.terminal(current.status()) && !current.status().equals("REVIEW_IN_PROGRESS")) {
          events.poll().forEach(e -> listener.stackEvent(request.stack().name(), e, Math.min(events.account(e), total), total));
          return current;
        }
      }
      heartbeat("waiting for " + status, waitStarted);
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

  /** Says what is being waited for every 30 s, so a long wait never looks like a hang. */
  private void heartbeat(String what, long since) {
    long now = polling.ticker().nowMillis();
    if (now - lastStep >= HEARTBEAT_MILLIS) {
      step(what + " (" + ((now - since) / 1000) + " s so far)");
    }
  }

  private StackState readArn(String arn) {
    return StackState.of(cloudFormation.describeStacks(DescribeStacksRequest.builder().stackName(arn).build()).stacks().get(0));
  }

  static boolean isAbsent(AwsServiceException e) {
    return e.awsErrorDetails() != null && "ValidationError".equals(e.awsErrorDetails().errorCode())
        && e.awsErrorDetails().errorMessage() != null && e.awsErrorDetails().errorMessage().contains("does not exist");
  }

  /** Waits out an operation in progress, then reads again. */
  private Optional<StackState> settle(Optional<StackState> state) {
    Optional<StackState> settling = state;
    long since = polling.ticker().nowMillis();
    if (settling.isPresent() && settling.get().inProgress()) {
      step("waiting for " + settling.get().status() + " to settle");
    }
    while (settling.isPresent() && settling.get().inProgress()) {
      heartbeat("waiting for " + settling.get().status() + " to settle", since);
      if (!polling.pause(options.statusPoll())) {
        throw new StackFailure(StackReport.Outcome.FAILED, stillWorking(settling.get().status()));
      }
      settling = Optional.of(readArn(settling.get().arn())).filter(s -> !s.deleted());
    }
    return settling;
  }

  private void waitForDeletion(String arn) {
    long since = polling.ticker().nowMillis();
    while (true) {
      heartbeat("waiting for the stack to be deleted", since);
      StackState current = readArn(arn);
      if (current.deleted()) {
        return;
      }
      if (current.status().equals("DELETE_FAILED")) {
        throw new StackFailure(StackReport.Outcome.FAILED, "could not delete the stack to create it again: "
            + current.statusReason().orElse("DELETE_FAILED"));
      }
      if (!polling.pause(options.statusPoll())) {
        throw new StackFailure(StackReport.Outcome.FAILED, stillWorking("DELETE_IN_PROGRESS"));
      }
    }
  }

  private StackState continueRollback(StackState state) {
    step("continuing the failed update rollback");
    EventStream events = new EventStream(cloudFormation, state.arn());
    events.markStart();
    cloudFormation.continueUpdateRollback(ContinueUpdateRollbackRequest.builder().stackName(state.arn())
        .clientRequestToken(token("continue-rollback")).build());
    StackState current = readArn(state.arn());
    boolean moved = false;
    long since = polling.ticker().nowMillis();
    while (!moved || !StackState.terminal(current.status())) {
      heartbeat("waiting for the update rollback to finish", since);
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
      events.failures().forEach(e -> blocking.add(e.logicalResourceId() + " (" + e.resourceType() + "): " + e.resourceStatusReason()));
      throw new StackFailure(StackReport.Outcome.FAILED, "the update rollback could not continue (" + current.status() + ")"
          + (blocking.isEmpty() ? "" : "; blocked by " + String.join("; ", blocking))
          + "; fix those resources, or continue the rollback skipping them (aws cloudformation continue-update-rollback --resources-to-skip)");
    }
    return current;
  }

  private boolean sameButProtection(StackState state) {
    if (!request.stack().sha256().equals(state.tags().get(StackRequest.HASH_TAG)) || !request.unknownParameters().isEmpty()) {
      return false;
    }
    if (!new TreeMap<>(state.tags()).equals(new TreeMap<>(wantedTags()))
        || !state.notificationArns().equals(new java.util.TreeSet<>(request.stack().notificationArns()))) {
      return false;
    }
    for (Map.Entry<String, String> wanted : wantedParameters().entrySet()) {
      if (!wanted.getValue().equals(state.parameters().get(wanted.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** The value each parameter should have: resolved from upstream, fixed, or the template's default. */
  private Map<String, String> wantedParameters() {
    Map<String, String> wanted = new TreeMap<>(request.parameters());
    request.stack().parameters().forEach((key, parameter) -> {
      if (parameter.source() == Manifest.Source.DEFAULT) {
        wanted.put(key, parameter.value().orElseThrow());
      }
    });
    return wanted;
  }

  /** Parameters whose value changes on an existing stack, old → new; "known after apply" where an upstream decides. */
  private List<ParameterChange> parameterChanges() {
    if (existing.isEmpty()) {
      return List.of();
    }
    Map<String, String> old = existing.get().parameters();
    List<ParameterChange> result = new ArrayList<>();
    Map<String, String> wanted = wantedParameters();
    request.unknownParameters().forEach(key -> wanted.put(key, ParameterResolver.KNOWN_AFTER_APPLY));
    wanted.forEach((key, value) -> {
      if (!value.equals(old.get(key))) {
        result.add(new ParameterChange(key, Optional.ofNullable(old.get(key)), value.equals(ParameterResolver.KNOWN_AFTER_APPLY)
            ? Optional.empty() : Optional.of(value)));
      }
    });
    return result;
  }

  private Map<String, String> wantedTags() {
    Map<String, String> tags = new TreeMap<>(request.tags());
    tags.put(StackRequest.HASH_TAG, request.stack().sha256());
    return tags;
  }

  private List<Parameter> parameters(Optional<StackState> state) {
    List<Parameter> parameters = new ArrayList<>();
    request.stack().parameters().forEach((key, source) -> {
      String value = request.parameters().get(key);
      if (value != null) {
        parameters.add(Parameter.builder().parameterKey(key).parameterValue(value).build());
      } else if (request.unknownParameters().contains(key)) {
        parameters.add(Parameter.builder().parameterKey(key).parameterValue(ParameterResolver.KNOWN_AFTER_APPLY).build());
      } else if (source.source() == Manifest.Source.NONE && state.isPresent() && state.get().parameters().containsKey(key)) {
        parameters.add(Parameter.builder().parameterKey(key).usePreviousValue(true).build());
      }
    });
    return parameters;
  }

  CreateChangeSetRequest.Builder body() {
    CreateChangeSetRequest.Builder builder = CreateChangeSetRequest.builder();
    byte[] template = request.template();
    if (template.length <= MAX_INLINE_BYTES) {
      builder.templateBody(new String(template, StandardCharsets.UTF_8));
    } else if (options.templateStore().isPresent()) {
      step("uploading the " + template.length + "-byte template");
      builder.templateURL(options.templateStore().get().put(request.stack().sha256(), template));
    } else {
      throw new StackFailure(StackReport.Outcome.FAILED, "the template is " + template.length
          + " bytes, over the 51,200 CloudFormation takes inline; pass --template-bucket BUCKET to upload it to S3");
    }
    List<Capability> capabilities = new ArrayList<>();
    request.stack().capabilities().forEach(c -> capabilities.add(Capability.fromValue(c)));
    List<Tag> tags = new ArrayList<>();
    wantedTags().forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
    return builder.capabilities(capabilities).tags(tags).notificationARNs(request.stack().notificationArns());
  }

  private ChangeSetType type(Optional<StackState> state) {
    return state.isPresent() ? ChangeSetType.UPDATE : ChangeSetType.CREATE;
  }

  private void setTerminationProtectionIfNeeded(StackState state) {
    if (state.terminationProtection() != request.stack().terminationProtection()) {
      setTerminationProtection(state.arn());
    }
  }

  /** Sets the stack policy; an allowed replacement lifts it while it executes, then it is set back. */
  private void setPolicy(String arn, String policy) {
    step(policy.equals(StackRequest.ALLOW_ALL_POLICY) ? "lifting the stack policy for the allowed replacement" : "setting the stack policy");
    cloudFormation.setStackPolicy(SetStackPolicyRequest.builder().stackName(arn).stackPolicyBody(policy).build());
  }

  private void setTerminationProtection(String arn) {
    cloudFormation.updateTerminationProtection(UpdateTerminationProtectionRequest.builder()
        .stackName(arn).enableTerminationProtection(request.stack().terminationProtection()).build());
  }

  private String token(String step) {
    return ChangeSetRun.token(options, request, step);
  }

  private void step(String text) {
    lastStep = polling.ticker().nowMillis();
    listener.stackStep(request.stack().name(), text);
  }

  private StackReport report(StackReport.Outcome outcome, Optional<String> message, Map<String, String> outputs) {
    StackReport report = new StackReport(request.stack().name(), name, action, outcome, changes, parameterChanges(),
        new ArrayList<>(request.unknownParameters()), polling.ticker().nowMillis() - started, message, outputs, 0);
    return report;
  }

  private static String describe(List<ResourceChange> destroyed) {
    List<String> parts = new ArrayList<>();
    for (ResourceChange change : destroyed) {
      parts.add((change.action().equals("Remove") ? "remove " : "replace ") + "protected resource " + change.logicalId()
          + " (" + change.resourceType() + ")");
    }
    return String.join(", ", parts);
  }

  private static String describe(StackEvent event) {
    return event.logicalResourceId() + " (" + event.resourceType() + ") " + event.resourceStatusAsString() + ": "
        + event.resourceStatusReason();
  }

  /** Ends a stack's convergence with an outcome and a reason. */
  static final class StackFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient StackReport.Outcome outcome;

    StackFailure(StackReport.Outcome outcome, String message) {
      super(message);
      this.outcome = outcome;
    }
  }
}
