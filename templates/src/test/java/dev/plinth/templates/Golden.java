package dev.plinth.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered scripts byte for byte with {@code src/test/resources/golden/}. Run with
 * {@code -Dplinth.updateGolden=true} to rewrite them, then review the diff before committing.
 * A copy of compiler-core's helper, because this module depends on no other Plinth module.
 */
final class Golden {
    private Golden() {}

    static void assertMatches(String relativePath, String actual) {
        Path file = Path.of("src", "test", "resources", "golden").resolve(relativePath);
        try {
            if (Boolean.getBoolean("plinth.updateGolden")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file)
                    .as("golden file %s (create it with -Dplinth.updateGolden=true)", file)
                    .exists();
            assertThat(actual)
                    .as(
                            "output differs from golden file %s; if the change is intended, rerun with -Dplinth.updateGolden=true and review the diff",
                            file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
