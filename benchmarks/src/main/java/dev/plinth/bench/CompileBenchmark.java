package dev.plinth.bench;

import dev.plinth.dsl.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Plinth's compile in a warm JVM: compile and write the outputs of one platform. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CompileBenchmark {
    @Param({"ecs", "1", "10", "50", "100", "1000"})
    public String platform;

    private Platform compiled;
    private String environment;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        compiled = PlinthCompile.platform(platform);
        environment = PlinthCompile.environment(platform);
        dir = Files.createTempDirectory("plinth-jmh-");
    }

    @Benchmark
    public int compile() {
        return PlinthCompile.compile(compiled, environment, dir.resolve("out"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
