package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a generated page with the committed one, and rewrites it with {@code -Dpaykka.regenerateDocs=true}:
 * the page cannot drift from the code it describes.
 */
final class GeneratedDocs {
  private GeneratedDocs() {}

  /** The committed page {@code name} under the docs module's directory. */
  static Path page(String name) {
    Path here = Path.of("").toAbsolutePath();
    Path inModule = here.resolve(name);
    // surefire runs in the module directory; an IDE may run from the root
    return Files.exists(here.resolve("pom.xml")) && here.endsWith("docs") ? inModule : here.resolve("docs").resolve(name);
  }

  static void assertUpToDate(String name, String generated) throws IOException {
    Path page = page(name);
    if (Boolean.getBoolean("paykka.regenerateDocs")) {
      Files.writeString(page, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(page)).as("docs/%s exists (regenerate with -Dpaykka.regenerateDocs=true)", name).isTrue();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .as("docs/%s is stale: run mvn -pl docs verify -Dpaykka.regenerateDocs=true and commit it", name)
        .isEqualTo(generated);
  }
}
