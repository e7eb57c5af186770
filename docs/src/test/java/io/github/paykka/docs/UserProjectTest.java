package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A user's project set up exactly as quickstart.md says ({@code docs/user-project}: the page shows its pom.xml whole)
 * runs the testkit's contract suites: built by Maven itself against the modules this build just packaged. And the
 * testkit brings what its suites are written with (AssertJ, the JUnit API), so that no page has to ask for them.
 *
 * <p>Nothing is installed where other builds look: the modules go to a file repository of this test's own, the rest
 * is read from the local repository as a file repository (offline), and the project gets a local repository of its
 * own.
 */
class UserProjectTest {
  private static final List<String> MODULES = List.of("paykka-domain", "paykka-ports", "paykka-wire", "paykka-testkit",
      "paykka-adapter-http", "paykka-adapter-webhook");
  /** What the contract suites and the JUnit extension are written with: compile dependencies of the testkit. */
  private static final List<String> TESTKIT_NEEDS = List.of("junit-jupiter-api", "assertj-core");

  @Test
  void theTestkitBringsWhatItsSuitesAreWrittenWith() throws Exception {
    Document testkit = read(root().resolve("paykka-testkit/pom.xml"));
    Document parent = read(root().resolve("pom.xml"));
    for (String artifact : TESTKIT_NEEDS) {
      Element d = dependency(testkit.getDocumentElement(), "dependencies", artifact);
      assertThat(d).as("paykka-testkit declares %s", artifact).isNotNull();
      assertThat(text(d, "optional")).as("%s is not optional: users of the testkit get it", artifact)
          .isNotEqualTo("true");
      assertThat(text(d, "scope")).as("%s is a compile dependency of the testkit", artifact).isIn("", "compile");
      // a scope in the parent's dependencyManagement would apply to the testkit's declaration without one
      Element managed = dependency(parent.getDocumentElement(), "dependencyManagement", artifact);
      assertThat(managed == null ? "" : text(managed, "scope")).as("the managed scope of %s", artifact)
          .isIn("", "compile");
    }
  }

  @Test
  void theUserProjectOfTheQuickstartRunsTheContractSuites() throws Exception {
    Path root = root();
    String version = text(read(root.resolve("pom.xml")).getDocumentElement(), "version");
    Document shop = read(root.resolve("docs/user-project/pom.xml"));
    Document parent = read(root.resolve("pom.xml"));
    // the page's pom pins what this build tests with
    assertThat(version(shop, "maven-surefire-plugin")).isEqualTo(property(parent, "surefire-plugin.version"));
    assertThat(version(shop, "maven-compiler-plugin")).isEqualTo(property(parent, "compiler-plugin.version"));
    assertThat(version(shop, "junit-jupiter")).isEqualTo(property(parent, "junit.version"));
    assertThat(version(shop, "paykka-bom")).isEqualTo(version);

    Path work = Files.createTempDirectory("paykka-user-project");
    try {
      Path repo = work.resolve("paykka-repo");
      publish(repo, "paykka-parent", version, root.resolve("pom.xml"), null);
      publish(repo, "paykka-bom", version, root.resolve("paykka-bom/pom.xml"), null);
      for (String module : MODULES) {
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        assertThat(jar).as("built by this reactor before the docs module").exists();
        publish(repo, module, version, root.resolve(module).resolve("pom.xml"), jar);
      }
      Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
      Files.writeString(work.resolve("settings.xml"), settings(repo, m2), StandardCharsets.UTF_8);
      Path project = work.resolve("shop");
      copy(root.resolve("docs/user-project"), project);

      List<String> command = List.of(maven(), "-B", "-o", "-Daether.offline.protocols=file",
          "-s", work.resolve("settings.xml").toString(), "-Dmaven.repo.local=" + work.resolve("m2"), "test");
      Process mvn = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
          .redirectOutput(work.resolve("build.log").toFile()).start();
      boolean ended = mvn.waitFor(10, TimeUnit.MINUTES);
      if (!ended) mvn.destroyForcibly();
      String log = Files.readString(work.resolve("build.log"), StandardCharsets.UTF_8);
      assertThat(ended).as("the user project's build ended").isTrue();
      assertThat(mvn.exitValue()).as(tail(log)).isZero();
      Matcher total = Pattern.compile("Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: 0\\s*$", Pattern.MULTILINE)
          .matcher(log);
      assertThat(total.find()).as(tail(log)).isTrue();
      // the payments contract has 16 tests: none skipped, none silently not run
      assertThat(Integer.parseInt(total.group(1))).isGreaterThanOrEqualTo(16);
    } finally {
      delete(work);
    }
  }

  private static void publish(Path repo, String artifact, String version, Path pom, Path jar) throws IOException {
    Path dir = repo.resolve("io/github/paykka").resolve(artifact).resolve(version);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"));
  }

  private static String settings(Path repo, Path m2) {
    return "<settings><profiles><profile><id>local</id>"
        + "<repositories>"
        + "<repository><id>paykka</id><url>" + repo.toUri() + "</url><snapshots><enabled>true</enabled></snapshots>"
        + "</repository>"
        + "<repository><id>m2</id><url>" + m2.toUri() + "</url></repository>"
        + "</repositories>"
        + "<pluginRepositories><pluginRepository><id>m2</id><url>" + m2.toUri() + "</url></pluginRepository>"
        + "</pluginRepositories>"
        + "</profile></profiles><activeProfiles><activeProfile>local</activeProfile></activeProfiles></settings>";
  }

  private static String maven() {
    String home = System.getProperty("maven.home", System.getenv().getOrDefault("MAVEN_HOME", ""));
    Path mvn = Path.of(home, "bin", "mvn");
    return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (!from.relativize(f).startsWith("target")) {
          Files.copy(f, target);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
    }
  }

  private static String tail(String log) {
    String[] lines = log.split("\n");
    List<String> last = new ArrayList<>();
    for (int i = Math.max(0, lines.length - 40); i < lines.length; i++) last.add(lines[i]);
    return String.join("\n", last);
  }

  private static String version(Document pom, String artifact) {
    NodeList all = pom.getElementsByTagName("artifactId");
    for (int i = 0; i < all.getLength(); i++) {
      if (all.item(i).getTextContent().strip().equals(artifact)) {
        return text((Element) all.item(i).getParentNode(), "version");
      }
    }
    throw new AssertionError("no " + artifact + " in the user project's pom");
  }

  private static String property(Document pom, String name) {
    return pom.getElementsByTagName(name).item(0).getTextContent().strip();
  }

  /** The dependency on {@code artifact} directly under {@code section} of {@code project}, or null. */
  private static Element dependency(Element project, String section, String artifact) {
    for (Element s : children(project, section)) {
      for (Element dependencies : section.equals("dependencies") ? List.of(s) : children(s, "dependencies")) {
        for (Element d : children(dependencies, "dependency")) {
          if (text(d, "artifactId").equals(artifact)) return d;
        }
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) out.add(e);
    }
    return out;
  }

  /** The text of the direct child {@code tag} of {@code parent}, or empty. */
  private static String text(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    // surefire runs in the module directory; an IDE may run from the root
    return Files.exists(here.resolve("paykka-bom")) ? here : here.getParent();
  }
}
