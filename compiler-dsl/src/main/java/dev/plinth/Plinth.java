package dev.plinth;

import dev.plinth.dsl.Platform;

/**
 * The compiler's entry point: a platform and one of its environments in; the published outputs
 * (templates, user-data scripts, manifest, graphs) in memory and every diagnostic out. One
 * pipeline runs the DSL's passes, lowering, cross-stack wiring and the emit stage; it stops at
 * the first stage with an error, and nothing is rendered then.
 *
 * <pre>{@code
 * Compilation compilation = Plinth.compile(platform, "prod", CompileOptions.defaults()).writeTo(folder);
 * compilation.diagnostics().forEach(d -> System.err.println(d.format()));
 * }</pre>
 */
public final class Plinth {
    private Plinth() {}

    public static Compilation compile(Platform platform, String environment, CompileOptions options) {
        return new PlatformCompiler(options.specification()).compile(platform, environment, options.format());
    }
}
