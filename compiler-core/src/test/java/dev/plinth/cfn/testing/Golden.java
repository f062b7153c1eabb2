package dev.plinth.cfn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compiled output compared byte for byte with a file under version control in the
 * module's {@code src/test/resources/golden/}. Run with {@code -Dplinth.updateGolden=true} to
 * rewrite them, then review the diff before committing.
 */
public final class Golden {
    private Golden() {}

    public static void assertMatches(String relativePath, byte[] actual) {
        Path file = Path.of("src", "test", "resources", "golden").resolve(relativePath);
        try {
            if (Boolean.getBoolean("plinth.updateGolden")) {
                Files.createDirectories(file.getParent());
                Files.write(file, actual);
                return;
            }
            assertThat(file)
                    .as("golden file %s (create it with -Dplinth.updateGolden=true)", file)
                    .exists();
            String expected = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(new String(actual, StandardCharsets.UTF_8))
                    .as(
                            "output differs from golden file %s; if the change is intended, rerun with -Dplinth.updateGolden=true and review the diff",
                            file)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
