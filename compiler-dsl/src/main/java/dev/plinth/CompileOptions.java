package dev.plinth;

import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.manifest.TemplateFormat;
import java.util.Objects;

/**
 * How {@link Plinth#compile} compiles: the format the templates are written in (their size,
 * and so whether they go through S3, is that of this format) and the resource specification
 * the templates are checked against.
 */
public record CompileOptions(TemplateFormat format, ResourceSpecification specification) {

    public CompileOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(specification, "specification");
    }

    /** JSON templates, checked against the specification bundled with Plinth. */
    public static CompileOptions defaults() {
        return new CompileOptions(TemplateFormat.JSON, ResourceSpecification.bundled());
    }

    public CompileOptions withFormat(TemplateFormat format) {
        return new CompileOptions(format, specification);
    }

    public CompileOptions withSpecification(ResourceSpecification specification) {
        return new CompileOptions(format, specification);
    }
}
