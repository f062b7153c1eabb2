package dev.plinth.bench;

import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.Plinth;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.Platform;
import dev.plinth.samples.Ecs;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Compiles one platform and writes its outputs, as {@code plinth compile} does: the unit of the
 * whole-process benchmark and of {@link CompileBenchmark}.
 * Usage: {@code PlinthCompile ecs|N OUTDIR}; with {@code -Dplinth.bench.phases=true} it also prints
 * to stderr when {@code main} started (JVM uptime), the compile's time (every pass, emit included: the
 * outputs are rendered in memory) with each pass's, and the write's time (the files only).
 */
public final class PlinthCompile {
    private PlinthCompile() {}

    private static final boolean PHASES = Boolean.getBoolean("plinth.bench.phases");

    public static void main(String[] args) {
        phase("main started", ManagementFactory.getRuntimeMXBean().getUptime());
        if (args.length != 2) {
            System.err.println("usage: PlinthCompile ecs|N OUTDIR");
            System.exit(2);
        }
        int stacks = compile(platform(args[0]), environment(args[0]), Path.of(args[1]));
        System.out.println(stacks + " stacks written to " + args[1]);
        phase("done", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static void phase(String what, long millis) {
        if (PHASES) {
            System.err.printf("%-40s %6d ms%n", what, millis);
        }
    }

    static Platform platform(String which) {
        return which.equals("ecs") ? new Ecs() : new GeneratedPlatform(Integer.parseInt(which));
    }

    static String environment(String which) {
        return which.equals("ecs") ? "dev" : GeneratedPlatform.ENVIRONMENT;
    }

    static int compile(Platform platform, String environment, Path dir) {
        long started = System.nanoTime();
        Compilation compilation = Plinth.compile(platform, environment, CompileOptions.defaults());
        phase("compile", (System.nanoTime() - started) / 1_000_000);
        compilation.timings().forEach(t -> phase("  pass " + t.pass(), Math.round(t.millis())));
        started = System.nanoTime();
        Compilation written = compilation.writeTo(dir);
        phase("write", (System.nanoTime() - started) / 1_000_000);
        if (written.output().isEmpty()) {
            throw new IllegalStateException(
                    written.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return written.output().get().manifest().stacks().size();
    }
}
