package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Converges the stacks of a compiled output folder in dependency order: a stack starts as soon
 * as every stack it depends on has succeeded, up to {@code parallelism} at once; a failure skips
 * its dependents and lets independent stacks go on; each stack's own part is a {@link StackRun}.
 * Reads only the folder, never Java.
 *
 * <p>Before the first change, everything that can refuse the run is checked: the folder and the
 * options ({@link Preflight}, no call at all), then every stack's state ({@link Survey}, the one
 * read a converged stack costs). A plan follows the same rules, and says where apply would fail.
 */
public final class Materializer {
    private final CloudFormationApi cloudFormation;
    private final CloudFormationApi probe;
    private final Ticker ticker;
    private final CallCounter counter;
    private volatile boolean stopRequested;

    /** {@code cloudFormation} is wrapped with the retry layer here; pass the plain client or fake. */
    public Materializer(CloudFormationApi cloudFormation, Ticker ticker, CallCounter counter) {
        this.cloudFormation = new RetryingCloudFormation(cloudFormation, ticker, counter);
        this.probe = new RetryingCloudFormation(cloudFormation, ticker, counter, Survey.PROBE_ATTEMPTS);
        this.ticker = ticker;
        this.counter = counter;
    }

    /**
     * Asks a run under way to start no more stacks (Ctrl-C): the stacks in flight go on to their end,
     * since a CloudFormation operation cannot be stopped safely half-way, and every stack not yet
     * started is reported as not started. Safe to call from any thread, such as a signal handler.
     */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Plans or applies the folder.
     *
     * @throws PreflightException when the folder or the options cannot be applied, or CloudFormation cannot be reached; nothing changed
     */
    public RunReport run(CompiledOutputs outputs, MaterializerOptions options, RunListener listener)
            throws IOException {
        return execute(outputs, options, listener).report();
    }

    /**
     * Plans the folder and keeps the change sets, for {@code materialize --plan} to execute exactly
     * those: the plan file says which, and what each stack was planned against. A plan that did not
     * succeed keeps nothing: its change sets (and the empty stacks of new ones) are deleted again.
     */
    public PlanFile planToApply(CompiledOutputs outputs, MaterializerOptions options, RunListener listener)
            throws IOException {
        MaterializerOptions keeping = options.keepingChangeSets();
        Execution done = execute(outputs, keeping, listener);
        if (!done.report().succeeded()) {
            done.kept().values().forEach(changeSet -> changeSet.discard(changeSet.createdStack()));
        }
        Instant now = Instant.ofEpochMilli(ticker.nowMillis());
        return ReviewedPlan.record(outputs, options.runId(), now, done.report(), done.survey(), done.kept());
    }

    /** A run's report, with what its survey found and the change sets a plan kept, by stack. */
    record Execution(RunReport report, Map<String, Survey.Found> survey, Map<String, ChangeSetRun> kept) {}

