package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * The starter adds nothing to the class path of a user who does not use it: no module but
 * {@code paykka-spring-boot-starter} depends on Spring, directly or through another module.
 */
class SpringFreeTest {
  private static final String STARTER = "paykka-spring-boot-starter";

  @Test
  void onlyTheStarterDeclaresASpringDependencyOrTheStarter() throws Exception {
    List<String> modules = texts(read(root().resolve("pom.xml")), "module");
    assertThat(modules).contains(STARTER, "paykka-micrometer");
    List<String> offenders = new ArrayList<>();
    for (String module : modules) {
      if (module.equals(STARTER) || module.equals("paykka-bom")) continue;
      Document pom = read(root().resolve(module).resolve("pom.xml"));
      NodeList dependencies = pom.getElementsByTagName("dependency");
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element d = (Element) dependencies.item(i);
        String group = d.getElementsByTagName("groupId").item(0).getTextContent().strip();
        String artifact = d.getElementsByTagName("artifactId").item(0).getTextContent().strip();
        if (group.startsWith("org.springframework") || artifact.equals(STARTER)) {
          offenders.add(module + " -> " + group + ":" + artifact);
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theClassPathOfEveryOtherModuleHasNoSpring() {
    // this module depends on every published module but the starter, and so on everything they bring
    assertThat(io.github.paykka.micrometer.PaykkaCallMetrics.class).isNotNull();
    assertThat(io.github.paykka.jdbc.JdbcNotificationInbox.class).isNotNull();
    for (String spring : List.of("org.springframework.core.SpringVersion",
        "org.springframework.boot.SpringApplication", "org.springframework.context.ApplicationContext")) {
      assertThatThrownBy(() -> Class.forName(spring)).as(spring).isInstanceOf(ClassNotFoundException.class);
    }
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
    return Files.exists(here.resolve("paykka-bom")) ? here : here.getParent();
  }
}
