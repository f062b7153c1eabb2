package dev.plinth.bench;

import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.PlatformCompiler;
import dev.plinth.manifest.TemplateFormat;
import dev.plinth.samples.Ecs;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Compiles one platform and writes its outputs, as {@code plinth compile} does: the unit of the
 * whole-process benchmark and of {@link CompileBenchmark}.
 * Usage: {@code PlinthCompile ecs|N OUTDIR}; with {@code -Dplinth.bench.phases=true} it also prints
 * to stderr when {@code main} started (JVM uptime), each compiler pass's time and the write's time.
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
    PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, environment);
    phase("compile", (System.nanoTime() - started) / 1_000_000);
    result.timings().forEach(t -> phase("  pass " + t.pass(), Math.round(t.millis())));
    if (result.hasErrors() || result.platform().isEmpty()) {
      throw new IllegalStateException(result.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    }
    CompiledPlatform compiled = result.platform().get();
    Diagnostics diagnostics = new Diagnostics();
    started = System.nanoTime();
    new OutputWriter().write(compiled, dir, TemplateFormat.JSON, diagnostics);
    phase("write", (System.nanoTime() - started) / 1_000_000);
    String errors = diagnostics.toList().stream().filter(Diagnostic::isError).map(Diagnostic::format)
        .collect(Collectors.joining("\n"));
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors);
    }
    return compiled.stacks().size();
  }
}
