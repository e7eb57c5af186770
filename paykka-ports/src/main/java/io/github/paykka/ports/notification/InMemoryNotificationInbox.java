package io.github.paykka.ports.notification;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default inbox: in memory, thread-safe, bounded. It remembers each processed key for {@link #retention()}
 * (default 24 hours) or until {@code capacity} newer keys push it out, whichever comes first; size the capacity above
 * the number of notifications one instance receives in the retention period. It lives and dies with one JVM: for
 * several instances of an application, or to survive restarts, provide a durable {@link NotificationInbox}.
 */
public final class InMemoryNotificationInbox implements NotificationInbox {
  /** The capacity of {@link #create()}. */
  public static final int DEFAULT_CAPACITY = 100_000;
  /** The retention of {@link #create()}: 24 hours. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private final Object lock = new Object();
  private final Map<String, String> inProgress = new HashMap<>();
  /** Completed keys with the epoch millisecond of completion, oldest first. */
  private final LinkedHashMap<String, Long> processed = new LinkedHashMap<>();
  private final int capacity;
  private final Duration retention;
  private final long retentionMillis;
  private final Clock clock;
  private long nextOwner;

  private InMemoryNotificationInbox(int capacity, Duration retention, Clock clock) {
    this.capacity = capacity;
    this.retention = retention;
    this.retentionMillis = saturatedMillis(retention);
    this.clock = clock;
  }

  /** An inbox remembering up to {@value #DEFAULT_CAPACITY} keys for 24 hours. */
  public static InMemoryNotificationInbox create() {
    return new InMemoryNotificationInbox(DEFAULT_CAPACITY, DEFAULT_RETENTION, Clock.systemUTC());
  }

  /**
   * An inbox remembering up to {@code capacity} keys for 24 hours.
   *
   * @throws IllegalArgumentException if {@code capacity < 1}
   */
  public static InMemoryNotificationInbox withCapacity(int capacity) {
    return of(capacity, DEFAULT_RETENTION, Clock.systemUTC());
  }

  /**
   * An inbox remembering up to {@code capacity} keys for {@code retention}, by {@code clock}.
   *
   * @throws IllegalArgumentException if {@code capacity < 1} or {@code retention} is not positive
   */
  public static InMemoryNotificationInbox of(int capacity, Duration retention, Clock clock) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    requireNonNull(retention, "retention == null");
    requireNonNull(clock, "clock == null");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, was " + retention);
    }
    return new InMemoryNotificationInbox(capacity, retention, clock);
  }

  @Override
  public Duration retention() {
    return retention;
  }

  @Override
  public Claim claim(String key) {
    requireNonNull(key, "key == null");
    synchronized (lock) {
      forgetExpired(clock.millis());
      if (processed.containsKey(key)) return new Claim.AlreadyProcessed(key);
      if (inProgress.containsKey(key)) return new Claim.InProgress(key);
      String owner = "memory-" + (++nextOwner);
      inProgress.put(key, owner);
      return new Claim.Acquired(key, owner);
    }
  }

  @Override
  public void complete(Claim.Acquired claim) {
    requireNonNull(claim, "claim == null");
    synchronized (lock) {
      if (!inProgress.remove(claim.key(), claim.owner())) return;
      long now = clock.millis();
      processed.put(claim.key(), now);
      while (processed.size() > capacity) {
        Iterator<String> oldest = processed.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
      forgetExpired(now);
    }
  }

  @Override
  public void release(Claim.Acquired claim) {
    requireNonNull(claim, "claim == null");
    synchronized (lock) {
      inProgress.remove(claim.key(), claim.owner());
    }
  }

  /** How many processed keys it remembers now. */
  public int size() {
    synchronized (lock) {
      forgetExpired(clock.millis());
      return processed.size();
    }
  }

  @Override
  public String toString() {
    return "InMemoryNotificationInbox[capacity=" + capacity + ", retention=" + retention + "]";
  }

  /** Drops keys completed longer ago than the retention; the map is in completion order, so only its head. */
  private void forgetExpired(long now) {
    Iterator<Map.Entry<String, Long>> it = processed.entrySet().iterator();
    while (it.hasNext()) {
      long completedAt = it.next().getValue();
      if (now - completedAt <= retentionMillis) return;
      it.remove();
    }
  }

  private static long saturatedMillis(Duration d) {
    try {
      return d.toMillis();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
