package dev.plinth.bench;

import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CloudFormationApi;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.Ticker;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;

/**
 * The materializer against the fake CloudFormation with a real latency per call. Prints one
 * line of {@code key=value} pairs.
 * <ul>
 *   <li>{@code noop STACKS LATENCY_MS}: a second apply over converged stacks; the calls per stack and the wall time.
 *   <li>{@code dag LATENCY_MS STEP_MS POLL_MS PARALLELISM}: creates a 20-stack DAG (layers 1, 3, 6, 6, 3, 1, each
 *   stack reading two of the layer above) with the fake's change set and resource steps of {@code STEP_MS}; the wall
 *   time against the critical path, the longest chain of the stacks' own durations (each measured alone, in
 *   virtual time, with 1 ms polls and no latency).
 * </ul>
 */
public final class MaterializeBench {
    private static final int[] LAYERS = {1, 3, 6, 6, 3, 1};

    private MaterializeBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("plinth-materialize-");
        if (args.length == 3 && args[0].equals("noop")) {
            noop(dir, Integer.parseInt(args[1]), Long.parseLong(args[2]));
        } else if (args.length == 5 && args[0].equals("dag")) {
            dag(
                    dir,
                    Long.parseLong(args[1]),
                    Long.parseLong(args[2]),
                    Long.parseLong(args[3]),
                    Integer.parseInt(args[4]));
        } else {
            System.err.println(
                    "usage: MaterializeBench noop STACKS LATENCY_MS | dag LATENCY_MS STEP_MS POLL_MS PARALLELISM");
            System.exit(2);
        }
    }

    private static void noop(Path dir, int stacks, long latency) throws IOException {
        List<List<Integer>> upstream = new ArrayList<>();
        for (int i = 0; i < stacks; i++) {
            upstream.add(List.of());
        }
        CompiledOutputs outputs = CompiledOutputs.read(SyntheticOutputs.write(dir, upstream));
        FakeCloudFormation fake = new FakeCloudFormation();
        require(run(
                fake,
                fake.ticker(),
                outputs,
                MaterializerOptions.apply("seed").withPolls(Duration.ofMillis(1), Duration.ofMillis(1))));
        fake.resetCalls();
        long started = System.nanoTime();
        RunReport report =
                run(new LatentCloudFormation(fake, latency), Ticker.SYSTEM, outputs, MaterializerOptions.apply("noop"));
        long wall = (System.nanoTime() - started) / 1_000_000;
        require(report);
        IntSummaryStatistics calls =
                report.stacks().stream().mapToInt(StackReport::apiCalls).summaryStatistics();
        long unchanged = report.stacks().stream()
                .filter(s -> s.outcome() == StackReport.Outcome.UNCHANGED)
                .count();
        System.out.printf(
                "stacks=%d latency_ms=%d wall_ms=%d unchanged=%d calls_per_stack_min=%d calls_per_stack_max=%d "
                        + "calls_total=%d change_sets=%d%n",
                stacks,
                latency,
                wall,
                unchanged,
                calls.getMin(),
                calls.getMax(),
                calls.getSum(),
                fake.calls("CreateChangeSet"));
    }

    private static void dag(Path dir, long latency, long step, long poll, int parallelism) throws IOException {
        List<List<Integer>> upstream = dagShape();
        CompiledOutputs outputs = CompiledOutputs.read(SyntheticOutputs.write(dir, upstream));
        FakeCloudFormation alone = fake(step);
        RunReport sequential = run(
                alone,
                alone.ticker(),
                outputs,
                MaterializerOptions.apply("alone")
                        .withParallelism(1)
                        .withPolls(Duration.ofMillis(1), Duration.ofMillis(1)));
        require(sequential);
        Map<String, Long> own = new HashMap<>();
        sequential.stacks().forEach(s -> own.put(s.stack(), s.durationMillis()));
        long[] finish = new long[upstream.size()];
        int[] depth = new int[upstream.size()];
        for (int i = 0; i < upstream.size(); i++) {
            long start = 0;
            for (int from : upstream.get(i)) {
                if (finish[from] > start) {
                    start = finish[from];
                    depth[i] = depth[from];
                }
            }
            finish[i] = start + own.get(SyntheticOutputs.name(i));
            depth[i]++;
        }
        int last = 0;
        for (int i = 0; i < finish.length; i++) {
            last = finish[i] > finish[last] ? i : last;
        }
        FakeCloudFormation fake = fake(step);
        long started = System.nanoTime();
        RunReport report = run(
                new LatentCloudFormation(fake, latency),
                Ticker.SYSTEM,
                outputs,
                MaterializerOptions.apply("dag")
                        .withParallelism(parallelism)
                        .withPolls(Duration.ofMillis(poll), Duration.ofMillis(poll)));
        long wall = (System.nanoTime() - started) / 1_000_000;
        require(report);
        int calls = report.stacks().stream().mapToInt(StackReport::apiCalls).sum();
        System.out.printf(
                "stacks=%d latency_ms=%d step_ms=%d poll_ms=%d parallelism=%d wall_ms=%d critical_path_ms=%d "
                        + "stacks_on_path=%d overhead_per_path_stack_ms=%d calls_total=%d%n",
                upstream.size(),
                latency,
                step,
                poll,
                parallelism,
                wall,
                finish[last],
                depth[last],
                (wall - finish[last]) / depth[last],
                calls);
    }

    private static List<List<Integer>> dagShape() {
        List<List<Integer>> upstream = new ArrayList<>();
        int previousStart = 0;
        int previousSize = 0;
        for (int size : LAYERS) {
            int start = upstream.size();
            for (int j = 0; j < size; j++) {
                List<Integer> from = new ArrayList<>();
                if (previousSize > 0) {
                    from.add(previousStart + j % previousSize);
                    if (previousSize > 1) {
                        from.add(previousStart + (j + 1) % previousSize);
                    }
                }
                upstream.add(from);
            }
            previousStart = start;
            previousSize = size;
        }
        return upstream;
    }

    private static FakeCloudFormation fake(long step) {
        return new FakeCloudFormation().changeSetStepMillis(step).operationStepMillis(step);
    }

    private static RunReport run(
            CloudFormationApi api, Ticker ticker, CompiledOutputs outputs, MaterializerOptions options)
            throws IOException {
        return new Materializer(api, ticker, new CallCounter()).run(outputs, options, new RunListener() {});
    }

    private static void require(RunReport report) {
        if (!report.succeeded()) {
            StringBuilder failures = new StringBuilder();
            report.stacks().stream()
                    .filter(s -> !s.succeeded())
                    .forEach(s -> failures.append(s.stack())
                            .append(": ")
                            .append(s.message().orElse(s.outcome().name()))
                            .append('\n'));
            throw new IllegalStateException("the run failed:\n" + failures);
        }
    }
}
