package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.Operation;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The faults a sandbox injects, per {@link Operation}: for the next calls, or for a share of calls drawn from a seeded
 * random.
 *
 * <p>Counted faults ({@link #inject(Operation, Fault, int)}) are used first, in the order injected; when none is left,
 * a probabilistic fault ({@link #injectWithProbability}) applies to each call with its probability. The random source
 * is seeded from the sandbox's seed, so the same sequence of calls meets the same faults on every run. Thread-safe.
 */
public final class Faults {
  private final Object lock = new Object();
  private final Random random;
  private final Map<Operation, Deque<Counted>> counted = new EnumMap<>(Operation.class);
  private final Map<Operation, Probable> probable = new EnumMap<>(Operation.class);

  Faults(long seed) {
    this.random = new Random(seed);
  }

  /** Injects {@code fault} into the next call of {@code operation}. */
  public Faults inject(Operation operation, Fault fault) {
    return inject(operation, fault, 1);
  }

  /**
   * Injects {@code fault} into the next {@code times} calls of {@code operation} (after counted faults injected
   * before).
   *
   * @throws IllegalArgumentException if {@code times < 1}
   */
  public Faults inject(Operation operation, Fault fault, int times) {
    requireNonNull(operation, "operation == null");
    requireNonNull(fault, "fault == null");
    if (times < 1) throw new IllegalArgumentException("times must be >= 1: " + times);
    synchronized (lock) {
      counted.computeIfAbsent(operation, e -> new ArrayDeque<>()).addLast(new Counted(fault, times));
    }
    return this;
  }

  /**
   * Injects {@code fault} into each call of {@code operation} with {@code probability}, replacing any probabilistic
   * fault of that operation.
   *
   * @throws IllegalArgumentException if {@code probability} is not in (0, 1]
   */
  public Faults injectWithProbability(Operation operation, Fault fault, double probability) {
    requireNonNull(operation, "operation == null");
    requireNonNull(fault, "fault == null");
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    synchronized (lock) {
      probable.put(operation, new Probable(fault, probability));
    }
    return this;
  }

  /** Removes every fault of {@code operation}. */
  public Faults clear(Operation operation) {
    requireNonNull(operation, "operation == null");
    synchronized (lock) {
      counted.remove(operation);
      probable.remove(operation);
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

  /** Decides the fault of one call of {@code operation}, consuming a counted fault if one is due. */
  Option<Fault> next(Operation operation) {
    synchronized (lock) {
      Deque<Counted> queue = counted.get(operation);
      if (queue != null && !queue.isEmpty()) {
        Counted head = queue.peekFirst();
        head.remaining--;
        if (head.remaining == 0) queue.removeFirst();
        return Option.some(head.fault);
      }
      Probable p = probable.get(operation);
      // one draw per call of an operation with a probabilistic fault, so runs are reproducible for a seed
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
    if (times <= 0) return injectWithProbability(rule.operation(), rule.fault(), rule.probability());
    if (rule.probability() != 1.0) {
      throw new IllegalArgumentException("a fault for the next calls has no probability: " + rule.spec());
    }
    return inject(rule.operation(), rule.fault(), times);
  }

  /** Every fault now in force, as text: {@code initiate=drop-after (next 2 calls)}, {@code refund=delay/50:0.2}. */
  public List<String> active() {
    List<String> out = new ArrayList<>();
    synchronized (lock) {
      for (Operation e : Operation.values()) {
        Deque<Counted> queue = counted.get(e);
        if (queue != null) {
          for (Counted c : queue) {
            out.add(FaultRule.nameOf(e) + "=" + FaultRule.describe(c.fault) + " (next " + c.remaining + " call"
                + (c.remaining == 1 ? "" : "s") + ")");
          }
        }
        Probable p = probable.get(e);
        if (p != null) out.add(new FaultRule(e, p.fault, p.probability).spec());
      }
    }
    return List.copyOf(out);
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
