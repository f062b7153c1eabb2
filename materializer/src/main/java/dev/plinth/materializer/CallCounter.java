package dev.plinth.materializer;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts CloudFormation calls, per operation and per stack (the thread's current stack), for reports and benchmarks. */
public final class CallCounter {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private final Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byStack = new ConcurrentHashMap<>();

    void count(String operation) {
        byOperation.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        String stack = CURRENT.get();
        if (stack != null) {
            byStack.computeIfAbsent(stack, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Attributes the calls this thread makes to a stack until {@link #clear()}. */
    static void workingOn(String stack) {
        CURRENT.set(stack);
    }

    static void clear() {
        CURRENT.remove();
    }

    public int calls(String stack) {
        AtomicInteger count = byStack.get(stack);
        return count == null ? 0 : count.get();
    }

    public Map<String, Integer> byOperation() {
        Map<String, Integer> copy = new TreeMap<>();
        byOperation.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public int total() {
        return byOperation.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
