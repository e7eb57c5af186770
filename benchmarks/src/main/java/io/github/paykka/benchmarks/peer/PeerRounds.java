package io.github.paykka.benchmarks.peer;

import io.github.paykka.benchmarks.rounds.Rounds;
import io.github.paykka.http.PaykkaHttpAdapter;

/**
 * One payment call through the adapter and through stripe-java against the same canned loopback server (the setting
 * of {@link PeerBenchmark}), one calling thread, in alternating rounds: calls per second and per CPU-second of the
 * calling thread, each ratio to stripe-java taken within a round, so that other work on the machine slows both sides
 * of a ratio alike. Run:
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
    }
  }
}
