package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One stack's part of a run, once the {@link Materializer} has started it: the values of its
 * parameters from the outputs known so far, its tags, the reviewed change set it executes, the
 * {@link StackConverger} that does the work, and the report with the calls the stack cost. A stack
 * that reads an upstream output nobody has fails here, before any call.
 *
 * @param known the outputs of the stacks converged so far (or deployed), by stack; filled as the run goes
 * @param kept the change sets a plan keeps, by stack; filled as the run goes
 */
record StackRun(
        CloudFormationApi cloudFormation,
        Ticker ticker,
        CallCounter counter,
        Manifest manifest,
        Set<String> selectedNames,
        MaterializerOptions options,
        RunListener listener,
        long deadline,
        Map<String, Map<String, String>> known,
        Map<String, ChangeSetRun> kept) {

    /** Converges {@code stack} from the state the survey found; its calls are counted on the stack. */
    StackReport converge(Manifest.Stack stack, byte[] template, Optional<StackState> surveyed) {
        CallCounter.workingOn(stack.name());
        try {
            ParameterResolver.Resolved parameters = ParameterResolver.resolve(stack, known);
            List<String> missing = new ArrayList<>();
            stack.parameters()
                    .forEach((key, parameter) -> parameter
                            .stack()
                            .filter(up -> parameters.unknown().contains(key)
                                    && (options.mode() == RunReport.Mode.APPLY || !selectedNames.contains(up)))
                            .ifPresent(up -> missing.add(
                                    key + " (output " + parameter.output().orElseThrow() + " of stack " + up + ")")));
            if (!missing.isEmpty()) {
                return new StackReport(
                        stack.name(),
                        stack.stackName(),
                        StackReport.Action.NONE,
                        StackReport.Outcome.FAILED,
                        List.of(),
                        List.of(),
                        new ArrayList<>(parameters.unknown()),
                        0,
                        Optional.of(
                                "no value for " + String.join(", ", missing)
                                        + ": the upstream stack is missing or has no such output; apply the upstream stacks first (without --only)"),
                        Map.of(),
                        counter.calls(stack.name()));
            }
            TreeMap<String, String> tags = new TreeMap<>(manifest.tags());
            tags.putAll(stack.tags());
            tags.putAll(manifest.ownershipTags(stack));
            Optional<String> reviewed = options.reviewed()
                    .flatMap(plan -> plan.stack(stack.name()))
                    .filter(planned -> !planned.knownAfterApply())
                    .flatMap(PlanFile.Planned::changeSetArn);
            StackRequest request =
                    new StackRequest(stack, template, parameters.values(), parameters.unknown(), tags, reviewed);
            StackConverger converger = new StackConverger(
                    cloudFormation, options, listener, new Polling(ticker, deadline), request, surveyed);
            StackReport report = converger.converge();
            converger.kept().ifPresent(changeSet -> kept.put(stack.name(), changeSet));
            return withCalls(report, counter.calls(stack.name()));
        } finally {
            CallCounter.clear();
        }
    }

    private static StackReport withCalls(StackReport r, int calls) {
        return new StackReport(
                r.stack(),
                r.stackName(),
                r.action(),
                r.outcome(),
                r.changes(),
                r.parameterChanges(),
                r.unknownParameters(),
                r.durationMillis(),
                r.message(),
                r.outputs(),
                calls,
                r.banners());
    }
}
