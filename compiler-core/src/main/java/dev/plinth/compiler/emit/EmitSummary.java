package dev.plinth.compiler.emit;

import com.google.common.collect.ImmutableList;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.manifest.TemplateFormat;
import java.util.List;
import java.util.Objects;

/** What an emit produced, for a CLI to print: each stack's size and the warnings on the way. */
public record EmitSummary(
        String platform,
        String environment,
        TemplateFormat format,
        List<StackSummary> stacks,
        List<Diagnostic> warnings) {

    public EmitSummary {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(format, "format");
        stacks = ImmutableList.copyOf(stacks);
        warnings = ImmutableList.copyOf(warnings);
    }

    /** One stack: {@code needsS3} when the template is too large to send inline. */
    public record StackSummary(String name, String stackName, int resources, long bytes, boolean needsS3) {

        public StackSummary {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(stackName, "stackName");
        }
    }
}
