package dev.plinth.materializer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.materializer.fake.FakeStack.Moment;
import dev.plinth.materializer.fake.FakeStack.Res;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;

/**
 * Stack operations as sequences of moments (events, status changes, state changes), one step of
 * virtual time apart, with the scripted resource and rollback failures.
 */
final class Operations {
    static final String REPLACING =
            "Requested update requires the creation of a new physical resource; hence creating one.";
    static final String FAILURE = "Resource handler returned message: \"Scripted failure\"";
    static final String ROLLBACK_FAILURE = "Resource handler returned message: \"Scripted rollback failure\"";

    private final Map<String, Map<String, String>> failures = new HashMap<>();
    private final Map<String, Map<String, Deque<String>>> rollbackFailures = new HashMap<>();
    long stepMillis = 1000;

    void failResource(String stack, String logicalId, String reason) {
        failures.computeIfAbsent(stack, k -> new HashMap<>()).put(logicalId, reason);
    }

    void failRollback(String stack, String logicalId, String reason) {
        rollbackFailures
                .computeIfAbsent(stack, k -> new HashMap<>())
                .computeIfAbsent(logicalId, k -> new ArrayDeque<>())
                .add(reason);
    }

    private int firstFailing(FakeStack stack, List<Res> resources) {
        Map<String, String> scripted = failures.getOrDefault(stack.name, Map.of());
        for (int i = 0; i < resources.size(); i++) {
            if (scripted.containsKey(resources.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    private String takeFailure(FakeStack stack, String logicalId) {
        Map<String, String> scripted = failures.getOrDefault(stack.name, new HashMap<>());
        return scripted.remove(logicalId);
    }

    private String takeRollbackFailure(FakeStack stack, String logicalId) {
        Deque<String> scripted =
                rollbackFailures.getOrDefault(stack.name, Map.of()).get(logicalId);
        return scripted == null ? null : scripted.poll();
    }

    void create(FakeStack stack, FakeChangeSet cs, String token, long now) {
        Plan plan = new Plan(stack, token, now);
        plan.stack("CREATE_IN_PROGRESS", "User Initiated");
        plan.effect(() -> adopt(stack, cs));
        List<Res> resources = new ArrayList<>();
        Templates.resources(cs.template)
                .forEach((id, r) -> resources.add(
                        new Res(id, Templates.type(r), stack.physicalId(id, stack.generations.getOrDefault(id, 0)))));
        resources.forEach(r -> plan.resource(r, "CREATE_IN_PROGRESS", null));
        int f = firstFailing(stack, resources);
        if (f < 0) {
            resources.forEach(r -> plan.resource(r, "CREATE_COMPLETE", null));
            plan.stack("CREATE_COMPLETE", null);
            plan.effect(() -> succeed(stack, cs, plan.lastAt));
            plan.schedule();
            return;
        }
        List<Res> created = resources.subList(0, f);
        List<Res> failed = resources.subList(f, resources.size());
        created.forEach(r -> plan.resource(r, "CREATE_COMPLETE", null));
        plan.resource(
                failed.get(0), "CREATE_FAILED", takeFailure(stack, failed.get(0).id()));
        failed.subList(1, failed.size()).forEach(r -> plan.resource(r, "CREATE_FAILED", "Resource creation cancelled"));
        plan.stack(
                "ROLLBACK_IN_PROGRESS",
                "The following resource(s) failed to create: " + ids(failed) + ". Rollback requested by user.");
        List<Res> deleteFailed = new ArrayList<>();
        for (Res r : reversed(created)) {
            plan.resource(r, "DELETE_IN_PROGRESS", null);
            String reason = takeRollbackFailure(stack, r.id());
            if (reason != null) {
                plan.resource(r, "DELETE_FAILED", reason);
                deleteFailed.add(r);
            } else {
                plan.resource(r, "DELETE_COMPLETE", null);
            }
        }
        reversed(failed).forEach(r -> plan.resource(r, "DELETE_COMPLETE", null));
        if (deleteFailed.isEmpty()) {
            plan.stack("ROLLBACK_COMPLETE", null);
        } else {
            plan.stack("ROLLBACK_FAILED", "The following resource(s) failed to delete: " + ids(deleteFailed) + ". ");
        }
        plan.effect(() -> {
            stack.physicalIds
                    .keySet()
                    .retainAll(deleteFailed.stream().map(Res::id).toList());
            cs.executionStatus = "EXECUTE_FAILED";
        });
        plan.schedule();
    }

    void update(FakeStack stack, FakeChangeSet cs, String token, long now) {
        Snapshot before = new Snapshot(stack);
        Plan plan = new Plan(stack, token, now);
        plan.stack("UPDATE_IN_PROGRESS", "User Initiated");
        plan.effect(() -> adopt(stack, cs));
        List<ResourceChange> work = cs.changes.stream()
                .filter(c -> !c.actionAsString().equals("Remove"))
                .toList();
        List<Res> resources = new ArrayList<>();
        for (ResourceChange c : work) {
            String id = c.logicalResourceId();
            resources.add(new Res(
                    id,
                    c.resourceType(),
                    stack.physicalIds.containsKey(id)
                            ? stack.physicalIds.get(id)
                            : stack.physicalId(id, stack.generations.getOrDefault(id, 0))));
        }
        for (int i = 0; i < work.size(); i++) {
            boolean add = isAdd(work.get(i));
            plan.resource(
                    resources.get(i),
                    add ? "CREATE_IN_PROGRESS" : "UPDATE_IN_PROGRESS",
                    replaces(work.get(i)) ? REPLACING : null);
        }
        int f = firstFailing(stack, resources);
        if (f < 0) {
            List<Res> replacedOld = new ArrayList<>();
            for (int i = 0; i < work.size(); i++) {
                Res r = resources.get(i);
                if (replaces(work.get(i))) {
                    replacedOld.add(r);
                    r = new Res(
                            r.id(), r.type(), stack.physicalId(r.id(), stack.generations.getOrDefault(r.id(), 0) + 1));
                }
                plan.resource(r, isAdd(work.get(i)) ? "CREATE_COMPLETE" : "UPDATE_COMPLETE", null);
            }
            plan.stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null);
            for (Res old : replacedOld) {
                plan.resource(old, "DELETE_IN_PROGRESS", null);
                plan.resource(old, "DELETE_COMPLETE", null);
            }
            for (ResourceChange c : cs.changes) {
                if (c.actionAsString().equals("Remove")) {
                    Res r = stack.res(c.logicalResourceId());
                    plan.resource(r, "DELETE_IN_PROGRESS", null);
                    String reason = takeFailure(stack, r.id());
                    plan.resource(r, reason == null ? "DELETE_COMPLETE" : "DELETE_FAILED", reason);
                }
            }
            plan.stack("UPDATE_COMPLETE", null);
            plan.effect(() -> {
                replacedOld.forEach(r -> stack.generations.merge(r.id(), 1, Integer::sum));
                succeed(stack, cs, plan.lastAt);
            });
            plan.schedule();
            return;
        }
        List<Res> failedIds = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            Res r = resources.get(i);
            boolean add = isAdd(work.get(i));
            if (i < f) {
                plan.resource(r, add ? "CREATE_COMPLETE" : "UPDATE_COMPLETE", null);
                continue;
            }
            failedIds.add(r);
            String reason = i == f
                    ? takeFailure(stack, r.id())
                    : add ? "Resource creation cancelled" : "Resource update cancelled";
            plan.resource(r, add ? "CREATE_FAILED" : "UPDATE_FAILED", reason);
        }
        plan.stack(
                "UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to update: " + ids(failedIds) + ". ");
        plan.effect(() -> before.restore(stack));
        List<Res> modified = new ArrayList<>();
        List<Res> createdAdds = new ArrayList<>();
        List<Res> failedAdds = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            (isAdd(work.get(i)) ? (i < f ? createdAdds : failedAdds) : modified).add(resources.get(i));
        }
        List<Res> blockers = rollBack(plan, stack, reversed(modified), Set.of());
        if (!blockers.isEmpty()) {
            failRollbackEnd(plan, stack, blockers, createdAdds, failedAdds);
        } else {
            cleanup(plan, stack, createdAdds, failedAdds);
        }
        plan.effect(() -> cs.executionStatus = "EXECUTE_FAILED");
        plan.schedule();
    }

    void continueRollback(FakeStack stack, Set<String> skip, String token, long now) {
        Plan plan = new Plan(stack, token, now);
        plan.stack("UPDATE_ROLLBACK_IN_PROGRESS", null);
        List<Res> pending = stack.rollbackBlockers.stream().map(stack::res).toList();
        List<Res> blockers = rollBack(plan, stack, pending, skip);
        List<Res> created = List.copyOf(stack.cleanupCreated);
        List<Res> failed = List.copyOf(stack.cleanupFailed);
        if (!blockers.isEmpty()) {
            failRollbackEnd(plan, stack, blockers, created, failed);
        } else {
            cleanup(plan, stack, created, failed);
        }
        plan.schedule();
    }

    void delete(FakeStack stack, String token, long now) {
        Plan plan = new Plan(stack, token, now);
        plan.stack("DELETE_IN_PROGRESS", "User Initiated");
        List<Res> failed = new ArrayList<>();
        for (Res r :
                reversed(stack.physicalIds.keySet().stream().map(stack::res).toList())) {
            plan.resource(r, "DELETE_IN_PROGRESS", null);
            String reason = takeFailure(stack, r.id());
            plan.resource(r, reason == null ? "DELETE_COMPLETE" : "DELETE_FAILED", reason);
            if (reason != null) {
                failed.add(r);
            }
        }
        if (failed.isEmpty()) {
            plan.stack("DELETE_COMPLETE", null);
            plan.effect(() -> {
                stack.deletedAt = plan.lastAt;
                stack.physicalIds.clear();
                stack.changeSets.clear();
            });
        } else {
            plan.stack("DELETE_FAILED", "The following resource(s) failed to delete: " + ids(failed) + ". ");
            plan.effect(() -> stack.physicalIds
                    .keySet()
                    .retainAll(failed.stream().map(Res::id).toList()));
        }
        plan.schedule();
    }

    void settleLater(FakeStack stack, long at, String status) {
        stack.scheduled.add(new Moment(at, null, null, null, status, null, null, true, null));
    }

    private List<Res> rollBack(Plan plan, FakeStack stack, List<Res> resources, Set<String> skip) {
        List<Res> blockers = new ArrayList<>();
        for (Res r : resources) {
            if (skip.contains(r.id())) {
                plan.resource(r, "UPDATE_COMPLETE", "Resource skipped during UPDATE_ROLLBACK");
                continue;
            }
            plan.resource(r, "UPDATE_IN_PROGRESS", null);
            String reason = takeRollbackFailure(stack, r.id());
            plan.resource(r, reason == null ? "UPDATE_COMPLETE" : "UPDATE_FAILED", reason);
            if (reason != null) {
                blockers.add(r);
            }
        }
        return blockers;
    }

    private static void failRollbackEnd(
            Plan plan, FakeStack stack, List<Res> blockers, List<Res> created, List<Res> failed) {
        plan.stack("UPDATE_ROLLBACK_FAILED", "The following resource(s) failed to update: " + ids(blockers) + ". ");
        plan.effect(() -> {
            stack.rollbackBlockers.clear();
            blockers.forEach(b -> stack.rollbackBlockers.add(b.id()));
            stack.cleanupCreated.clear();
            stack.cleanupCreated.addAll(created);
            stack.cleanupFailed.clear();
            stack.cleanupFailed.addAll(failed);
        });
    }

    private static void cleanup(Plan plan, FakeStack stack, List<Res> created, List<Res> failed) {
        plan.stack("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null);
        for (Res r : reversed(created)) {
            plan.resource(r, "DELETE_IN_PROGRESS", null);
            plan.resource(r, "DELETE_COMPLETE", null);
        }
        failed.forEach(r -> plan.resource(r, "DELETE_COMPLETE", null));
        plan.stack("UPDATE_ROLLBACK_COMPLETE", null);
        plan.effect(() -> {
            stack.rollbackBlockers.clear();
            stack.cleanupCreated.clear();
            stack.cleanupFailed.clear();
        });
    }

    private static void adopt(FakeStack stack, FakeChangeSet cs) {
        stack.template = cs.template;
        stack.templateBody = cs.templateBody;
        stack.parameters = new LinkedHashMap<>(cs.parameters);
        stack.tags = new LinkedHashMap<>(cs.tags);
        stack.notificationArns = cs.notificationArns;
        stack.lastChangeSetId = cs.arn;
    }

    private static void succeed(FakeStack stack, FakeChangeSet cs, long at) {
        stack.useResources(cs.template);
        stack.outputs = new OutputValues(stack, cs.template, stack.parameters, stack.physicalIds).evaluate();
        if (cs.type.equals("UPDATE")) {
            stack.lastUpdatedAt = at;
        }
        cs.executionStatus = "EXECUTE_COMPLETE";
    }

    private static boolean isAdd(ResourceChange c) {
        return c.actionAsString().equals("Add");
    }

    private static boolean replaces(ResourceChange c) {
        return "True".equals(c.replacementAsString());
    }

    private static String ids(List<Res> resources) {
        return new TreeSet<>(resources.stream().map(Res::id).toList()).toString();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /** The state a failed update rolls back to. */
    private record Snapshot(
            JsonNode template,
            String body,
            Map<String, String> parameters,
            Map<String, String> tags,
            String changeSetId) {
        Snapshot(FakeStack s) {
            this(s.template, s.templateBody, s.parameters, s.tags, s.lastChangeSetId);
        }

        void restore(FakeStack s) {
            s.template = template;
            s.templateBody = body;
            s.parameters = parameters;
            s.tags = tags;
            s.lastChangeSetId = changeSetId;
        }
    }

    private final class Plan {
        private final FakeStack stack;
        private final String token;
        private final long start;
        private final List<Moment> moments = new ArrayList<>();
        private long lastAt;

        Plan(FakeStack stack, String token, long start) {
            this.stack = stack;
            this.token = token;
            this.start = start;
            this.lastAt = start;
        }

        void stack(String status, String reason) {
            add(new Moment(nextAt(), null, null, null, status, reason, token, true, null));
        }

        void resource(Res r, String status, String reason) {
            add(new Moment(nextAt(), r.id(), r.physicalId(), r.type(), status, reason, token, false, null));
        }

        void effect(Runnable effect) {
            moments.add(new Moment(lastAt, null, null, null, null, null, null, false, effect));
        }

        private long nextAt() {
            lastAt = start + moments.stream().filter(m -> m.status() != null).count() * stepMillis;
            return lastAt;
        }

        private void add(Moment m) {
            moments.add(m);
        }

        void schedule() {
            stack.scheduled.addAll(moments);
            stack.settle(start);
        }
    }
}
