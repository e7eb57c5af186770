package io.github.paykka.benchmarks.rounds;

import io.github.paykka.benchmarks.wire.ProviderBenchmark;

/**
 * Signed requests and verified notifications per second and per CPU-second of one thread (per core), per provider,
 * in alternating rounds, each provider's ratio to the JDK's default taken within a round: the measurement of
 * {@link ProviderBenchmark} made robust to other work on the machine. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.paykka.benchmarks.rounds.ProviderRounds [rounds]}.
 */
public final class ProviderRounds {
  private ProviderRounds() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    ProviderBenchmark jdk = benchmark("jdk");
    ProviderBenchmark bc = benchmark("bc");
    ProviderBenchmark accp = benchmark("accp");
    Rounds.run("signRequest: a signed 2.3 KB initiate request, RSA-2048", Rounds.of(
        new Rounds.Contender("jdk (SunRsaSign, baseline)", 40, jdk::signRequest),
        new Rounds.Contender("bc (Bouncy Castle)", 40, bc::signRequest),
        new Rounds.Contender("accp (Corretto Crypto Provider)", 160, accp::signRequest)), 10, rounds, true);
    Rounds.run("verifyNotification: a verified 0.5 KB notification, RSA-2048", Rounds.of(
        new Rounds.Contender("jdk (SunRsaSign, baseline)", 1000, jdk::verifyNotification),
        new Rounds.Contender("bc (Bouncy Castle)", 1000, bc::verifyNotification),
        new Rounds.Contender("accp (Corretto Crypto Provider)", 2000, accp::verifyNotification)), 10, rounds, true);
  }

  private static ProviderBenchmark benchmark(String provider) throws Exception {
    ProviderBenchmark b = new ProviderBenchmark();
    b.provider = provider;
    b.setUp();
    return b;
  }
}
