package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.diagnostics.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** A compile's diagnostics as short strings, for exact assertions. */
final class Diagnosed {
    private Diagnosed() {}

    /** {@code CODE path} of each diagnostic, in report order; an error must leave no compiled platform. */
    static List<String> codes(Platform platform) {
        return diagnostics(platform).stream()
                .map(d -> d.code().name() + " " + d.path())
                .collect(Collectors.toList());
    }

    /** {@code [CODE] path: message; fix.} of each diagnostic. */
    static List<String> formats(Platform platform) {
        return diagnostics(platform).stream().map(Diagnostic::format).collect(Collectors.toList());
    }

    static List<Diagnostic> diagnostics(Platform platform) {
        PlatformCompiler.Result result = PlatformCompiler.bundled().compile(platform, "prod");
        if (result.hasErrors()) {
            assertThat(result.platform())
                    .as("a compiled platform despite errors")
                    .isEmpty();
        }
        return result.diagnostics();
    }
}
