package io.github.paykka.docs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule can fail: run on the bad fixture ({@code io.github.paykka.archfixture.bad}, a miniature of the module
 * layout that breaks every rule once) it reports the violation planted for it; run on the good fixture it passes.
 */
class ArchitectureRulesCanFailTest {
  private static final ArchitectureRules BAD = new ArchitectureRules("io.github.paykka.archfixture.bad");
  private static final ArchitectureRules GOOD = new ArchitectureRules("io.github.paykka.archfixture.good");
  private static JavaClasses bad;
  private static JavaClasses good;

  @BeforeAll
  static void importFixtures() {
    bad = new ClassFileImporter().importPackages("io.github.paykka.archfixture.bad");
    good = new ClassFileImporter().importPackages("io.github.paykka.archfixture.good");
  }

  /** A rule, and the offending class or target each violation report must name. */
  static Stream<Arguments> rules() {
    return Stream.of(
        rule("domainIsPure", ArchitectureRules::domainIsPure, "LoggingOrder", "org.slf4j.Logger"),
        rule("portsDependOnTheDomainOnly", ArchitectureRules::portsDependOnTheDomainOnly, "LeakyPort",
            "bad.http.HttpAdapter"),
        rule("adaptersAreIndependent", ArchitectureRules::adaptersAreIndependent, "HttpAdapter",
            "bad.webhook.WebhookHandler"),
        rule("testkitUsesNoAdapter", ArchitectureRules::testkitUsesNoAdapter, "FakeGateway", "bad.http.HttpAdapter"),
        rule("wireUsesNoAdapterNorTestkit", ArchitectureRules::wireUsesNoAdapterNorTestkit, "WireCodec",
            "bad.testkit.FakeGateway"),
        rule("internalsStayInsideTheirModule", ArchitectureRules::internalsStayInsideTheirModule, "HttpAdapter",
            "wire.internal.WireSecret"),
        rule("domainReadsNoClockNoRandomnessNoIo", ArchitectureRules::domainReadsNoClockNoRandomnessNoIo,
            "ClockReadingOrder", "java.net.URI", "System.currentTimeMillis()", "java.time.Instant.now()", "java.util.Random"),
        rule("noPackageCycles", ArchitectureRules::noPackageCycles, "bad.wire.signature", "bad.wire.internal"),
        rule("onlyCommandLinesPrint", ArchitectureRules::onlyCommandLinesPrint, "PrintingHandler", "System.out"),
        rule("noStaticMutableFields", ArchitectureRules::noStaticMutableFields, "CallCounter.calls"));
  }

  private static Arguments rule(String name, Function<ArchitectureRules, ArchRule> rule, String... mentions) {
    return Arguments.of(name, rule, List.of(mentions));
  }

  @ParameterizedTest(name = "{0} reports the planted violation")
  @MethodSource("rules")
  void theRuleFailsOnTheBadFixture(String name, Function<ArchitectureRules, ArchRule> rule, List<String> mentions) {
    EvaluationResult result = rule.apply(BAD).evaluate(bad);
    assertThat(result.hasViolation()).as(name).isTrue();
    String report = String.join("\n", result.getFailureReport().getDetails());
    for (String mention : mentions) assertThat(report).as(name).contains(mention);
  }

  @ParameterizedTest(name = "{0} passes on the good fixture")
  @MethodSource("rules")
  void theRulePassesOnTheGoodFixture(String name, Function<ArchitectureRules, ArchRule> rule, List<String> mentions) {
    EvaluationResult result = rule.apply(GOOD).evaluate(good);
    assertThat(result.hasViolation()).as("%s: %s", name, result.getFailureReport()).isFalse();
  }

  @Test
  void internalsMayBeUsedInsideTheirOwnModule() {
    // WireCodec uses wire.internal.WireSecret: allowed; HttpAdapter does the same: reported, and only that.
    EvaluationResult result = BAD.internalsStayInsideTheirModule().evaluate(bad);
    assertThat(result.getFailureReport().getDetails())
        .allSatisfy(line -> assertThat(line).contains("HttpAdapter").doesNotContain("WireCodec."));
    assertThat(BAD.moduleOf("io.github.paykka.archfixture.bad.wire.internal")).isEqualTo(
        "io.github.paykka.archfixture.bad.wire");
  }

  @Test
  void everyRuleHasAFixture() {
    assertThat(rules()).hasSameSizeAs(BAD.all());
  }
}
