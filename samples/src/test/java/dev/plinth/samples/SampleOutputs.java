package dev.plinth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.Plinth;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.testing.Golden;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.Platform;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Compiles a sample for one environment, as {@code plinth compile} does, into files in memory. */
final class SampleOutputs {
    private SampleOutputs() {}

    static RenderedOutput compile(Platform platform, String environment) {
        Compilation compilation = Plinth.compile(platform, environment, CompileOptions.defaults());
        assertThat(formats(compilation.diagnostics()))
                .as("diagnostics of %s/%s", platform.name(), environment)
                .allMatch(d -> !d.startsWith("error"));
        return compilation.output().orElseThrow(() -> new AssertionError(formats(compilation.diagnostics())));
    }

    /** Every file compared with its golden copy under golden/PLATFORM/ENV/, and no golden file left over. */
    static void assertMatchesGolden(Platform platform, String environment, RenderedOutput output) {
        String root = platform.name() + "/" + environment + "/";
        output.files().forEach((path, bytes) -> Golden.assertMatches(root + path, bytes));
        Path goldenRoot = Path.of("src", "test", "resources", "golden", platform.name(), environment);
        if (!Boolean.getBoolean("plinth.updateGolden")) {
            try (var files = Files.walk(goldenRoot)) {
                List<String> golden = files.filter(Files::isRegularFile)
                        .map(p -> goldenRoot.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .collect(Collectors.toList());
                assertThat(golden)
                        .as("golden files of %s/%s", platform.name(), environment)
                        .containsExactlyElementsOf(output.files().keySet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Templates (JSON and YAML) and scripts to the conformance folder, for cfn-lint and shellcheck in CI. */
    static void writeConformance(Platform platform, String environment, RenderedOutput output) {
        Path dir = Conformance.directory()
                .resolve("samples")
                .resolve(platform.name())
                .resolve(environment);
        Map<String, byte[]> files = new java.util.TreeMap<>(output.files());
        Plinth.compile(platform, environment, CompileOptions.defaults().withFormat(TemplateFormat.YAML))
                .output()
                .orElseThrow()
                .files()
                .forEach((path, bytes) -> {
                    if (path.endsWith(".yaml")) {
                        files.put(path, bytes);
                    }
                });
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getKey().startsWith("stacks/") || file.getKey().startsWith("userdata/")) {
                    Path target = dir.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> formats(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> (d.isError() ? "error " : "warning ") + d.format())
                .collect(Collectors.toList());
    }
}
