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
        return OptionsBuilder.defaults(RunReport.Mode.APPLY, Duration.ofHours(2), runId)
                .build();
    }

    public static MaterializerOptions plan(String runId) {
        return OptionsBuilder.defaults(RunReport.Mode.PLAN, Duration.ofHours(1), runId)
                .build();
    }

    public MaterializerOptions withParallelism(int value) {
        return OptionsBuilder.from(this).parallelism(value).build();
    }

    public MaterializerOptions withStack(String name) {
        return OptionsBuilder.from(this).stack(name).build();
    }

    public MaterializerOptions withOnly(String name) {
        return OptionsBuilder.from(this).only(name).build();
    }

    public MaterializerOptions withAllowReplacement(boolean value) {
        return OptionsBuilder.from(this).allowReplacement(value).build();
    }

    public MaterializerOptions withTemplateStore(TemplateStore store) {
        return OptionsBuilder.from(this).templateStore(store).build();
    }

    public MaterializerOptions withTimeout(Duration value) {
        return OptionsBuilder.from(this).timeout(value).build();
    }

    public MaterializerOptions withPolls(Duration status, Duration events) {
        return OptionsBuilder.from(this).polls(status, events).build();
    }

    /** Lets these stacks be taken over although they lack Plinth's ownership tags ({@code --adopt}). */
    public MaterializerOptions withAdopt(Collection<String> names) {
        return OptionsBuilder.from(this).adopt(new TreeSet<>(names)).build();
    }

    /** A plan that keeps its change sets ({@code plan --out}). */
    public MaterializerOptions keepingChangeSets() {
        return OptionsBuilder.from(this).keepChangeSets().build();
    }

    /** An apply that executes the reviewed plan's change sets ({@code materialize --plan}). */
    public MaterializerOptions withReviewed(PlanFile plan) {
        return OptionsBuilder.from(this).reviewed(plan).build();
    }

    /** Change sets this apply creates need approval under this policy, or are refused. */
    public MaterializerOptions withApproval(ApprovalPolicy policy) {
        return OptionsBuilder.from(this).approval(policy).build();
    }

    /** Change sets in CloudFormation's express mode ({@code --express}). */
    public MaterializerOptions withExpress() {
        return OptionsBuilder.from(this).express().build();
    }
}
