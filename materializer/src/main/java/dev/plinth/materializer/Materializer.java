package dev.plinth.materializer;

import dev.plinth.compiler.emit.Manifest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;

/**
 * Converges the stacks of a compiled output folder in dependency order: a stack starts as soon
 * as every stack it depends on has succeeded, up to {@code parallelism} at once; a failure skips
 * its dependents and lets independent stacks go on. Reads only the folder, never Java.
 */
public final class Materializer {
  private final CloudFormationApi cloudFormation;
  private final Ticker ticker;
  private final CallCounter counter;

  /** {@code cloudFormation} is wrapped with the retry layer here; pass the plain client or fake. */
  public Materializer(CloudFormationApi cloudFormation, Ticker ticker, CallCounter counter) {
    this.cloudFormation = new RetryingCloudFormation(cloudFormation, ticker, counter);
    this.ticker = ticker;
    this.counter = counter;
  }

  public RunReport run(CompiledOutputs outputs, MaterializerOptions options, RunListener listener) throws IOException {
    RunListener safe = new SafeListener(listener);
    Manifest manifest = outputs.manifest();
    long started = ticker.nowMillis();
    long deadline = started + options.timeout().toMillis();
    List<Manifest.Stack> selected = select(manifest, options);
    Set<String> selectedNames = new LinkedHashSet<>();
    selected.forEach(s -> selectedNames.add(s.name()));
    Map<String, Map<String, String>> known = new ConcurrentHashMap<>(externalOutputs(manifest, selected, selectedNames, options));
    Map<String, byte[]> templates = new HashMap<>();
    for (Manifest.Stack stack : selected) {
      templates.put(stack.name(), outputs.template(stack));
    }
    Map<String, StackReport> reports = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), runnable -> {
      Thread thread = new Thread(runnable, "plinth-stack");
      thread.setDaemon(true);
      return thread;
    });
    try {
      ExecutorCompletionService<StackReport> completion = new ExecutorCompletionService<>(pool);
      Set<String> running = new LinkedHashSet<>();
      while (reports.size() < selected.size()) {
        int settled = reports.size();
        for (Manifest.Stack stack : selected) {
          if (reports.containsKey(stack.name()) || running.contains(stack.name())) {
            continue;
          }
          Optional<String> blocked = blockedBy(stack, reports, selectedNames, options);
          if (blocked.isPresent()) {
            reports.put(stack.name(), skipped(stack, blocked.get()));
            safe.stackFinished(reports.get(stack.name()));
          } else if (ready(stack, reports, selectedNames, options)) {
            running.add(stack.name());
            safe.stackStarted(stack.name(), stack.stackName());
            completion.submit(() -> converge(manifest, stack, templates.get(stack.name()), known, options, safe, deadline));
          }
        }
        if (running.isEmpty() && reports.size() > settled) {
          continue;
        }
        if (running.isEmpty()) {
          for (Manifest.Stack stack : selected) {
            if (!reports.containsKey(stack.name())) {
              reports.put(stack.name(), skipped(stack, "skipped: its dependencies form a circle in the manifest"));
            }
          }
          break;
        }
        StackReport report = take(completion);
        running.remove(report.stack());
        reports.put(report.stack(), report);
        if (report.succeeded() && options.mode() == RunReport.Mode.APPLY) {
          known.put(report.stack(), report.outputs());
        }
        safe.stackFinished(report);
      }
    } finally {
      pool.shutdownNow();
    }
    List<StackReport> ordered = new ArrayList<>();
    selected.forEach(s -> ordered.add(reports.get(s.name())));
    return new RunReport(manifest.platform(), manifest.environment(), manifest.region(), options.mode(), ordered,
        ticker.nowMillis() - started);
  }

  private StackReport converge(Manifest manifest, Manifest.Stack stack, byte[] template, Map<String, Map<String, String>> known,
      MaterializerOptions options, RunListener listener, long deadline) {
    CallCounter.workingOn(stack.name());
    try {
      ParameterResolver.Resolved parameters = ParameterResolver.resolve(stack, known);
      if (options.mode() == RunReport.Mode.APPLY && !parameters.unknown().isEmpty()) {
        return new StackReport(stack.name(), stack.stackName(), StackReport.Action.NONE, StackReport.Outcome.FAILED, List.of(),
            new ArrayList<>(parameters.unknown()), 0, Optional.of("no value for " + String.join(", ", parameters.unknown())
            + ": the upstream stacks have no such outputs"), Map.of(), counter.calls(stack.name()));
      }
      TreeMap<String, String> tags = new TreeMap<>(manifest.tags());
      tags.putAll(stack.tags());
      StackRequest request = new StackRequest(stack, template, parameters.values(), parameters.unknown(), tags);
      StackReport report = new StackConverger(cloudFormation, options, listener, new Polling(ticker, deadline), request).converge();
      return withCalls(report, counter.calls(stack.name()));
    } finally {
      CallCounter.clear();
    }
  }

  private static StackReport withCalls(StackReport r, int calls) {
    return new StackReport(r.stack(), r.stackName(), r.action(), r.outcome(), r.changes(), r.unknownParameters(),
        r.durationMillis(), r.message(), r.outputs(), calls);
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

  /** The stacks of the run: all, one with its upstream closure ({@code --stack}), or one alone ({@code --only}). */
  static List<Manifest.Stack> select(Manifest manifest, MaterializerOptions options) {
    Optional<String> target = options.stack().or(options::only);
    if (target.isEmpty()) {
      return manifest.stacks();
    }
    Manifest.Stack wanted = manifest.stack(target.get()).orElseThrow(() -> new IllegalArgumentException(
        "no stack named '" + target.get() + "' in the manifest; it has " + names(manifest)));
    if (options.only().isPresent()) {
      return List.of(wanted);
    }
    Set<String> closure = new LinkedHashSet<>();
    collect(manifest, wanted, closure);
    List<Manifest.Stack> result = new ArrayList<>();
    manifest.stacks().stream().filter(s -> closure.contains(s.name())).forEach(result::add);
    return result;
  }

  private static void collect(Manifest manifest, Manifest.Stack stack, Set<String> closure) {
    if (closure.add(stack.name())) {
      stack.dependsOn().forEach(d -> manifest.stack(d).ifPresent(up -> collect(manifest, up, closure)));
    }
  }

  private static String names(Manifest manifest) {
    List<String> names = new ArrayList<>();
    manifest.stacks().forEach(s -> names.add(s.name()));
    return String.join(", ", names);
  }

  /** Outputs of upstream stacks outside the run (for --only, and for every upstream in a plan), read from AWS. */
  private Map<String, Map<String, String>> externalOutputs(Manifest manifest, List<Manifest.Stack> selected,
      Set<String> selectedNames, MaterializerOptions options) {
    Set<String> upstream = new LinkedHashSet<>();
    for (Manifest.Stack stack : selected) {
      for (String dependency : stack.dependsOn()) {
        if (!selectedNames.contains(dependency) || options.mode() == RunReport.Mode.PLAN) {
          upstream.add(dependency);
        }
      }
    }
    Map<String, Map<String, String>> outputs = new HashMap<>();
    for (String name : upstream) {
      manifest.stack(name).ifPresent(stack -> {
        try {
          cloudFormation.describeStacks(DescribeStacksRequest.builder().stackName(stack.stackName()).build()).stacks().stream()
              .findFirst().map(StackState::of).filter(s -> !s.deleted())
              .ifPresent(state -> outputs.put(name, state.outputs()));
        } catch (AwsServiceException e) {
          if (!StackConverger.isAbsent(e)) {
            throw e;
          }
        }
      });
    }
    return outputs;
  }

  private static Optional<String> blockedBy(Manifest.Stack stack, Map<String, StackReport> reports, Set<String> selected,
      MaterializerOptions options) {
    if (options.mode() == RunReport.Mode.PLAN) {
      return Optional.empty();
    }
    for (String dependency : stack.dependsOn()) {
      StackReport upstream = reports.get(dependency);
      if (selected.contains(dependency) && upstream != null && !upstream.succeeded()) {
        return Optional.of("skipped: it depends on stack " + dependency + ", which "
            + (upstream.outcome() == StackReport.Outcome.SKIPPED ? "was skipped" : upstream.outcome() == StackReport.Outcome.REFUSED ? "was refused" : "failed"));
      }
    }
    return Optional.empty();
  }

  private static boolean ready(Manifest.Stack stack, Map<String, StackReport> reports, Set<String> selected, MaterializerOptions options) {
    if (options.mode() == RunReport.Mode.PLAN) {
      return true;
    }
    return stack.dependsOn().stream().filter(selected::contains).allMatch(d -> reports.containsKey(d) && reports.get(d).succeeded());
  }

  private static StackReport skipped(Manifest.Stack stack, String why) {
    return new StackReport(stack.name(), stack.stackName(), StackReport.Action.NONE, StackReport.Outcome.SKIPPED, List.of(), List.of(),
        0, Optional.of(why), Map.of(), 0);
  }
}
