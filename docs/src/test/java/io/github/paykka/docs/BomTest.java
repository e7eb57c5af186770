package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM users import pins every published module and the third-party versions the build tests with: it has no parent
 * (so that it pins nothing else of the user's), so its values are checked against the parent pom's here.
 */
class BomTest {
  private static final List<String> NOT_PUBLISHED = List.of("paykka-bom", "docs", "benchmarks");

  @Test
  void theBomPinsEveryPublishedModule() throws Exception {
    Document parent = read(root().resolve("pom.xml"));
    Document bom = read(root().resolve("paykka-bom/pom.xml"));
    List<String> published = new ArrayList<>();
    for (String module : texts(parent, "module")) {
      if (!NOT_PUBLISHED.contains(module)) published.add(module);
    }
    assertThat(published).contains("paykka-domain", "paykka-adapter-http");
    assertThat(artifacts(bom)).containsAll(published);
  }

  @Test
  void theBomPinsKotlinOkioAndAccpAtTheVersionsTheBuildTestsWith() throws Exception {
    Document parent = read(root().resolve("pom.xml"));
    Document bom = read(root().resolve("paykka-bom/pom.xml"));
    for (String property : List.of("kotlin.version", "okio.version", "accp.version")) {
      assertThat(texts(bom, property)).as(property).isNotEmpty().isEqualTo(texts(parent, property));
    }
    assertThat(artifacts(bom)).contains("kotlin-stdlib", "kotlin-stdlib-jdk8", "okio", "okio-jvm",
        "AmazonCorrettoCryptoProvider");
  }

  private static List<String> artifacts(Document pom) {
    List<String> out = new ArrayList<>();
    NodeList dependencies = pom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      out.add(d.getElementsByTagName("artifactId").item(0).getTextContent().strip());
    }
    return out;
  }

  private static List<String> texts(Document pom, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = pom.getElementsByTagName(tag);
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
