package io.github.paykka.benchmarks.scale;

import io.github.paykka.benchmarks.rounds.Rounds;
import io.github.paykka.benchmarks.rounds.Rounds.Contender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How costs grow, in alternating rounds (each ratio taken within a round, so that other work on the machine slows both
 * of its sides alike): the in-memory inbox at 10^3, 10^5 and 10^6 keys, the webhook handler at 1, 2 and 8 delivering threads
 * against bare verification at as many, and the sandbox at 10^3 and 10^5 orders. The states are the JMH benchmarks'
 * ({@link InboxScaleBenchmark}, {@link WebhookConcurrencyBenchmark}, {@link SandboxScaleBenchmark}). Run:
 * {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar io.github.paykka.benchmarks.scale.ScaleRounds
 * [inbox|webhook|sandbox ...] }.
 */
public final class ScaleRounds {
  private ScaleRounds() {}

  public static void main(String[] args) throws Exception {
    // before any server or logger class loads: no Nagle delay on the JDK server's answers, no DEBUG lines
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    List<String> which = args.length == 0 ? List.of("inbox", "webhook", "sandbox") : List.of(args);
    if (which.contains("inbox")) inbox();
    if (which.contains("webhook")) webhook();
    if (which.contains("sandbox")) sandbox();
  }

  private static void inbox() {
    InboxScaleBenchmark small = inbox(1_000);
    // 10^5 as well (22 MB, about the size of the L3 cache): two steps up the memory hierarchy, read apart
    InboxScaleBenchmark middle = inbox(100_000);
    InboxScaleBenchmark large = inbox(1_000_000);
    double[][] r = Rounds.run("in-memory inbox at capacity: claim + complete of a new key, claim of a held key",
        Rounds.of(
            new Contender("claimAndComplete, 10^3 keys", 200_000, small::claimAndComplete),
            new Contender("claimAndComplete, 10^5 keys", 200_000, middle::claimAndComplete),
            new Contender("claimAndComplete, 10^6 keys", 200_000, large::claimAndComplete),
            new Contender("claimDuplicate, 10^3 keys", 200_000, small::claimDuplicate),
            new Contender("claimDuplicate, 10^5 keys", 200_000, middle::claimDuplicate),
            new Contender("claimDuplicate, 10^6 keys", 200_000, large::claimDuplicate)), 10, 30, true);
    Rounds.ratio("claimAndComplete: 10^6 keys / 10^3 keys (ops/s)", r[2], r[0]);
    Rounds.ratio("claimAndComplete: 10^6 keys / 10^5 keys (ops/s)", r[2], r[1]);
    Rounds.ratio("claimDuplicate: 10^6 keys / 10^3 keys (ops/s)", r[5], r[3]);
    Rounds.ratio("claimDuplicate: 10^6 keys / 10^5 keys (ops/s)", r[5], r[4]);
  }

  private static InboxScaleBenchmark inbox(int capacity) {
    InboxScaleBenchmark b = new InboxScaleBenchmark();
    b.capacity = capacity;
    b.setUp();
    return b;
  }

  private static void webhook() throws Exception {
    WebhookConcurrencyBenchmark b = new WebhookConcurrencyBenchmark();
    b.setUp();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      int batch = 2_000;
      double[][] r = Rounds.run("webhook handler under concurrent delivery: notifications/s", Rounds.of(
          new Contender("bare verify + parse, 1 thread", batch, () -> b.bare1()),
          new Contender("handle, 1 thread", batch, () -> b.handle1()),
          parallel("bare verify + parse, 2 threads", threads, 2, batch, () -> b.bare1()),
          parallel("handle, 2 threads", threads, 2, batch, () -> b.handle1()),
          parallel("bare verify + parse, 8 threads", threads, 8, batch, () -> b.bare1()),
          parallel("handle, 8 threads", threads, 8, batch, () -> b.handle1()),
          parallel("handle, lock-free inbox, 2 threads", threads, 2, batch, () -> b.handleLockFree()),
          parallel("handle, lock-free inbox, 8 threads", threads, 8, batch, () -> b.handleLockFree())), 5, 20, false);
      Rounds.ratio("handle / bare, 1 thread", r[1], r[0]);
      Rounds.ratio("handle / bare, 2 threads", r[3], r[2]);
      Rounds.ratio("handle / bare, 8 threads", r[5], r[4]);
      Rounds.ratio("handle: 2 threads / 1 thread", r[3], r[1]);
      Rounds.ratio("handle: 8 threads / 1 thread", r[5], r[1]);
      Rounds.ratio("handle, lock-free inbox / bare, 2 threads", r[6], r[2]);
      Rounds.ratio("handle, lock-free inbox / bare, 8 threads", r[7], r[4]);
    } finally {
      threads.shutdownNow();
    }
  }

  /** A contender whose batch is shared by {@code n} threads; it returns when all of them are done. */
  private static Contender parallel(String name, ExecutorService threads, int n, int batch, Runnable op) {
    return Contender.whole(name, batch, () -> {
      List<Future<?>> parts = new ArrayList<>(n);
      for (int t = 0; t < n; t++) {
        parts.add(threads.submit(() -> {
          for (int i = 0; i < batch / n; i++) op.run();
        }));
      }
      try {
        for (Future<?> f : parts) f.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void sandbox() throws Exception {
    SandboxScaleBenchmark small = sandbox(1_000);
    SandboxScaleBenchmark large = sandbox(100_000);
    try {
      double[][] r = Rounds.run("sandbox with 10^3 and 10^5 orders, one thread", Rounds.of(
          new Contender("engineQuery, 10^3 orders", 20_000, small::engineQuery),
          new Contender("engineQuery, 10^5 orders", 20_000, large::engineQuery),
          new Contender("engineSessionQuery, 10^3 orders", 20_000, small::engineSessionQuery),
          new Contender("engineSessionQuery, 10^5 orders", 20_000, large::engineSessionQuery),
          new Contender("query over loopback, 10^3 orders", 20, small::query),
          new Contender("query over loopback, 10^5 orders", 20, large::query),
          new Contender("roundTrip, 10^3 orders", 10, small::roundTrip),
          new Contender("roundTrip, 10^5 orders", 10, large::roundTrip)), 3, 20, true);
      Rounds.ratio("engineSessionQuery: 10^5 / 10^3 orders", r[3], r[2]);
      Rounds.ratio("query over loopback: 10^5 / 10^3 orders", r[5], r[4]);
      Rounds.ratio("roundTrip: 10^5 / 10^3 orders", r[7], r[6]);
      Rounds.ratio("roundTrip / query, 10^5 orders (a payment costs this many queries)", r[7], r[5]);
    } finally {
      small.tearDown();
      large.tearDown();
    }
  }

  private static SandboxScaleBenchmark sandbox(int orders) throws Exception {
    SandboxScaleBenchmark b = new SandboxScaleBenchmark();
    b.orders = orders;
    long started = System.nanoTime();
    b.setUp();
    System.out.printf("sandbox with %,d orders made in %,d ms%n", orders, (System.nanoTime() - started) / 1_000_000);
    return b;
  }
}
