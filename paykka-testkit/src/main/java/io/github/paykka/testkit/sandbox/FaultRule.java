package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.Operation;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Locale;

/**
 * A fault for an operation, written as text: {@code OPERATION=FAULT[:P]}, e.g. {@code initiate=drop-after:0.2} or
 * {@code capture=server-error/503}. The one syntax of the command line's {@code --fault}, the sandbox's trigger API
 * and its dashboard.
 *
 * <p>OPERATION names an {@link Operation}: its {@link #nameOf name} ({@code initiate}, {@code refund-query},
 * {@code checkout-create}, ...) or its label ({@code payments.initiate}, as failures show it), in any case; FAULT one
 * of {@code server-error[/STATUS]}, {@code delay/MILLIS}, {@code drop-after}, {@code reset-before},
 * {@code rate-limited}; P the share of calls it applies to, in (0, 1] (default 1).
 *
 * @param operation where
 * @param fault what
 * @param probability the share of calls, in (0, 1]
 */
public record FaultRule(Operation operation, Fault fault, double probability) {

  /** @throws IllegalArgumentException if {@code probability} is not in (0, 1] */
  public FaultRule {
    requireNonNull(operation, "operation == null");
    requireNonNull(fault, "fault == null");
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
  }

  /** The name of {@code operation} in a rule: its constant in lower case, words joined by {@code -}. */
  public static String nameOf(Operation operation) {
    requireNonNull(operation, "operation == null");
    return operation.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The operation {@code name} names ({@link #nameOf} or its label, in any case), if any. */
  public static Option<Operation> operationNamed(String name) {
    requireNonNull(name, "name == null");
    String n = name.strip();
    for (Operation o : Operation.values()) {
      if (nameOf(o).equalsIgnoreCase(n) || o.label().equalsIgnoreCase(n)) return Option.some(o);
    }
    return Option.none();
  }

  /**
   * Parses {@code OPERATION=FAULT[:P]}.
   *
   * @throws IllegalArgumentException naming what is wrong: the form, an unknown operation or fault, a bad number
   */
  public static FaultRule parse(String spec) {
    requireNonNull(spec, "spec == null");
    int eq = spec.indexOf('=');
    if (eq <= 0) throw new IllegalArgumentException(spec + ": expected OPERATION=FAULT[:PROBABILITY]");
    String name = spec.substring(0, eq);
    Operation operation = operationNamed(name)
        .getOrElseThrow(() -> new IllegalArgumentException(spec + ": unknown operation " + name.strip()));
    String rest = spec.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
    double probability = 1.0;
    int colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      try {
        probability = Double.parseDouble(rest.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(spec + ": probability is not a number");
      }
      if (!(probability > 0 && probability <= 1)) {
        throw new IllegalArgumentException(spec + ": probability must be in (0, 1]");
      }
      rest = rest.substring(0, colon);
    }
    return new FaultRule(operation, fault(spec, rest), probability);
  }

  private static Fault fault(String spec, String text) {
    String name = text;
    String arg = null;
    int slash = text.indexOf('/');
    if (slash >= 0) {
      name = text.substring(0, slash);
      arg = text.substring(slash + 1);
    }
    try {
      return switch (name) {
        case "server-error" -> new Fault.ServerError(arg == null ? 500 : Integer.parseInt(arg));
        case "delay" -> {
          if (arg == null) throw new IllegalArgumentException(spec + ": delay needs /MILLIS");
          yield new Fault.Delay(Duration.ofMillis(Long.parseLong(arg)));
        }
        case "drop-after" -> new Fault.DropAfterProcessing();
        case "reset-before" -> new Fault.ResetBeforeProcessing();
        case "rate-limited" -> new Fault.RateLimited();
        default -> throw new IllegalArgumentException(spec + ": unknown fault " + name
            + " (server-error[/STATUS], delay/MILLIS, drop-after, reset-before, rate-limited)");
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(spec + ": " + arg + " is not a number");
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(spec)) throw e;
      throw new IllegalArgumentException(spec + ": " + e.getMessage());
    }
  }

  /** {@code fault} in the text form, e.g. {@code server-error/503}. */
  public static String describe(Fault fault) {
    requireNonNull(fault, "fault == null");
    if (fault instanceof Fault.ServerError e) return "server-error/" + e.status();
    if (fault instanceof Fault.Delay d) return "delay/" + d.duration().toMillis();
    if (fault instanceof Fault.DropAfterProcessing) return "drop-after";
    if (fault instanceof Fault.ResetBeforeProcessing) return "reset-before";
    return "rate-limited";
  }

  /** This rule in the text form {@link #parse} reads. */
  public String spec() {
    return nameOf(operation) + "=" + describe(fault) + (probability == 1.0 ? "" : ":" + probability);
  }
}
