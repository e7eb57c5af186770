package io.github.paykka.docs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Objects.requireNonNull;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The architecture of paykka-java as ArchUnit rules, defined once and parameterised by the root package, so that
 * the same rules run on the real code ({@link #PAYKKA}) and on the fixtures that show each rule can fail.
 *
 * <p>Layout under a root {@code r}: {@code r.domain}, {@code r.ports}, {@code r.wire}, the adapters {@code r.http},
 * {@code r.webhook} and {@code r.jdbc}, and {@code r.testkit}; each module's implementation may sit in
 * {@code ..internal..} packages below its root package.
 *
 * @param root the root package, e.g. {@code io.github.paykka}
 */
public record ArchitectureRules(String root) {

  /** The rules of the real code. */
  public static final ArchitectureRules PAYKKA = new ArchitectureRules("io.github.paykka");

  private static final String[] PURE = {"java..", "io.vavr..", "org.jspecify.."};

  public ArchitectureRules {
    requireNonNull(root, "root == null");
  }

  public String domain() {
    return root + ".domain";
  }

  public String ports() {
    return root + ".ports";
  }

  public String wire() {
    return root + ".wire";
  }

  public String testkit() {
    return root + ".testkit";
  }

  /** The adapters: HTTP, webhook and JDBC. */
  public List<String> adapters() {
    return List.of(root + ".http", root + ".webhook", root + ".jdbc");
  }

  /** The domain depends only on Java, Vavr, JSpecify and itself. */
  public ArchRule domainIsPure() {
    return classes().that().resideInAPackage(domain() + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(with(PURE, domain() + ".."))
        .because("the domain is pure: no I/O, no frameworks, only Vavr and JSpecify");
  }

  /** The ports depend only on Java, Vavr, JSpecify, the domain and themselves. */
  public ArchRule portsDependOnTheDomainOnly() {
    return classes().that().resideInAPackage(ports() + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(with(PURE, domain() + "..", ports() + ".."))
        .because("ports are the domain's boundary, not an adapter");
  }

  /** No adapter depends on another adapter. */
  public ArchRule adaptersAreIndependent() {
    List<String> adapters = adapters();
    CompositeArchRule rule = null;
    for (String adapter : adapters) {
      String[] others = adapters.stream().filter(a -> !a.equals(adapter)).map(a -> a + "..").toArray(String[]::new);
      ArchRule one = noClasses().that().resideInAPackage(adapter + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because("adapters are swappable one by one")
          .allowEmptyShould(true);
      rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
    }
    return rule;
  }

  /** The testkit depends on no adapter. */
  public ArchRule testkitUsesNoAdapter() {
    return noClasses().that().resideInAPackage(testkit() + "..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(adapters()))
        .because("the fakes and the sandbox stand in for PayKKa, not for our adapters")
        .allowEmptyShould(true);
  }

  /** The wire module depends on no adapter and not on the testkit. */
  public ArchRule wireUsesNoAdapterNorTestkit() {
    return noClasses().that().resideInAPackage(wire() + "..")
        .should().dependOnClassesThat().resideInAnyPackage(with(packages(adapters()), testkit() + ".."))
        .because("every transport, the webhook and the sandbox reuse the wire module")
        .allowEmptyShould(true);
  }

  /** A class in {@code root.X..internal..} is only used from {@code root.X..}. */
  public ArchRule internalsStayInsideTheirModule() {
    return classes().that().resideInAPackage(root + "..internal..")
        .should(beUsedOnlyFromTheirOwnModule())
        .because("internal packages are implementation, free to change without notice")
        .allowEmptyShould(true);
  }

  /** Every rule, for running them all at once. */
  public List<ArchRule> all() {
    return List.of(domainIsPure(), portsDependOnTheDomainOnly(), adaptersAreIndependent(), testkitUsesNoAdapter(),
        wireUsesNoAdapterNorTestkit(), internalsStayInsideTheirModule());
  }

  /** The module package of {@code packageName}: the root plus its first segment below the root. */
  String moduleOf(String packageName) {
    String rest = packageName.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return root + "." + (dot < 0 ? rest : rest.substring(0, dot));
  }

  private ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
    return new ArchCondition<>("be used only from their own module") {
      @Override
      public void check(JavaClass internal, ConditionEvents events) {
        String module = moduleOf(internal.getPackageName());
        for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
          String origin = dependency.getOriginClass().getPackageName();
          if (!origin.equals(module) && !origin.startsWith(module + ".")) {
            events.add(SimpleConditionEvent.violated(dependency,
                dependency.getDescription() + " (outside " + module + ")"));
          }
        }
      }
    };
  }

  private static String[] packages(List<String> roots) {
    return roots.stream().map(p -> p + "..").toArray(String[]::new);
  }

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
