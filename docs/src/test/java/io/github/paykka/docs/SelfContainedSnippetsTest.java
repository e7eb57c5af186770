package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reader can copy what a page shows: every name a Java block uses is defined in it or in a block before it on the
 * same page (an import, a variable, a parameter, a method, a class), or is one of {@code java.lang}'s types; and every
 * page with Java links the one complete file its blocks come from, a file the build compiles and runs.
 */
class SelfContainedSnippetsTest {
  /** The only names a snippet may use without defining them: java.lang's, which Java imports by itself. */
  static final Set<String> JAVA_LANG = Set.of("String", "Object", "Integer", "Long", "Boolean", "Character", "Byte",
      "Short", "Double", "Float", "Number", "Math", "System", "Thread", "Runnable", "Iterable", "Comparable",
      "CharSequence", "StringBuilder", "Exception", "RuntimeException", "Error", "Throwable",
      "IllegalArgumentException", "IllegalStateException", "NullPointerException", "UnsupportedOperationException",
      "InterruptedException", "ArithmeticException", "AssertionError", "Override", "FunctionalInterface",
      "SuppressWarnings", "Deprecated", "SafeVarargs", "Record", "Enum", "Void", "Class", "AutoCloseable", "Process",
      "ProcessBuilder");
  /** {@code **Complete file:** [name](path)}: the page's one copyable file, relative to the page. */
  static final Pattern COMPLETE_FILE = Pattern.compile("\\*\\*Complete file:\\*\\* \\[[^]]+]\\(([^)]+)\\)");

  @Test
  void everyNameASnippetUsesIsDefinedOnItsPageBeforeOrInIt() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path page : pages()) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      Set<String> defined = new HashSet<>(JAVA_LANG);
      Matcher m = SnippetsTest.SNIPPET.matcher(text);
      while (m.find()) {
        checked++;
        JavaTokens.Names names = JavaTokens.read(m.group(3));
        Set<String> undefined = new LinkedHashSet<>();
        for (String used : names.used()) {
          if (!defined.contains(used) && !names.defined().contains(used)) undefined.add(used);
        }
        // what later blocks may use: not a method's parameters and locals, which end with their braces
        defined.addAll(names.exported());
        if (!undefined.isEmpty()) {
          problems.add(page.getFileName() + " #" + m.group(2) + " uses " + undefined
              + " defined in no block before it on the page: define them in the region, or import them");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void everyPageWithJavaLinksACompleteFileTheBuildCompilesAndRuns() throws IOException {
    Path docs = GeneratedDocs.page("");
    List<String> problems = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      if (!text.contains("```java\n")) continue;
      Matcher m = COMPLETE_FILE.matcher(text);
      if (!m.find()) {
        problems.add(page.getFileName() + ": no **Complete file:** link");
        continue;
      }
      Path file = docs.resolve(m.group(1)).normalize();
      if (m.find()) problems.add(page.getFileName() + ": more than one **Complete file:** link");
      if (!Files.isRegularFile(file)) {
        problems.add(page.getFileName() + ": complete file " + m.group(1) + " does not exist");
        continue;
      }
      String source = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString().replace(".java", "");
      if (!file.toString().contains("/src/test/java/") && !file.toString().contains("/src/main/java/")) {
        problems.add(page.getFileName() + ": " + m.group(1) + " is not compiled by the build");
      } else if (file.toString().contains("/src/test/java/")) {
        // surefire runs *Test classes; a test runs when it has a test method and is not disabled
        if (!name.endsWith("Test")) problems.add(page.getFileName() + ": " + name + " is not run by surefire (*Test)");
        if (!source.contains("@Test") && !source.contains("@Property")) {
          problems.add(page.getFileName() + ": " + name + " has no test method");
        }
        if (source.contains("@Disabled")) problems.add(page.getFileName() + ": " + name + " is disabled");
      } else if (!isRunByATest(docs, name)) {
        problems.add(page.getFileName() + ": no test of the docs module runs " + name);
      }
    }
    assertThat(problems).isEmpty();
  }

  /** What throws {@code NoSuchElementException} on bad data and loses the field errors (issue 16, item 6). */
  @Test
  void noPageCallsGetOnAValidation() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> pages = new ArrayList<>(pages());
    pages.add(GeneratedDocs.page("").getParent().resolve("README.md"));
    Pattern validateGet = Pattern.compile("validate\\(\\)\\s*\\.get\\(\\)");
    Pattern validationVariable = Pattern.compile("\\bValidation<.*?>\\s+(\\w+)\\s*=");
    for (Path page : pages) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      if (validateGet.matcher(text).find()) problems.add(page.getFileName() + ": .validate().get()");
      Matcher declared = validationVariable.matcher(text);
      while (declared.find()) {
        if (Pattern.compile("\\b" + declared.group(1) + "\\s*\\.get\\(\\)").matcher(text).find()) {
          problems.add(page.getFileName() + ": " + declared.group(1) + ".get() on a Validation");
        }
      }
    }
    assertThat(problems).as("use build() (it throws listing every field error) or fold the Validation").isEmpty();
  }

  private static boolean isRunByATest(Path docs, String className) throws IOException {
    try (Stream<Path> tests = Files.walk(docs.resolve("src/test/java"))) {
      for (Path test : tests.filter(p -> p.toString().endsWith("Test.java")).toList()) {
        if (Pattern.compile("\\b" + className + "\\b").matcher(Files.readString(test, StandardCharsets.UTF_8)).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> pages = Files.list(GeneratedDocs.page(""))) {
      return pages.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
