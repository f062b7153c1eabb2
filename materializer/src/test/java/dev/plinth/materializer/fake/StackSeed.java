package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stack put straight into a status, as an earlier run (or a person) left it: its template,
 * parameters, tags, termination protection, and for an in-progress stack when it settles.
 */
public final class StackSeed {
    private static final Set<String> WITHOUT_RESOURCES =
            Set.of("ROLLBACK_COMPLETE", "REVIEW_IN_PROGRESS", "DELETE_COMPLETE");

    private final FakeCloudFormation fake;
    private final String name;
    private String status = "CREATE_COMPLETE";
    private String reason;
    private String templateBody;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<String> rollbackBlockers = new ArrayList<>();
    private boolean terminationProtection;
    private String settleStatus;
    private long settleAfterMillis;

    StackSeed(FakeCloudFormation fake, String name) {
        this.fake = fake;
        this.name = name;
    }

    public StackSeed status(String status) {
        this.status = status;
        return this;
    }

    public StackSeed reason(String reason) {
        this.reason = reason;
        return this;
    }

    public StackSeed template(String body) {
        this.templateBody = body;
        return this;
    }

    public StackSeed parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    public StackSeed tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    public StackSeed terminationProtection(boolean enabled) {
        this.terminationProtection = enabled;
        return this;
    }

    public StackSeed settlesAfter(long millis, String finalStatus) {
        this.settleAfterMillis = millis;
        this.settleStatus = finalStatus;
        return this;
    }

    public StackSeed rollbackBlockers(String... logicalIds) {
        rollbackBlockers.addAll(List.of(logicalIds));
        return this;
    }

    /** Adds the stack; returns its ARN. */
    public String create() {
        return fake.seed(this);
    }

    String apply(StackStore store, Operations operations) {
        store.settle();
        if (store.live(name).isPresent()) {
            throw new IllegalStateException("stack already exists: " + name);
        }
        FakeStack stack = store.create(name);
        if (templateBody != null) {
            stack.templateBody = templateBody;
            stack.template = Templates.parse(templateBody);
            if (!WITHOUT_RESOURCES.contains(status)) {
                stack.useResources(stack.template);
                stack.outputs = new OutputValues(stack, stack.template, parameters, stack.physicalIds).evaluate();
            }
        }
        stack.parameters.putAll(parameters);
        stack.tags.putAll(tags);
        stack.terminationProtection = terminationProtection;
        stack.rollbackBlockers.addAll(rollbackBlockers);
        stack.apply(new FakeStack.Moment(store.now(), null, null, null, status, reason, null, true, null));
        if (settleStatus != null) {
            operations.settleLater(stack, store.now() + settleAfterMillis, settleStatus);
        }
        return stack.arn;
    }

    static String leftover(
            StackStore store,
            ChangeSetDiff diff,
            long stepMillis,
            String stackName,
            String changeSetName,
            String body) {
        store.settle();
        FakeStack stack = store.liveOrThrow(stackName);
        JsonNode template = Templates.parse(body);
        ChangeSetDiff.Side before = ChangeSetDiff.Side.of(stack);
        ChangeSetDiff.Side after = new ChangeSetDiff.Side(template, stack.parameters, stack.tags);
        boolean creating = stack.status.equals("REVIEW_IN_PROGRESS");
        int incarnation = store.nextIncarnation(stack.arn + "/cs/" + changeSetName);
        FakeChangeSet cs = new FakeChangeSet(
                changeSetName,
                stack,
                incarnation,
                creating ? "CREATE" : "UPDATE",
                null,
                null,
                store.now() - 600_000,
                stepMillis,
                template,
                body,
                stack.parameters,
                stack.tags,
                List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"),
                diff.diff(before, after, stack.physicalIds::get),
                !creating && ChangeSetDiff.identical(before, after));
        stack.changeSets.put(changeSetName, cs);
        return cs.arn;
    }
}
