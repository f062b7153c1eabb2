package dev.plinth.materializer.fake;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every stack ever made (deleted ones too), found by name or ARN, and the clock they settle against. */
final class StackStore {
    private final Map<String, FakeStack> stacks = new LinkedHashMap<>();
    private final Map<String, Integer> incarnations = new HashMap<>();
    final VirtualTicker ticker;

    StackStore(VirtualTicker ticker) {
        this.ticker = ticker;
    }

    long now() {
        return ticker.nowMillis();
    }

    Collection<FakeStack> all() {
        return stacks.values();
    }

    FakeStack create(String name) {
        FakeStack stack = new FakeStack(name, nextIncarnation("stack/" + name), now());
        stacks.put(stack.arn, stack);
        return stack;
    }

    int nextIncarnation(String key) {
        return incarnations.merge(key, 1, Integer::sum) - 1;
    }

    void settle() {
        long now = now();
        for (FakeStack stack : stacks.values()) {
            stack.settle(now);
            stack.changeSets.values().removeIf(cs -> cs.deleteUntil != null && cs.deleteUntil <= now);
        }
    }

    Optional<FakeStack> find(String nameOrArn) {
        if (nameOrArn == null) {
            return Optional.empty();
        }
        if (nameOrArn.startsWith("arn:")) {
            return Optional.ofNullable(stacks.get(nameOrArn));
        }
        return live(nameOrArn);
    }

    Optional<FakeStack> live(String name) {
        return stacks.values().stream()
                .filter(s -> s.name.equals(name) && s.live())
                .findFirst();
    }

    FakeStack liveOrThrow(String nameOrArn) {
        return find(nameOrArn).filter(FakeStack::live).orElseThrow(() -> CfnErrors.stackNotFound(nameOrArn));
    }

    FakeChangeSet changeSet(String nameOrArn, String stackNameOrArn) {
        if (nameOrArn != null && nameOrArn.startsWith("arn:")) {
            return changeSetByArn(nameOrArn).orElseThrow(() -> CfnErrors.changeSetNotFound(nameOrArn));
        }
        return find(stackNameOrArn)
                .map(s -> s.changeSets.get(nameOrArn))
                .orElseThrow(() -> CfnErrors.changeSetNotFound(nameOrArn));
    }

    private Optional<FakeChangeSet> changeSetByArn(String arn) {
        return stacks.values().stream()
                .flatMap(s -> s.changeSets.values().stream())
                .filter(cs -> cs.arn.equals(arn))
                .findFirst();
    }

    String stackNameForChangeSet(String changeSetNameOrArn, String stackNameOrArn) {
        if (changeSetNameOrArn != null && changeSetNameOrArn.startsWith("arn:")) {
            Optional<FakeChangeSet> cs = changeSetByArn(changeSetNameOrArn);
            if (cs.isPresent()) {
                return cs.get().stack.name;
            }
        }
        return stackName(stackNameOrArn);
    }

    static String stackName(String nameOrArn) {
        if (nameOrArn != null && nameOrArn.startsWith("arn:") && nameOrArn.contains(":stack/")) {
            return nameOrArn.substring(nameOrArn.indexOf(":stack/") + ":stack/".length())
                    .split("/")[0];
        }
        return nameOrArn;
    }
}
