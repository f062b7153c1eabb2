package dev.plinth.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The manifest's package stands on the JDK, Jackson and Guava alone, so its readers need nothing else of Plinth. */
class DependenciesTest {
  private static final List<String> ALLOWED = List.of("java.", "com.fasterxml.jackson.", "com.google.common.", "dev.plinth.manifest.");

  @Test
  void theManifestPackageImportsNothingOfPlinthButItself() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/plinth/manifest"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("/")) {
            continue;
          }
          String imported = code.startsWith("import ") ? code.substring("import ".length()).replace("static ", "") : "";
          if (!imported.isEmpty() && ALLOWED.stream().noneMatch(imported::startsWith)
              || code.matches(".*\\bdev\\.plinth\\.(?!manifest\\b).*")) {
            found.add(file.getFileName() + ": " + code);
          }
        }
      }
    }

    assertThat(found).isEmpty();
  }
}
