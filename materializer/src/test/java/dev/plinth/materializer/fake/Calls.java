package dev.plinth.materializer.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The call log, the per-operation and per-stack counters, and scripted throttling. */
final class Calls {
    private final List<FakeCloudFormation.Call> log = new ArrayList<>();
    private final Map<String, Integer> throttles = new HashMap<>();
    private final List<Failure> failures = new ArrayList<>();

    /** A scripted error: the next {@code times} calls of an operation on a stack (any stack when null) fail with it. */
    private static final class Failure {
        final String operation;
        final String stackName;
        final int status;
        final String code;
        final String message;
        int remaining;

        Failure(String operation, String stackName, int times, int status, String code, String message) {
            this.operation = operation;
            this.stackName = stackName;
            this.remaining = times;
            this.status = status;
            this.code = code;
            this.message = message;
        }
    }

    void fail(String operation, String stackName, int times, int status, String code, String message) {
        failures.add(new Failure(operation, stackName, times, status, code, message));
    }

    void throttle(String operation, int times) {
        throttles.merge(operation, times, Integer::sum);
    }

    void enter(String operation, String stackName) {
        int remaining = throttles.getOrDefault(operation, 0);
        boolean throttled = remaining > 0;
        log.add(new FakeCloudFormation.Call(operation, stackName, throttled));
        if (throttled) {
            throttles.put(operation, remaining - 1);
            throw CfnErrors.throttling();
        }
        for (Failure failure : failures) {
            if (failure.remaining > 0
                    && failure.operation.equals(operation)
                    && (failure.stackName == null || failure.stackName.equals(stackName))) {
                failure.remaining--;
                throw CfnErrors.scripted(failure.status, failure.code, failure.message);
            }
        }
    }

    int count(String operation) {
        return (int) log.stream().filter(c -> c.operation().equals(operation)).count();
    }

    int count(String operation, String stackName) {
        return (int) log.stream()
                .filter(c -> c.operation().equals(operation) && stackName.equals(c.stackName()))
                .count();
    }

    List<FakeCloudFormation.Call> log() {
        return List.copyOf(log);
    }

    void reset() {
        log.clear();
    }
}
