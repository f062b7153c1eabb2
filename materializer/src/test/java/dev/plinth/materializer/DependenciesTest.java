package dev.plinth.materializer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The materializer reads the compiler's output through the manifest's package and the resource specification only. */
class DependenciesTest {
  private static final Pattern PLINTH_PACKAGE = Pattern.compile("dev\\.plinth(?:\\.[a-z][a-z0-9]*)+");
  private static final List<String> ALLOWED = List.of("dev.plinth.materializer", "dev.plinth.manifest", "dev.plinth.cfn.spec");

  @Test
  void theMainCodeUsesOnlyTheManifestAndTheSpecificationOfOtherPlinthModules() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = PLINTH_PACKAGE.matcher(Files.readString(file));
        while (m.find()) {
          String name = m.group();
          if (ALLOWED.stream().noneMatch(a -> name.equals(a) || name.startsWith(a + "."))) {
            found.add(file.getFileName() + ": " + name);
          }
        }
      }
    }

    assertThat(found).isEmpty();
  }
}
