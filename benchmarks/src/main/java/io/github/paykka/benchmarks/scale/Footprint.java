package io.github.paykka.benchmarks.scale;

import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
import java.util.Locale;

/**
 * A bounded measurement of memory per entry (not a JMH benchmark: JMH measures time): the heap in use after full
 * collections, before and after filling, divided by the entries added; each at two sizes, so that the second figure
 * shows whether the cost per entry stays the same as the structure grows. Run:
 * {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.paykka.benchmarks.scale.Footprint}.
 */
public final class Footprint {
  private Footprint() {}

  public static void main(String[] args) throws Exception {
    // before any logger class loads: the sandbox logs each abandoned notification at INFO
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    for (int n : new int[] {100_000, 1_000_000}) {
      long before = used();
      InMemoryNotificationInbox inbox = InMemoryNotificationInbox.withCapacity(n);
      for (int i = 0; i < n; i++) {
        NotificationInbox.Claim claim = inbox.claim(InboxScaleBenchmark.key(i));
        inbox.complete((NotificationInbox.Claim.Acquired) claim);
      }
      long after = used();
      report("in-memory inbox, keys of " + InboxScaleBenchmark.key(0).length() + " chars", n, before, after,
          inbox.size());
    }
    for (int n : new int[] {10_000, 100_000}) {
      long before = used();
      long started = System.nanoTime();
      try (SandboxScale scale = new SandboxScale(n)) {
        long filled = System.nanoTime() - started;
        long after = used();
        report("sandbox, paid orders (filled in " + filled / 1_000_000 + " ms)", n, before, after,
            scale.sandbox.engine().orders().size());
      }
    }
  }

  private static void report(String what, int n, long before, long after, int held) {
    System.out.printf(Locale.ROOT, "%s: %,d entries, %,d held, %.1f MB, %,.0f bytes per entry%n", what, n, held,
        (after - before) / 1e6, (after - before) / (double) n);
  }

  /** Heap in use after collections have settled. */
  private static long used() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long now = rt.totalMemory() - rt.freeMemory();
      if (Math.abs(now - last) < 64 * 1024) return now;
      last = now;
    }
    return last;
  }
}
