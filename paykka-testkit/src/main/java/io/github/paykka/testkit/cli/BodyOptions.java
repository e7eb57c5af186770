package io.github.paykka.testkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where a subcommand's body comes from: {@code --body TEXT}, {@code --body-file FILE}, or standard input; a picocli
 * mixin, so that {@code sign} and {@code verify} declare and read it once.
 */
final class BodyOptions {
  @Option(names = "--body", paramLabel = "JSON", description = "the body (default: standard input)")
  @Nullable String text;

  @Option(names = "--body-file", paramLabel = "FILE", description = "read the body from FILE ('-': standard input)")
  @Nullable Path file;

  /** The exact bytes of the body (UTF-8 for {@code --body}); nothing is trimmed or added. */
  byte[] read(InputStream stdin) {
    if (text != null && file != null) throw CliFailure.usage("give --body or --body-file, not both");
    if (text != null) return text.getBytes(StandardCharsets.UTF_8);
    try {
      if (file != null && !file.toString().equals("-")) return Files.readAllBytes(file);
      return stdin.readNBytes(16 << 20);
    } catch (IOException e) {
      throw CliFailure.cannotRun((file == null ? "standard input" : "--body-file " + file) + ": cannot read ("
          + e.getMessage() + ")");
    }
  }
}
