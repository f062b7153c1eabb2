package dev.plinth.dsl;

import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CrossStackWiring;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.compiler.Pipeline;
import dev.plinth.dsl.compile.LowerPlatform;
import dev.plinth.dsl.compile.kinds.ComponentKinds;
import dev.plinth.dsl.compile.network.AllocateCidrs;
import dev.plinth.dsl.compile.AssemblePlatform;
import dev.plinth.dsl.compile.PlatformInput;
import dev.plinth.dsl.compile.RenderUserData;
import dev.plinth.dsl.compile.ResolveDefaults;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.ValidatePlatform;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a platform for one environment: defaults → CIDR allocation → validation →
 * user-data rendering → lowering → cross-stack wiring. The result is written (with the
 * template-level validation and limits) by {@code dev.plinth.compiler.emit}.
 */
public final class PlatformCompiler {
  private final ResourceSpecification spec;

  public PlatformCompiler(ResourceSpecification spec) {
    this.spec = spec;
  }

  public static PlatformCompiler bundled() {
    return new PlatformCompiler(ResourceSpecification.bundled());
  }

  /** The outcome of one compile: the compiled platform when no pass reported an error, and every diagnostic. */
  public static final class Result {
    private final Optional<CompiledPlatform> platform;
    private final List<Diagnostic> diagnostics;
    private final List<Pipeline.PassTiming> timings;

    Result(Optional<CompiledPlatform> platform, List<Diagnostic> diagnostics, List<Pipeline.PassTiming> timings) {
      this.platform = platform;
      this.diagnostics = List.copyOf(diagnostics);
      this.timings = List.copyOf(timings);
    }

    public Optional<CompiledPlatform> platform() {
      return platform;
    }

    public List<Diagnostic> diagnostics() {
      return diagnostics;
    }

    public List<Pipeline.PassTiming> timings() {
      return timings;
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public Result compile(Platform platform, String environmentName) {
    Optional<Environment> environment = platform.environments().stream().filter(e -> e.name().equals(environmentName)).findFirst();
    if (environment.isEmpty()) {
      Diagnostics out = new Diagnostics();
      out.report(DslCode.UNKNOWN_ENVIRONMENT, environmentName,
          "platform " + platform.name() + " has no environment '" + environmentName + "'",
          "use one of " + platform.environments().stream().map(Environment::name).reduce((a, b) -> a + ", " + b).orElse("none"));
      return new Result(Optional.empty(), out.toList(), List.of());
    }
    Environment env = environment.get();
    List<Stack> stacks;
    try {
      stacks = platform.stacks(env);
    } catch (RuntimeException e) {
      Diagnostics out = new Diagnostics();
      out.report(DslCode.DEFINITION_FAILED, env.name(), "building the platform's stacks failed: " + e.getMessage(),
          "fix the platform definition's code");
      return new Result(Optional.empty(), out.toList(), List.of());
    }
    Pipeline<ResolvedPlatform> resolved = Pipeline.start(new PlatformInput(platform.name(), env, stacks))
        .then(new ResolveDefaults())
        .alsoCheck(new AllocateCidrs())
        .alsoCheck(new ValidatePlatform(ComponentKinds.all()))
        .then(new RenderUserData(ComponentKinds.all()));
    if (resolved.failed()) {
      return new Result(Optional.empty(), resolved.diagnostics(), resolved.timings());
    }
    ResolvedPlatform rendered = resolved.value().orElseThrow();
    Pipeline<CompiledPlatform> compiled = resolved
        .then(new LowerPlatform(ComponentKinds.all()))
        .then(new CrossStackWiring(spec))
        .then(new AssemblePlatform(rendered));
    return new Result(compiled.value(), compiled.diagnostics(), compiled.timings());
  }
}
