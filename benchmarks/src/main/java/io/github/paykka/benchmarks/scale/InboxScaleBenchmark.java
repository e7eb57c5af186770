package io.github.paykka.benchmarks.scale;

import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory inbox at its capacity: {@code claimAndComplete} of a new key (which pushes the oldest out), and
 * {@code claimDuplicate} of a key it holds (a redelivery), with 10^3, 10^5 and 10^6 keys remembered. The keys are made
 * before the measurement, as long as the handler's deduplication keys, more of them than the capacity, so that each
 * claim is of a key the inbox does not hold.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class InboxScaleBenchmark {
  /** Keys made in advance: 2^21, over twice the largest capacity. */
  private static final int KEYS = 1 << 21;

  @Param({"1000", "100000", "1000000"})
  public int capacity;

  private InMemoryNotificationInbox inbox;
  private String[] keys;
  private int next;
  private int held;

  @Setup
  public void setUp() {
    keys = new String[KEYS];
    for (int i = 0; i < KEYS; i++) keys[i] = key(i);
    inbox = InMemoryNotificationInbox.withCapacity(capacity);
    for (int i = 0; i < capacity; i++) fresh();
    if (inbox.size() != capacity) throw new IllegalStateException("setup: not at capacity: " + inbox.size());
  }

  /** A key shaped like {@code Notification.deduplicationKey()}: type, order, status and a digest, 80-odd chars. */
  static String key(int i) {
    return "PAYMENT.SUCCESS|GW" + (20250601120000000L + i) + "|SUCCESS|" + Integer.toHexString(i * 0x9E3779B9)
        + "c0ffee1234567890abcdef1234567890abcdef";
  }

  private NotificationInbox.Claim fresh() {
    String key = keys[next];
    next = (next + 1) & (KEYS - 1);
    NotificationInbox.Claim claim = inbox.claim(key);
    if (claim instanceof NotificationInbox.Claim.Acquired acquired) inbox.complete(acquired);
    return claim;
  }

  /** A new notification: claim, then record it done; the oldest key is forgotten. */
  @Benchmark
  public NotificationInbox.Claim claimAndComplete() {
    return fresh();
  }

  /** A redelivery of a notification the inbox holds: the claim answers AlreadyProcessed. */
  @Benchmark
  public NotificationInbox.Claim claimDuplicate() {
    // one of the last `capacity` keys claimed, all still held
    int back = 1 + (held++ % capacity);
    return inbox.claim(keys[(next - back) & (KEYS - 1)]);
  }
}
