package dev.plinth;

import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CrossStackWiring;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.emit.Emit;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compile.AssemblePlatform;
import dev.plinth.dsl.compile.LowerPlatform;
import dev.plinth.dsl.compile.PlatformInput;
import dev.plinth.dsl.compile.RenderUserData;
import dev.plinth.dsl.compile.ResolveDefaults;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.ValidatePlatform;
import dev.plinth.dsl.compile.kinds.ComponentKinds;
import dev.plinth.dsl.compile.network.AllocateCidrs;
import dev.plinth.manifest.TemplateFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compiles a platform for one environment: defaults → CIDR allocation → validation →
 * user-data rendering → lowering → cross-stack wiring → the compiled platform.
 * {@link Plinth#compile} runs the same pipeline on through the emit stage
 * ({@link Emit}: names, template validation, rendering and limits, the rendered output).
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
    public record Result(
            Optional<CompiledPlatform> platform, List<Diagnostic> diagnostics, List<Pipeline.PassTiming> timings) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
            timings = List.copyOf(timings);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** The compile up to the compiled platform, without the emit stage: for tests of the DSL and its lowering. */
    public Result compile(Platform platform, String environmentName) {
        return run(
                platform,
                environmentName,
                compiled -> new Result(compiled.value(), compiled.diagnostics(), compiled.timings()),
                refused -> new Result(Optional.empty(), refused, List.of()));
    }

    /** The whole compile, emit included, in one pipeline: what {@link Plinth#compile} runs. */
    Compilation compile(Platform platform, String environmentName, TemplateFormat format) {
        return run(
                platform,
                environmentName,
                compiled -> {
                    Optional<CompiledPlatform> value = compiled.value();
                    Pipeline<RenderedOutput> emitted = Emit.after(compiled, spec, format);
                    return new Compilation(value, emitted.value(), emitted.diagnostics(), emitted.timings());
                },
                refused -> new Compilation(Optional.empty(), Optional.empty(), refused, List.of()));
    }

    /**
     * The {@code UNKNOWN_ENVIRONMENT} diagnostic when the platform has no environment of that name,
     * or the platform's own diagnostic ({@code DEFINITION_FAILED}, {@code MISSING_ATTRIBUTES}) when
     * its {@code name()} or {@code environments()} fails. A command line checks its environment
     * argument with this before it compiles.
     */
    public static Optional<Diagnostic> unknownEnvironment(Platform platform, String environmentName) {
        try {
            environment(platform, environmentName);
            return Optional.empty();
        } catch (PlatformDefinitionException e) {
            return Optional.of(e.diagnostic());
        }
    }

    /** The environment of that name; a {@link PlatformDefinitionException} when there is none or the platform fails. */
    private static Environment environment(Platform platform, String environmentName) {
        String name = PlatformCalls.name(platform);
        List<Environment> environments = PlatformCalls.environments(platform, name);
        return environments.stream()
                .filter(e -> e.name().equals(environmentName))
                .findFirst()
                .orElseThrow(() -> new PlatformDefinitionException(Diagnostic.of(
                        DslCode.UNKNOWN_ENVIRONMENT,
                        environmentName,
                        "platform " + name + " has no environment '" + environmentName + "'",
                        "use one of "
                                + environments.stream()
                                        .map(Environment::name)
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse("none"))));
    }

    /**
     * Runs the passes up to the compiled platform and hands their pipeline to {@code compiled};
     * an unknown environment, or a definition that throws or returns null, stops the compile
     * before the first pass, and its diagnostic goes to {@code refused}. A pass that throws is
     * an {@code INTERNAL_ERROR}, never a stack trace.
     */
    private <R> R run(
            Platform platform,
            String environmentName,
            Function<Pipeline<CompiledPlatform>, R> compiled,
            Function<List<Diagnostic>, R> refused) {
        Environment env;
        List<Stack> stacks;
        String name;
        try {
            env = environment(platform, environmentName);
            name = PlatformCalls.name(platform);
            stacks = PlatformCalls.stacks(platform, env);
        } catch (PlatformDefinitionException e) {
            return refused.apply(List.of(e.diagnostic()));
        }
        try {
            return passes(name, env, stacks, compiled);
        } catch (RuntimeException | StackOverflowError e) {
            return refused.apply(List.of(Diagnostic.of(
                    DslCode.INTERNAL_ERROR,
                    environmentName,
                    "compiling platform " + name + " (" + platform.getClass().getName() + ") failed: "
                            + PlatformCalls.describe(e),
                    "report this as a bug in Plinth, with the platform that shows it")));
        }
    }

    private <R> R passes(
            String name, Environment env, List<Stack> stacks, Function<Pipeline<CompiledPlatform>, R> compiled) {
        Pipeline<ResolvedPlatform> resolved = Pipeline.start(new PlatformInput(name, env, stacks))
                .then(new ResolveDefaults())
                .alsoCheck(new AllocateCidrs())
                .alsoCheck(new ValidatePlatform(ComponentKinds.all()))
                .then(new RenderUserData(ComponentKinds.all()));
        // When a pass above failed, none below runs (nor is assembled from a platform that was never rendered).
        ResolvedPlatform rendered = resolved.value().orElse(null);
        return compiled.apply(resolved.then(new LowerPlatform(ComponentKinds.all()))
                .then(new CrossStackWiring(spec))
                .then(new AssemblePlatform(rendered)));
    }
}
