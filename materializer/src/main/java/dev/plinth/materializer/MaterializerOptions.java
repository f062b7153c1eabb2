package dev.plinth.materializer;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a run behaves: plan or apply, how many stacks at once, which stacks, what may be
 * replaced, where large templates go, the poll intervals and the deadline.
 *
 * @param stack converge this stack and the stacks it needs upstream ({@code --stack})
 * @param only converge this stack alone, reading upstream outputs from AWS ({@code --only})
 * @param runId makes the idempotency tokens of this run and marks its change sets; unique per run
 * @param adopt stacks (manifest names) that may be taken over although Plinth's ownership tags are missing
 * @param keepChangeSets a plan keeps the change sets it creates, for {@code materialize --plan} to execute
 * @param reviewed the reviewed plan whose change sets an apply executes, exactly those
 * @param express change sets are made in CloudFormation's express mode: a stack is complete once its resources are
 *     configured, before they are ready ({@code --express}); never for a production environment
 * @param approval which change sets an apply creates itself (not reviewed ones) it refuses to execute without approval
 */
public record MaterializerOptions(
        RunReport.Mode mode,
        int parallelism,
        Optional<String> stack,
        Optional<String> only,
        boolean allowReplacement,
        Optional<TemplateStore> templateStore,
        Duration timeout,
        Duration statusPoll,
        Duration eventPoll,
        String runId,
        SortedSet<String> adopt,
        boolean keepChangeSets,
        Optional<PlanFile> reviewed,
        ApprovalPolicy approval,
        boolean express) {

    public MaterializerOptions {
        Objects.requireNonNull(mode, "mode");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism is at least 1, not " + parallelism);
        }
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(only, "only");
        if (stack.isPresent() && only.isPresent()) {
            throw new IllegalArgumentException("--stack and --only exclude each other");
        }
        Objects.requireNonNull(templateStore, "templateStore");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
        Objects.requireNonNull(statusPoll, "statusPoll");
        Objects.requireNonNull(eventPoll, "eventPoll");
        Objects.requireNonNull(runId, "runId");
        if (!runId.matches("[a-zA-Z0-9]{1,32}")) {
            throw new IllegalArgumentException("a run id is 1 to 32 letters and digits, not '" + runId + "'");
        }
        adopt = Collections.unmodifiableSortedSet(new TreeSet<>(adopt));
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(approval, "approval");
        if (keepChangeSets && mode != RunReport.Mode.PLAN) {
            throw new IllegalArgumentException("only a plan keeps its change sets");
        }
        if (reviewed.isPresent() && mode != RunReport.Mode.APPLY) {
            throw new IllegalArgumentException("only an apply executes a reviewed plan");
        }
    }

    /** Apply everything: 4 stacks at once, no replacement of protected resources, a 2-hour deadline. */
    public static MaterializerOptions apply(String runId) {
        return new MaterializerOptions(
                RunReport.Mode.APPLY,
                4,
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Duration.ofHours(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(2),
                runId,
                new TreeSet<>(),
                false,
                Optional.empty(),
                ApprovalPolicy.NEVER,
                false);
    }

    public static MaterializerOptions plan(String runId) {
        return new MaterializerOptions(
                RunReport.Mode.PLAN,
                4,
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Duration.ofHours(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(2),
                runId,
                new TreeSet<>(),
                false,
                Optional.empty(),
                ApprovalPolicy.NEVER,
                false);
    }

    public MaterializerOptions withParallelism(int value) {
        return new MaterializerOptions(
                mode,
                value,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    public MaterializerOptions withStack(String name) {
        return new MaterializerOptions(
                mode,
                parallelism,
                Optional.of(name),
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    public MaterializerOptions withOnly(String name) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                Optional.of(name),
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    public MaterializerOptions withAllowReplacement(boolean value) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                value,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    public MaterializerOptions withTemplateStore(TemplateStore store) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                Optional.of(store),
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    public MaterializerOptions withTimeout(Duration value) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                value,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    public MaterializerOptions withPolls(Duration status, Duration events) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                status,
                events,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    /** Lets these stacks be taken over although they lack Plinth's ownership tags ({@code --adopt}). */
    public MaterializerOptions withAdopt(Collection<String> names) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                new TreeSet<>(names),
                keepChangeSets,
                reviewed,
                approval,
                express);
    }

    /** A plan that keeps its change sets ({@code plan --out}). */
    public MaterializerOptions keepingChangeSets() {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                true,
                reviewed,
                approval,
                express);
    }

    /** An apply that executes the reviewed plan's change sets ({@code materialize --plan}). */
    public MaterializerOptions withReviewed(PlanFile plan) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                Optional.of(plan),
                approval,
                express);
    }

    /** Change sets this apply creates need approval under this policy, or are refused. */
    public MaterializerOptions withApproval(ApprovalPolicy policy) {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                policy,
                express);
    }

    /** Change sets in CloudFormation's express mode ({@code --express}). */
    public MaterializerOptions withExpress() {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                true);
    }
}
