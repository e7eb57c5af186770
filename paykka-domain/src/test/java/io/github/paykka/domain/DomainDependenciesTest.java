package io.github.paykka.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The compiled domain refers to nothing outside Java, Vavr, JSpecify and itself. (The full set of architecture
 * rules, with a failing fixture for each, runs in the docs module, which sees every module.)
 */
class DomainDependenciesTest {

  @Test
  void theDomainDependsOnJavaVavrAndJSpecifyOnly() {
    JavaClasses domain = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.paykka.domain");
    classes().that().resideInAPackage("io.github.paykka.domain..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.vavr..", "org.jspecify..", "io.github.paykka.domain..")
        .because("the domain is pure: no I/O libraries, no frameworks")
        .check(domain);
  }
}
