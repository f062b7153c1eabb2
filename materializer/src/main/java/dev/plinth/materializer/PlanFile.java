package dev.plinth.materializer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewed plan ({@code plan --out plan.json}): the compiled folder it was made from (its
 * manifest's sha-256), what the plan showed, and for each stack the change set it kept and the
 * state it was planned against. {@code materialize --plan} executes exactly those change sets,
 * and refuses when anything moved since.
 *
 * @param manifestSha256 the sha-256 of the compiled folder's manifest.json
 * @param runId the plan run's id, which its change sets carry
 * @param report what the plan showed
 * @param stacks one entry per stack of the plan, in its order
 */
public record PlanFile(
        String manifestSha256,
        Instant createdAt,
        Instant expiresAt,
        String runId,
        RunReport report,
        List<Planned> stacks) {

    /** The plan file format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** How long a plan may be applied after it was made: a week, the life of a pull request under review. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    public PlanFile {
        Objects.requireNonNull(manifestSha256, "manifestSha256");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(report, "report");
        stacks = List.copyOf(stacks);
    }

    public Optional<Planned> stack(String name) {
        return stacks.stream().filter(s -> s.stack().equals(name)).findFirst();
    }

    /**
     * One stack as planned.
     *
     * @param changeSetArn the change set kept for apply; empty when the stack was unchanged, or its
     *     change set depended on values known only after apply (then apply plans it again)
     * @param stackArn the stack the change set belongs to (for a new stack, the empty stack the plan's change set made)
     * @param status the stack's status when planned; empty when it did not exist
     * @param lastChanged the stack's last update (or creation) time when planned
     * @param templateSha256 the deployed template's sha-256 (Plinth's hash tag) when planned
     * @param knownAfterApply its parameters depend on outputs of stacks the plan changes
     */
    public record Planned(
            String stack,
            Optional<String> changeSetArn,
            Optional<String> stackArn,
            Optional<String> status,
            Optional<String> lastChanged,
            Optional<String> templateSha256,
            boolean knownAfterApply) {

        public Planned {
            Objects.requireNonNull(stack, "stack");
            Objects.requireNonNull(changeSetArn, "changeSetArn");
            Objects.requireNonNull(stackArn, "stackArn");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(lastChanged, "lastChanged");
            Objects.requireNonNull(templateSha256, "templateSha256");
        }
    }
}
