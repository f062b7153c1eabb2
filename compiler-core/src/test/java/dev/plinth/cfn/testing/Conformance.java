package dev.plinth.cfn.testing;

import dev.plinth.cfn.Template;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes templates that tests build to the conformance folder (the system property
 * {@code plinth.conformance.dir}, set by the build to {@code target/conformance} at the top of
 * the project), where {@code .ci/run} lints every one with cfn-lint.
 */
public final class Conformance {
    private Conformance() {}

    public static Path directory() {
        return Path.of(System.getProperty("plinth.conformance.dir", "target/conformance"));
    }

    /** Writes {@code name.json} and {@code name.yaml}; returns the folder. */
    public static Path write(String name, Template template) {
        Path dir = directory();
        try {
            for (TemplateFormat format : TemplateFormat.values()) {
                Path file = dir.resolve(name + "." + format.extension());
                Files.createDirectories(file.getParent());
                Files.write(file, TemplateWriter.write(template, format));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
