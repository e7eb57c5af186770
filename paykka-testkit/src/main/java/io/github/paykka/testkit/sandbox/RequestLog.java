package io.github.paykka.testkit.sandbox;

import io.github.paykka.ports.Operation;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's request log: the last {@value #CAPACITY} API requests, in order of arrival, each stamped with ticks of
 * one counter at arrival and when the sandbox was done with it (see {@link SandboxRequest}). Bounded, so that a
 * sandbox running for days does not grow without end. Thread-safe.
 */
final class RequestLog {
  /** How many requests are kept; older ones are dropped first. */
  static final int CAPACITY = 100_000;

  private final WatchedState state = new WatchedState();
  private final Deque<Entry> entries = new ArrayDeque<>();
  private long ticks;

  /** A request being served; the server passes it back to record what it learns. */
  static final class Entry {
    private final Operation operation;
    private final @Nullable Fault fault;
    private final long received;
    private Map<String, String> identifiers = Map.of();
    private @Nullable String retCode;
    private long finished;

    private Entry(Operation operation, @Nullable Fault fault, long received) {
      this.operation = operation;
      this.fault = fault;
      this.received = received;
    }

    private SandboxRequest snapshot() {
      return new SandboxRequest(operation, Option.of(fault), identifiers, Option.of(retCode), received,
          finished == 0 ? Option.none() : Option.some(finished));
    }
  }

  /** Records the arrival of a request of {@code operation} meeting {@code fault}. */
  Entry received(Operation operation, @Nullable Fault fault) {
    return state.updateAndGet(() -> {
      Entry e = new Entry(operation, fault, ++ticks);
      if (entries.size() == CAPACITY) entries.removeFirst();
      entries.addLast(e);
      return e;
    });
  }

  /** Records the identifiers the request's body carried. */
  void identified(Entry entry, Map<String, String> identifiers) {
    Map<String, String> copy = Map.copyOf(identifiers);
    state.update(() -> entry.identifiers = copy);
  }

  /** Records that the sandbox is done with the request, answering {@code retCode} (null: nothing); once. */
  void finished(Entry entry, @Nullable String retCode) {
    state.update(() -> {
      if (entry.finished != 0) return;
      entry.retCode = retCode;
      entry.finished = ++ticks;
    });
  }

  List<SandboxRequest> requests() {
    return state.read(this::snapshot);
  }

  /** Waits until {@code condition} holds for the log, or {@code timeout} passes (see WatchedState). */
  boolean await(Predicate<? super List<SandboxRequest>> condition, Duration timeout) {
    return state.await(this::snapshot, condition, timeout, "requests");
  }

  private List<SandboxRequest> snapshot() {
    List<SandboxRequest> out = new ArrayList<>(entries.size());
    for (Entry e : entries) out.add(e.snapshot());
    return List.copyOf(out);
  }
}
