package io.github.paykka.testkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where a subcommand's body comes from: {@code --body TEXT}, {@code --body-file FILE}, or standard input. */
final class Inputs {
  private Inputs() {}

  /** The exact bytes of the body (UTF-8 for {@code --body}); nothing is trimmed or added. */
  static byte[] body(@Nullable String text, @Nullable Path file, InputStream stdin) {
    if (text != null && file != null) throw CliFailure.usage("give --body or --body-file, not both");
    if (text != null) return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try {
      if (file != null && !file.toString().equals("-")) return Files.readAllBytes(file);
      return stdin.readNBytes(16 << 20);
    } catch (IOException e) {
      throw CliFailure.cannotRun((file == null ? "standard input" : "--body-file " + file) + ": cannot read ("
          + e.getMessage() + ")");
    }
  }
}
