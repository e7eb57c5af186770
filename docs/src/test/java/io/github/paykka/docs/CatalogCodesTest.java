package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.error.ErrorEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PayKKa's codes are written in one place: {@code RetCode} and {@code ErrorCode} name them, {@code ErrorCatalog} says
 * what each means. Anywhere else in main code a code is meant, its name is used (or the failure's own reading, such as
 * {@code Rejected.notFound()}), so that no list of codes can drift from the catalog.
 */
class CatalogCodesTest {
  private static final Set<String> THE_CATALOG = Set.of("ErrorCatalog.java", "RetCode.java", "ErrorCode.java");
  /** The shapes of system codes, whether the catalog knows them or not. */
  private static final Pattern RET_CODE = Pattern.compile("0[0-9]{5}|2[01][0-9]{4}|999999");

  @Test
  void noMainFileOutsideTheCatalogWritesACodeLiterally() throws IOException {
    Set<String> codes = new HashSet<>();
    ErrorCatalog catalog = ErrorCatalog.standard();
    for (ErrorEntry e : catalog.retCodes()) codes.add(e.code());
    for (ErrorEntry e : catalog.errorCodes()) codes.add(e.code());
    assertThat(codes).contains("206024", "2099", "0000");

    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path sources : mainSources()) {
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
          files++;
          if (THE_CATALOG.contains(file.getFileName().toString())) continue;
          for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
            if (codes.contains(literal) || RET_CODE.matcher(literal).matches()) {
              found.add(root().relativize(file) + ": \"" + literal + "\"");
            }
          }
        }
      }
    }
    assertThat(files).isGreaterThan(200);
    assertThat(found).as("code literals outside the catalog (use RetCode / ErrorCode)").isEmpty();
  }

  @Test
  void theScannerSeesLiteralsAndSkipsComments() {
    String source = """
        /** {"ret_code":"000000"} in a comment */
        class A { // "206024" here too
          String a = "206024"; char q = '"'; String b = "x\\"2099";
          String c = \"""
              010002\""";
        }
        """;
    assertThat(stringLiterals(source)).containsExactly("206024", "x\"2099", "010002");
  }

  /** The text of every string literal (text blocks stripped of their indentation and ends) in {@code source}. */
  static List<String> stringLiterals(String source) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end;
        out.add(source.substring(i + 3, end).strip());
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < n && source.charAt(j) != c) {
          if (source.charAt(j) == '\\' && j + 1 < n) j++;
          text.append(source.charAt(j));
          j++;
        }
        if (c == '"') out.add(text.toString());
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static List<Path> mainSources() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root())) {
      for (Path module : modules.sorted().toList()) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main) && !module.getFileName().toString().equals("benchmarks")) out.add(main);
      }
    }
    return out;
  }

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    // surefire runs in the module directory; an IDE may run from the root
    return Files.exists(here.resolve("paykka-bom")) ? here : here.getParent();
  }
}
