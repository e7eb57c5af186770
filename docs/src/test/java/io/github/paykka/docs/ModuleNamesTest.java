package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.money.Money;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.jdbc.JdbcPaymentJournal;
import io.github.paykka.micrometer.PaykkaCallMetrics;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.wire.WireCodec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every published jar names its module ({@code Automatic-Module-Name}), so that users on the module path get a stable
 * name instead of one derived from the file name; the name is the module's root package, and no package is split
 * between two modules (an automatic module may not share a package with another).
 */
class ModuleNamesTest {
  /** The name each published module must carry (docs/concepts.md lists them). */
  private static final Map<String, String> NAMES = Map.of(
      "paykka-domain", "io.github.paykka.domain",
      "paykka-ports", "io.github.paykka.ports",
      "paykka-wire", "io.github.paykka.wire",
      "paykka-adapter-http", "io.github.paykka.http",
      "paykka-adapter-webhook", "io.github.paykka.webhook",
      "paykka-testkit", "io.github.paykka.testkit",
      "paykka-adapter-jdbc", "io.github.paykka.jdbc",
      "paykka-micrometer", "io.github.paykka.micrometer",
      "paykka-spring-boot-starter", "io.github.paykka.spring");
  private static final List<String> NOT_PUBLISHED = List.of("paykka-bom", "docs", "benchmarks");

  @Test
  void everyPublishedModuleDefinesItsName() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : texts(read(root().resolve("pom.xml")).getDocumentElement(), "module")) {
      if (!NOT_PUBLISHED.contains(module)) published.add(module);
    }
    assertThat(published).as("the published modules").containsExactlyInAnyOrderElementsOf(NAMES.keySet());
    for (String module : published) {
      Element properties = child(read(root().resolve(module).resolve("pom.xml")).getDocumentElement(), "properties");
      assertThat(properties).as(module + " has <properties>").isNotNull();
      assertThat(texts(properties, "paykka.module.name")).as(module + "'s paykka.module.name")
          .containsExactly(NAMES.get(module));
    }
  }

  @Test
  void theParentWritesTheNameIntoEveryJarsManifest() throws Exception {
    Element plugins = child(child(read(root().resolve("pom.xml")).getDocumentElement(), "build"), "plugins");
    Element jar = null;
    for (Element plugin : children(plugins, "plugin")) {
      if (texts(plugin, "artifactId").contains("maven-jar-plugin")) jar = plugin;
    }
    assertThat(jar).as("maven-jar-plugin in the parent's <build><plugins>").isNotNull();
    assertThat(texts(jar, "Automatic-Module-Name")).containsExactly("${paykka.module.name}");
  }

  @Test
  void theBuiltJarsCarryTheirNames() throws Exception {
    // the reactor puts the modules' jars on this module's class path (packaged before docs is tested); the starter is
    // not a dependency of docs, so its jar is read from its target directory when it was built
    Map<String, Path> jars = new LinkedHashMap<>();
    for (Class<?> type : List.of(Money.class, GatewayFailure.class, WireCodec.class, PaykkaHttpAdapter.class,
        PaykkaWebhookHandler.class, TestCard.class, JdbcPaymentJournal.class, PaykkaCallMetrics.class)) {
      Path location = location(type);
      if (location.toString().endsWith(".jar")) jars.put(type.getPackageName(), location);
    }
    try (Stream<Path> built = Files.list(root().resolve("paykka-spring-boot-starter").resolve("target"))) {
      built.filter(p -> p.getFileName().toString().matches("paykka-spring-boot-starter-[^-]+(-SNAPSHOT)?\\.jar"))
          .forEach(p -> jars.put("io.github.paykka.spring", p));
    } catch (IOException notBuilt) {
      // the starter is not built in this run: its pom is checked above
    }
    for (Map.Entry<String, Path> e : jars.entrySet()) {
      try (JarFile jar = new JarFile(e.getValue().toFile())) {
        String name = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        assertThat(name).as(e.getValue().getFileName() + "'s Automatic-Module-Name")
            .isNotNull()
            .satisfies(n -> assertThat(e.getKey()).as("a package of " + e.getValue().getFileName())
                .matches(p -> p.equals(n) || p.startsWith(n + ".")));
      }
    }
  }

  @Test
  void eachModuleOwnsThePackagesUnderItsName() throws IOException {
    Map<String, String> owner = new LinkedHashMap<>();
    for (Map.Entry<String, String> module : NAMES.entrySet()) {
      Path sources = root().resolve(module.getKey()).resolve("src/main/java");
      Set<String> packages;
      try (Stream<Path> files = Files.walk(sources)) {
        packages = files.filter(p -> p.toString().endsWith(".java"))
            .map(p -> sources.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.'))
            .collect(Collectors.toCollection(TreeSet::new));
      }
      assertThat(packages).as(module.getKey() + "'s packages").isNotEmpty()
          .allMatch(p -> p.equals(module.getValue()) || p.startsWith(module.getValue() + "."),
              "is " + module.getValue() + " or below it");
      for (String p : packages) {
        assertThat(owner.put(p, module.getKey())).as("package " + p + " split between modules").isNull();
      }
    }
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Element child(Element parent, String tag) {
    for (Element e : children(parent, tag)) return e;
    return null;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(tag)) out.add(e);
    }
    return out;
  }

  private static List<String> texts(Element scope, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = scope.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent().strip());
    return out;
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
