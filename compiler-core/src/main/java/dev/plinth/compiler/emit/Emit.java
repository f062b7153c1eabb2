package dev.plinth.compiler.emit;

import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.Pipeline;
import dev.plinth.manifest.TemplateFormat;

/**
 * The emit stage: the passes from a compiled platform to its published outputs in memory.
 *
 * <ol>
 *   <li>{@code names}: platform, environment, stack and role names;
 *   <li>{@code template-validation}: each template against the specification and CloudFormation's rules;
 *   <li>{@code template-rendering}: each valid template in the format written, its size checked on those bytes;
 *   <li>{@code output}: the manifest, templates, scripts and graphs as a {@link RenderedOutput}.
 * </ol>
 *
 * <p>The checks run even when an earlier one failed, so one compile reports every problem; the
 * output is assembled only when none is an error. {@link OutputWriter} writes it. The scripts
 * were measured against EC2's user-data limit when they were rendered, at their DSL path.
 */
public final class Emit {
    private Emit() {}

    /** Continues a compile with the emit stage, which starts only when the compile had no error. */
    public static Pipeline<RenderedOutput> after(
            Pipeline<CompiledPlatform> compiled, ResourceSpecification spec, TemplateFormat format) {
        return compiled.then(new CheckNames())
                .alsoRun(new ValidateTemplates(new TemplateValidator(spec)))
                .alsoRun(new RenderTemplates(format))
                .then(new AssembleOutput());
    }

    /**
     * The emit stage alone, against the bundled specification, for a platform compiled without
     * the DSL (built by hand in a test or a benchmark).
     */
    public static Pipeline<RenderedOutput> render(CompiledPlatform platform, TemplateFormat format) {
        return after(Pipeline.start(platform), ResourceSpecification.bundled(), format);
    }
}
