package dev.plinth.compiler.emit;

import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates every stack's template against the resource specification and CloudFormation's
 * rules. The size is left to {@link RenderTemplates}: it is that of the body in the format
 * written.
 */
final class ValidateTemplates implements CompilerPass<CompiledPlatform, ValidateTemplates.Validated> {
    private final TemplateValidator validator;

    ValidateTemplates(TemplateValidator validator) {
        this.validator = validator;
    }

    /** The platform and, in its order, the stacks whose template has no error: only those can be rendered. */
    record Validated(CompiledPlatform platform, List<WiredStack> valid) {
        Validated {
            valid = List.copyOf(valid);
        }
    }

    @Override
    public String name() {
        return "template-validation";
    }

    @Override
    public Validated run(CompiledPlatform platform, Diagnostics out) {
        List<WiredStack> valid = new ArrayList<>();
        for (WiredStack stack : platform.stacks()) {
            List<Diagnostic> problems = validator.validateContent(stack.stack().template(), stack.name());
            out.addAll(problems);
            if (problems.stream().noneMatch(Diagnostic::isError)) {
                valid.add(stack);
            }
        }
        return new Validated(platform, valid);
    }
}
