package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * The faults a sandbox injects, per endpoint: for the next calls, or for a share of calls drawn from a seeded random.
 *
 * <p>Counted faults ({@link #inject(Endpoint, Fault, int)}) are used first, in the order injected; when none is left, a
 * probabilistic fault ({@link #injectWithProbability}) applies to each call with its probability. The random source is
 * seeded from the sandbox's seed, so the same sequence of calls meets the same faults on every run. Thread-safe.
 */
public final class Faults {
  private final Object lock = new Object();
  private final Random random;
  private final Map<Endpoint, Deque<Counted>> counted = new EnumMap<>(Endpoint.class);
  private final Map<Endpoint, Probable> probable = new EnumMap<>(Endpoint.class);

  Faults(long seed) {
    this.random = new Random(seed);
  }

  /** Injects {@code fault} into the next call to {@code endpoint}. */
  public Faults inject(Endpoint endpoint, Fault fault) {
    return inject(endpoint, fault, 1);
  }

  /**
   * Injects {@code fault} into the next {@code times} calls to {@code endpoint} (after counted faults injected before).
   *
   * @throws IllegalArgumentException if {@code times < 1}
   */
  public Faults inject(Endpoint endpoint, Fault fault, int times) {
    requireNonNull(endpoint, "endpoint == null");
    requireNonNull(fault, "fault == null");
    if (times < 1) throw new IllegalArgumentException("times must be >= 1: " + times);
    synchronized (lock) {
      counted.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).addLast(new Counted(fault, times));
    }
    return this;
  }

  /**
   * Injects {@code fault} into each call to {@code endpoint} with {@code probability}, replacing any probabilistic
   * fault of that endpoint.
   *
   * @throws IllegalArgumentException if {@code probability} is not in (0, 1]
   */
  public Faults injectWithProbability(Endpoint endpoint, Fault fault, double probability) {
    requireNonNull(endpoint, "endpoint == null");
    requireNonNull(fault, "fault == null");
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    synchronized (lock) {
      probable.put(endpoint, new Probable(fault, probability));
    }
    return this;
  }

  /** Removes every fault of {@code endpoint}. */
  public Faults clear(Endpoint endpoint) {
    requireNonNull(endpoint, "endpoint == null");
    synchronized (lock) {
      counted.remove(endpoint);
      probable.remove(endpoint);
    }
    return this;
  }

  /** Removes every fault. */
  public Faults clear() {
    synchronized (lock) {
      counted.clear();
      probable.clear();
    }
    return this;
  }

  /** Decides the fault of one call to {@code endpoint}, consuming a counted fault if one is due. */
  Option<Fault> next(Endpoint endpoint) {
    synchronized (lock) {
      Deque<Counted> queue = counted.get(endpoint);
      if (queue != null && !queue.isEmpty()) {
        Counted head = queue.peekFirst();
        head.remaining--;
        if (head.remaining == 0) queue.removeFirst();
        return Option.some(head.fault);
      }
      Probable p = probable.get(endpoint);
      // one draw per call to an endpoint with a probabilistic fault, so runs are reproducible for a seed
      if (p != null && random.nextDouble() < p.probability) return Option.some(p.fault);
      return Option.none();
    }
  }

  /**
   * Applies {@code rule}: with its probability, or (when {@code times} is positive) to the next {@code times} calls.
   *
   * @throws IllegalArgumentException if {@code times} is positive and the rule has a probability below 1
   */
  public Faults apply(FaultRule rule, int times) {
    requireNonNull(rule, "rule == null");
    if (times <= 0) return injectWithProbability(rule.endpoint(), rule.fault(), rule.probability());
    if (rule.probability() != 1.0) {
      throw new IllegalArgumentException("a fault for the next calls has no probability: " + rule.spec());
    }
    return inject(rule.endpoint(), rule.fault(), times);
  }

  /** Every fault now in force, as text: {@code initiate=drop-after (next 2 calls)}, {@code refund=delay/50:0.2}. */
  public java.util.List<String> active() {
    java.util.List<String> out = new java.util.ArrayList<>();
    synchronized (lock) {
      for (Endpoint e : Endpoint.values()) {
        Deque<Counted> queue = counted.get(e);
        if (queue != null) {
          for (Counted c : queue) {
            out.add(e.cliName() + "=" + FaultRule.describe(c.fault) + " (next " + c.remaining + " call"
                + (c.remaining == 1 ? "" : "s") + ")");
          }
        }
        Probable p = probable.get(e);
        if (p != null) out.add(new FaultRule(e, p.fault, p.probability).spec());
      }
    }
    return java.util.List.copyOf(out);
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "Faults[counted=" + counted.keySet() + ", probable=" + probable.keySet() + "]";
    }
  }

  private static final class Counted {
    final Fault fault;
    int remaining;

    Counted(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private record Probable(Fault fault, double probability) {}
}
