package io.github.paykka.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The starter is tested with the versions a Spring Boot application gets: its own pom imports Spring Boot's BOM, so
 * Jackson, SLF4J and Micrometer here are Spring Boot's, not the parent pom's; the parent pins the Micrometer that
 * paykka-micrometer is built with at that same version.
 */
class SpringBootVersionsTest {
  private final Document bom = read(System.getProperty("paykka.springBootBom"));
  private final Document parent = read(System.getProperty("paykka.parentPom"));

  @Test
  void springBootIsTheVersionTheParentPins() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo(property(parent, "spring-boot.version"));
  }

  @Test
  void jacksonSlf4jAndMicrometerAreTheVersionsSpringBootManages() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(property(bom, "jackson-bom.version"));
    assertThat(org.slf4j.Logger.class.getPackage().getImplementationVersion()).isEqualTo(property(bom, "slf4j.version"));
    assertThat(MeterRegistry.class.getPackage().getImplementationVersion())
        .isEqualTo(property(bom, "micrometer.version"));
  }

  @Test
  void theParentPinsTheMicrometerSpringBootManages() {
    assertThat(property(parent, "micrometer.version")).isEqualTo(property(bom, "micrometer.version"));
  }

  private static String property(Document pom, String name) {
    NodeList nodes = pom.getElementsByTagName(name);
    assertThat(nodes.getLength()).as(name).isEqualTo(1);
    return nodes.item(0).getTextContent().strip();
  }

  private static Document read(String path) {
    assertThat(path).as("set by the starter's surefire configuration").isNotNull();
    assertThat(Files.exists(Path.of(path))).as(path).isTrue();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(Path.of(path).toFile());
    } catch (Exception e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }
}