    private Execution execute(CompiledOutputs outputs, MaterializerOptions options, RunListener listener)
            throws IOException {
        RunListener safe = new SafeListener(listener);
        Manifest manifest = outputs.manifest();
        long started = ticker.nowMillis();
        long deadline = started + options.timeout().toMillis();
        Preflight.Checked checked = Preflight.check(outputs, options);
        List<Manifest.Stack> selected = checked.selected();
        if (options.reviewed().isPresent()) {
            List<String> problems =
                    ReviewedPlan.problems(options.reviewed().get(), outputs, selected, Instant.ofEpochMilli(started));
            if (!problems.isEmpty()) {
                throw new PreflightException(problems);
            }
        }
        Set<String> selectedNames = new LinkedHashSet<>();
        selected.forEach(s -> selectedNames.add(s.name()));
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), runnable -> {
            Thread thread = new Thread(runnable, "plinth-stack");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Survey.Found> survey = new Survey(cloudFormation, probe, manifest, options)
                    .take(selected, Selection.upstreamRead(manifest, selected, selectedNames, options), pool);
            Map<String, StackReport> reports = new LinkedHashMap<>();
            Map<String, ChangeSetRun> kept = new ConcurrentHashMap<>();
            options.reviewed()
                    .ifPresent(plan -> ReviewedPlan.checkNothingMoved(plan, selected, survey, cloudFormation));
            Optional<String> refused = NotConverged.refuseBeforeChanges(selected, survey, reports, options);
            if (refused.isPresent()) {
                for (Manifest.Stack stack : selected) {
                    reports.computeIfAbsent(
                            stack.name(), n -> NotConverged.skipped(stack, "not started: " + refused.get()));
                    safe.stackFinished(reports.get(stack.name()));
                }
            } else {
                converge(
                        manifest,
                        selected,
                        selectedNames,
                        checked.templates(),
                        survey,
                        reports,
                        options,
                        safe,
                        deadline,
                        pool,
                        kept);
            }
            if (options.mode() == RunReport.Mode.PLAN) {
                PlanVerdict.judge(selected, reports, checked.templates(), survey);
            }
            List<StackReport> ordered = new ArrayList<>();
            selected.forEach(s -> ordered.add(reports.get(s.name())));
            boolean express = options.express()
                    || options.reviewed()
                            .filter(plan -> plan.report().express())
                            .isPresent();
            return new Execution(
                    new RunReport(
                            manifest.platform(),
                            manifest.environment(),
                            manifest.region(),
                            options.mode(),
                            ordered,
                            ticker.nowMillis() - started,
                            express),
                    survey,
                    kept);
        } finally {
            pool.shutdownNow();
        }
    }

    private void converge(
            Manifest manifest,
            List<Manifest.Stack> selected,
            Set<String> selectedNames,
            Map<String, byte[]> templates,
            Map<String, Survey.Found> survey,
            Map<String, StackReport> reports,
            MaterializerOptions options,
            RunListener listener,
            long deadline,
            ExecutorService pool,
            Map<String, ChangeSetRun> kept) {
        Map<String, Map<String, String>> known = new ConcurrentHashMap<>();
        survey.forEach((name, found) -> {
            if (!selectedNames.contains(name) || options.mode() == RunReport.Mode.PLAN) {
                found.state().ifPresent(state -> known.put(name, state.outputs()));
            }
        });
        StackRun run = new StackRun(
                cloudFormation, ticker, counter, manifest, selectedNames, options, listener, deadline, known, kept);
        ExecutorCompletionService<StackReport> completion = new ExecutorCompletionService<>(pool);
        Set<String> running = new LinkedHashSet<>();
        while (reports.size() < selected.size()) {
            int settled = reports.size();
            for (Manifest.Stack stack : selected) {
                if (reports.containsKey(stack.name()) || running.contains(stack.name())) {
                    continue;
                }
                Optional<String> blocked = NotConverged.blockedBy(stack, reports, selectedNames, options);
                if (blocked.isPresent()) {
                    reports.put(stack.name(), NotConverged.skipped(stack, blocked.get()));
                    listener.stackFinished(reports.get(stack.name()));
                } else if (ready(stack, reports, selectedNames, options)) {
                    if (!mayStart(deadline)) {
                        reports.put(stack.name(), NotConverged.skipped(stack, notStarted(options)));
                        listener.stackFinished(reports.get(stack.name()));
                        continue;
                    }
                    running.add(stack.name());
                    listener.stackStarted(stack.name(), stack.stackName());
                    Optional<StackState> state = survey.get(stack.name()).state();
                    completion.submit(() -> mayStart(deadline)
                            ? run.converge(stack, templates.get(stack.name()), state)
                            : NotConverged.skipped(stack, notStarted(options)));
                }
            }
            if (running.isEmpty() && reports.size() > settled) {
                continue;
            }
            if (running.isEmpty()) {
                break;
            }
            StackReport report = take(completion);
            running.remove(report.stack());
            reports.put(report.stack(), report);
            if (report.succeeded() && options.mode() == RunReport.Mode.APPLY) {
                known.put(report.stack(), report.outputs());
            }
            listener.stackFinished(report);
        }
    }

    private static StackReport take(ExecutorCompletionService<StackReport> completion) {
        try {
            Future<StackReport> done = completion.take();
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stacks were converging", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a stack's convergence crashed", e.getCause());
        }
    }

    private static boolean ready(
            Manifest.Stack stack, Map<String, StackReport> reports, Set<String> selected, MaterializerOptions options) {
        if (options.mode() == RunReport.Mode.PLAN) {
            return true;
        }
        return stack.dependsOn().stream()
                .filter(selected::contains)
                .allMatch(d -> reports.containsKey(d) && reports.get(d).succeeded());
    }

    /** Whether a stack may still start: the run is not interrupted and its deadline has not passed. */
    private boolean mayStart(long deadline) {
        return ticker.nowMillis() < deadline && !stopRequested;
    }

    private String notStarted(MaterializerOptions options) {
        return NotConverged.notStarted(stopRequested, options.timeout());
    }
}
