package io.github.paykka.docs.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * Prints one line with the tests of every module that ran in this build: Maven prints a total per module only.
 *
 * <p>Run by the docs module at {@code verify} (the last module with tests in the reactor); reads the Surefire reports
 * {@code <module>/target/surefire-reports/TEST-*.xml} written since the build started, so that reports left by an
 * earlier build are not counted.
 */
public final class TestTotals {
  private TestTotals() {}

  /**
   * Prints the totals.
   *
   * @param args the project's root directory, and the build's start time (ISO-8601, UTC)
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Instant since = args.length > 1 ? parse(args[1]) : Instant.EPOCH;
    long tests = 0;
    long failures = 0;
    long errors = 0;
    long skipped = 0;
    List<String> modules = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path module : dirs) {
        Path reports = module.resolve("target/surefire-reports");
        if (!Files.isDirectory(reports)) continue;
        boolean counted = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(reports, "TEST-*.xml")) {
          for (Path report : files) {
            if (Files.getLastModifiedTime(report).toInstant().isBefore(since)) continue;
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getDocumentElement();
            tests += number(suite, "tests");
            failures += number(suite, "failures");
            errors += number(suite, "errors");
            skipped += number(suite, "skipped");
            counted = true;
          }
        }
        if (counted) modules.add(module.getFileName().toString());
      }
    }
    modules.sort(null);
    System.out.printf("Tests in all modules: %d run, %d failures, %d errors, %d skipped (%d modules: %s)%n",
        tests, failures, errors, skipped, modules.size(), String.join(", ", modules));
  }

  private static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      return Instant.EPOCH;
    }
  }

  private static long number(Element suite, String attribute) {
    String value = suite.getAttribute(attribute);
    try {
      return value.isEmpty() ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
