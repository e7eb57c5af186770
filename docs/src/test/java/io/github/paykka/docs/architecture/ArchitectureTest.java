package io.github.paykka.docs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real modules keep every rule of {@link ArchitectureRules}. The docs module has every module on its
 * classpath, so it sees them all; test classes (including the deliberately bad fixtures) are not imported.
 */
class ArchitectureTest {
  private static JavaClasses paykka;

  @BeforeAll
  static void importMainClasses() {
    paykka = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.paykka");
  }

  static Stream<ArchRule> rules() {
    return ArchitectureRules.PAYKKA.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theRealCodeKeepsTheRule(ArchRule rule) {
    rule.check(paykka);
  }

  @Test
  void theImportSeesTheModulesAndNoFixture() {
    assertThat(paykka.containPackage("io.github.paykka.domain.order")).isTrue();
    assertThat(paykka.containPackage("io.github.paykka.ports")).isTrue();
    assertThat(paykka.stream().map(c -> c.getPackageName()))
        .noneMatch(p -> p.startsWith("io.github.paykka.archfixture"));
  }
}
