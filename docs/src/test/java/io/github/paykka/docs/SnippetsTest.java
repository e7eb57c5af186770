package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the guide is a region of a compiled, tested source file: a block is announced by
 * {@code <!-- from PATH#REGION -->} and must equal the lines between {@code // region REGION} and
 * {@code // endregion} of that file (dedented). So the guide's code cannot rot: it compiles and runs with the build.
 * {@code PATH#A+B} joins regions with an empty line between them: the imports a snippet needs (a region around import
 * lines at the top of the file) and the code.
 * A block of another language announced by {@code <!-- from PATH -->} must equal that whole file (a configuration file
 * a test loads). PATH is relative to the project's root, so the regions may live in any module's tests.
 */
class SnippetsTest {
  static final Pattern SNIPPET =
      Pattern.compile("<!-- from ([^#\\s]+)#([\\w+-]+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern WHOLE_FILE =
      Pattern.compile("<!-- from ([^#\\s]+) -->\\s*\\n```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheGuideIsCompiledCode() throws IOException {
    Path docs = GeneratedDocs.page("");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> pages = Files.list(docs)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        long javaBlocks = Pattern.compile("```java\\n").matcher(text).results().count();
        Matcher m = SNIPPET.matcher(text);
        int announced = 0;
        while (m.find()) {
          announced++;
          checked++;
          String region = regions(docs.getParent().resolve(m.group(1)), m.group(2));
          if (!region.equals(m.group(3))) problems.add(page.getFileName() + ": block " + m.group(1) + "#" + m.group(2)
              + " differs from the source region");
        }
        Matcher file = WHOLE_FILE.matcher(text);
        while (file.find()) {
          checked++;
          Path source = docs.getParent().resolve(file.group(1));
          String content = Files.exists(source) ? Files.readString(source, StandardCharsets.UTF_8) : "<missing>";
          if (!content.equals(file.group(3))) {
            problems.add(page.getFileName() + ": " + file.group(2) + " block " + file.group(1) + " differs from the file");
          }
        }
        if (announced != javaBlocks) {
          problems.add(page.getFileName() + ": " + (javaBlocks - announced) + " java block(s) not taken from compiled code");
        }
      }
    }
    assertThat(problems).as("run SnippetsTest with -Dpaykka.regenerateDocs=true? No: copy the region into the page")
        .isEmpty();
    assertThat(checked).isGreaterThan(0);
  }

  /** The regions {@code names} ({@code A+B}) of {@code source}, each dedented, joined by an empty line. */
  static String regions(Path source, String names) throws IOException {
    StringBuilder out = new StringBuilder();
    for (String name : names.split("\\+")) {
      if (out.length() > 0) out.append('\n');
      out.append(region(source, name));
    }
    return out.toString();
  }

  static String region(Path source, String name) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> body = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      String t = line.trim();
      if (t.equals("// region " + name)) {
        in = true;
      } else if (in && t.equals("// endregion")) {
        break;
      } else if (in) {
        body.add(line);
      }
    }
    if (!in) throw new AssertionError("no region " + name + " in " + source);
    int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : body) out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    return out.toString();
  }
}
