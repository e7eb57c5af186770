package io.github.paykka.docs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Objects.requireNonNull;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The architecture of paykka-java as ArchUnit rules, defined once and parameterised by the root package, so that
 * the same rules run on the real code ({@link #PAYKKA}) and on the fixtures that show each rule can fail.
 *
 * <p>Layout under a root {@code r}: {@code r.domain}, {@code r.ports}, {@code r.wire}, the adapters {@code r.http},
 * {@code r.webhook} and {@code r.jdbc}, and {@code r.testkit}; each module's implementation may sit in
 * {@code ..internal..} packages below its root package.
 *
 * @param root the root package, e.g. {@code io.github.paykka}
 * @param printers the packages below {@code root} allowed to print (command lines, demos), e.g. {@code testkit.cli}
 */
public record ArchitectureRules(String root, List<String> printers) {

  /** The rules of the real code: only the sandbox's command line, the demo and the build's test-total printer print. */
  public static final ArchitectureRules PAYKKA =
      new ArchitectureRules("io.github.paykka", List.of("testkit.cli", "docs.demo", "docs.build"));

  private static final String[] PURE = {"java..", "io.vavr..", "org.jspecify.."};

  public ArchitectureRules {
    requireNonNull(root, "root == null");
    printers = List.copyOf(printers);
  }

  /** Rules under {@code root} where only {@code root.cli..} may print. */
  public ArchitectureRules(String root) {
    this(root, List.of("cli"));
  }

  /** Types a pure domain must not use: I/O, networking, clocks, randomness. */
  private static final Set<String> IMPURE_TYPES = Set.of(
      "java.time.Clock", "java.time.InstantSource", "java.util.Random", "java.security.SecureRandom",
      "java.util.SplittableRandom", "java.util.concurrent.ThreadLocalRandom");
  private static final List<String> IMPURE_PACKAGES = List.of(
      "java.net.", "java.io.", "java.nio.file.", "java.nio.channels.", "java.sql.", "java.util.logging.");

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

  /**
   * The domain reads no clock and no randomness and does no I/O: no {@code java.net}, {@code java.io},
   * {@code java.nio.file}; no {@code Clock}, {@code now()}, {@code System.currentTimeMillis/nanoTime}, no
   * {@code Random}, {@code Math.random}, {@code UUID.randomUUID}. Time and identifiers come in as arguments.
   */
  public ArchRule domainReadsNoClockNoRandomnessNoIo() {
    return classes().that().resideInAPackage(domain() + "..")
        .should(stayDeterministic())
        .because("the domain is deterministic: time, randomness and I/O belong to adapters")
        .allowEmptyShould(true);
  }

  /** No package is part of a dependency cycle, inside a module or across modules. */
  public ArchRule noPackageCycles() {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .because("a cycle makes two packages one: neither can be understood, tested or moved alone")
        .allowEmptyShould(true);
  }

  /** Only the packages of {@link #printers()} (a command line, a demo) write to standard output or error. */
  public ArchRule onlyCommandLinesPrint() {
    String[] allowed = printers.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
    return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(allowed)
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .because("a library logs through SLF4J, where the application decides; it never prints")
        .allowEmptyShould(true);
  }

  /** Every static field is final: no static mutable state. */
  public ArchRule noStaticMutableFields() {
    return fields().that().areDeclaredInClassesThat().resideInAPackage(root + "..").and().areStatic()
        .should().beFinal()
        .because("static mutable state is shared by every adapter instance and every test")
        .allowEmptyShould(true);
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
    return List.of(domainIsPure(), domainReadsNoClockNoRandomnessNoIo(), portsDependOnTheDomainOnly(),
        adaptersAreIndependent(), testkitUsesNoAdapter(), wireUsesNoAdapterNorTestkit(),
        internalsStayInsideTheirModule(), noPackageCycles(), onlyCommandLinesPrint(), noStaticMutableFields());
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

  private static ArchCondition<JavaClass> stayDeterministic() {
    return new ArchCondition<>("read no clock, no randomness and do no I/O") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (Dependency d : type.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getName();
          if (IMPURE_TYPES.contains(target) || IMPURE_PACKAGES.stream().anyMatch(target::startsWith)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
        for (JavaAccess<?> access : type.getAccessesFromSelf()) {
          String owner = access.getTargetOwner().getName();
          String name = access.getName();
          boolean clock = (owner.startsWith("java.time.") && name.equals("now"))
              || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
          boolean random = (owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath"))
              && name.equals("random") || owner.equals("java.util.UUID") && name.equals("randomUUID");
          if (clock || random) events.add(SimpleConditionEvent.violated(access, access.getDescription()));
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
