package dev.plinth.compiler.emit;

import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.manifest.TemplateFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders each valid template in the format written and checks the size of exactly those bytes
 * against CloudFormation's limits: measured once, where it counts.
 */
final class RenderTemplates implements CompilerPass<ValidateTemplates.Validated, RenderTemplates.Rendered> {
    private final TemplateFormat format;

    RenderTemplates(TemplateFormat format) {
        this.format = format;
    }

    /** A template body as written, and whether it is over the inline limit. */
    record Body(String stack, byte[] bytes, boolean needsS3) {}

    /** The platform and its rendered templates, in the platform's order. */
    record Rendered(CompiledPlatform platform, TemplateFormat format, List<Body> bodies) {
        Rendered {
            bodies = List.copyOf(bodies);
        }
    }

    @Override
    public String name() {
        return "template-rendering";
    }

    @Override
    public Rendered run(ValidateTemplates.Validated validated, Diagnostics out) {
        List<Body> bodies = new ArrayList<>();
        for (WiredStack stack : validated.valid()) {
            byte[] bytes = TemplateWriter.write(stack.stack().template(), format);
            boolean needsS3 = TemplateValidator.checkSize(bytes.length, stack.name(), out);
            bodies.add(new Body(stack.name(), bytes, needsS3));
        }
        return new Rendered(validated.platform(), format, bodies);
    }
}
