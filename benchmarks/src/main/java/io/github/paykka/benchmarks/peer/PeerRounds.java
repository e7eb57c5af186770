package io.github.paykka.benchmarks.peer;

import io.github.paykka.benchmarks.rounds.Rounds;
import io.github.paykka.http.PaykkaHttpAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One payment call through the adapter and through stripe-java against the same canned loopback server (the setting
 * of {@link PeerBenchmark}), one calling thread and then two, in alternating rounds: calls per second (and, with one
 * thread, per CPU-second of the calling thread), each ratio to stripe-java taken within a round, so that other work on
 * the machine slows both sides of a ratio alike. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.paykka.benchmarks.peer.PeerRounds [rounds]}.
 */
public final class PeerRounds {
  private PeerRounds() {}

  public static void main(String[] args) throws Exception {
    // before any server or logger class loads: no Nagle delay on the JDK server's answers, no DEBUG lines
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    try (PeerFixture fixture = new PeerFixture();
        PaykkaHttpAdapter none = fixture.adapter("none");
        PaykkaHttpAdapter rsa = fixture.adapter("rsa");
        PaykkaHttpAdapter accp = fixture.adapter("accp")) {
      Rounds.run("one payment call, one thread: stripe-java vs the adapter", Rounds.of(
          new Rounds.Contender("stripe-java (baseline)", 200, () -> {
            try {
              fixture.payWithStripe();
            } catch (com.stripe.exception.StripeException e) {
              throw new IllegalStateException(e);
            }
          }),
          new Rounds.Contender("adapter, no cryptography", 200, () -> fixture.pay(none)),
          new Rounds.Contender("adapter, RSA by the JDK", 40, () -> fixture.pay(rsa)),
          new Rounds.Contender("adapter, RSA by ACCP", 100, () -> fixture.pay(accp))), 10, rounds, true);
      ExecutorService two = Executors.newFixedThreadPool(2);
      try {
        Rounds.run("one payment call, two threads: stripe-java vs the adapter", Rounds.of(
            twoThreads("stripe-java (baseline)", two, 400, () -> {
              try {
                fixture.payWithStripe();
              } catch (com.stripe.exception.StripeException e) {
                throw new IllegalStateException(e);
              }
            }),
            twoThreads("adapter, no cryptography", two, 400, () -> fixture.pay(none)),
            twoThreads("adapter, RSA by the JDK", two, 80, () -> fixture.pay(rsa)),
            twoThreads("adapter, RSA by ACCP", two, 200, () -> fixture.pay(accp))), 10, rounds, false);
      } finally {
        two.shutdownNow();
      }
    }
  }

  /** {@code batch} calls shared by the two threads of {@code two}; returns when both are done. */
  private static Rounds.Contender twoThreads(String name, ExecutorService two, int batch, Runnable call) {
    return Rounds.Contender.whole(name, batch, () -> {
      List<Future<?>> halves = new ArrayList<>(2);
      for (int t = 0; t < 2; t++) {
        halves.add(two.submit(() -> {
          for (int i = 0; i < batch / 2; i++) call.run();
        }));
      }
      try {
        for (Future<?> f : halves) f.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
