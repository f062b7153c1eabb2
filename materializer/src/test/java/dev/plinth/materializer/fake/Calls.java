package dev.plinth.materializer.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The call log, the per-operation and per-stack counters, and scripted throttling. */
final class Calls {
  private final List<FakeCloudFormation.Call> log = new ArrayList<>();
  private final Map<String, Integer> throttles = new HashMap<>();

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
