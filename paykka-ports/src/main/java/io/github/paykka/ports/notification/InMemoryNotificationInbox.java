package io.github.paykka.ports.notification;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The default inbox: in memory, thread-safe, bounded. It remembers the most recent {@code capacity} processed keys
 * and forgets the oldest beyond that, so memory stays bounded; a redelivery older than that is processed again. For
 * several instances of an application, or to survive restarts, provide a durable {@link NotificationInbox}.
 */
public final class InMemoryNotificationInbox implements NotificationInbox {
  /** The capacity of {@link #create()}. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final Object lock = new Object();
  private final Set<String> inProgress = new HashSet<>();
  private final LinkedHashMap<String, Boolean> processed;

  private InMemoryNotificationInbox(int capacity) {
    this.processed = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** An inbox remembering {@value #DEFAULT_CAPACITY} keys. */
  public static InMemoryNotificationInbox create() {
    return withCapacity(DEFAULT_CAPACITY);
  }

  /**
   * An inbox remembering {@code capacity} keys.
   *
   * @throws IllegalArgumentException if {@code capacity < 1}
   */
  public static InMemoryNotificationInbox withCapacity(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    return new InMemoryNotificationInbox(capacity);
  }

  @Override
  public Claim claim(String key) {
    requireNonNull(key, "key == null");
    synchronized (lock) {
      if (processed.containsKey(key)) return Claim.ALREADY_PROCESSED;
      if (!inProgress.add(key)) return Claim.IN_PROGRESS;
      return Claim.ACQUIRED;
    }
  }

  @Override
  public void complete(String key) {
    requireNonNull(key, "key == null");
    synchronized (lock) {
      inProgress.remove(key);
      processed.put(key, Boolean.TRUE);
    }
  }

  @Override
  public void release(String key) {
    requireNonNull(key, "key == null");
    synchronized (lock) {
      inProgress.remove(key);
    }
  }

  /** How many processed keys it remembers now. */
  public int size() {
    synchronized (lock) {
      return processed.size();
    }
  }
}
