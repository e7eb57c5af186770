package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.wire.signature.Signer;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * No default throttles the merchant (issue 15, item 0): a burst of 1,000 calls issued within a second is answered in
 * full without a client-side rate limiter, where the former default (100 per second, waiting up to 1 s) refused most of
 * it as {@code NotSent}. A limiter set on purpose still limits.
 */
class RateLimitDefaultTest {
  /** A constant test signature: the loopback server does not check it; the answers are still verified. */
  private static final Signer CONSTANT = data -> new byte[256];
  private static final int CALLS = 1_000;

  private static PaykkaHttpAdapter.Builder adapter(LoopbackServer server, Recorder recorder) {
    return PaykkaHttpAdapter.builder()
        .merchantId(SandboxFixture.MERCHANT_ID)
        .signer(CONSTANT)
        .platformPublicKey(SandboxFixture.PLATFORM_KEYS.publicKey())
        .environment(PaykkaEnvironment.local(server.url()))
        .callDeadline(Duration.ofSeconds(60))
        .listener(recorder);
  }

  private static List<Either<GatewayFailure, PaymentResult>> burst(PaykkaHttpAdapter adapter, long[] issuedNanos) {
    PaymentLookup lookup = PaymentLookup.byTransId(TransId.of("T1"));
    List<CompletableFuture<Either<GatewayFailure, PaymentResult>>> calls = new ArrayList<>(CALLS);
    long start = System.nanoTime();
    for (int i = 0; i < CALLS; i++) calls.add(adapter.queryAsync(lookup));
    issuedNanos[0] = System.nanoTime() - start;
    return calls.stream().map(CompletableFuture::join).toList();
  }

  @Test
  void aThousandCallsWithinASecondAreNotThrottledByDefault() throws Exception {
    // one canned, correctly signed answer: signing it once keeps the server out of the measurement
    LoopbackServer.Reply answer = LoopbackServer.Reply.signed(200, Canned.payment("T1", "GW1", 1000, "SUCCESS"));
    Recorder recorder = new Recorder();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> answer);
        PaykkaHttpAdapter adapter = adapter(server, recorder).build()) {
      long[] issued = new long[1];
      // warm-up: the first calls load and compile the code path; it is the burst after them that is timed
      assertThat(burst(adapter, issued)).allMatch(Either::isRight);

      List<Either<GatewayFailure, PaymentResult>> results = burst(adapter, issued);

      assertThat(Duration.ofNanos(issued[0])).isLessThan(Duration.ofSeconds(1));
      assertThat(results).allSatisfy(r -> assertThat(r.isRight()).as(r.toString()).isTrue());
      assertThat(recorder.count(ResilienceEvent.RateLimited.class)).isZero();
      assertThat(server.count("/payments/query")).isEqualTo(2L * CALLS);
    }
  }

  @Test
  void aLimiterSetOnPurposeStillLimits() throws Exception {
    LoopbackServer.Reply answer = LoopbackServer.Reply.signed(200, Canned.payment("T1", "GW1", 1000, "SUCCESS"));
    Recorder recorder = new Recorder();
    try (LoopbackServer server = new LoopbackServer(LoopbackServer.Mode.KEEP_ALIVE, request -> answer);
        PaykkaHttpAdapter adapter = adapter(server, recorder)
            .rateLimiter(new RateLimiterSettings(100, Duration.ofDays(1), Duration.ZERO)).build()) {
      List<Either<GatewayFailure, PaymentResult>> results = burst(adapter, new long[1]);

      assertThat(results.stream().filter(Either::isRight)).hasSize(100);
      assertThat(results.stream().filter(r -> r.isLeft() && r.getLeft() instanceof GatewayFailure.NotSent))
          .hasSize(CALLS - 100);
      assertThat(recorder.count(ResilienceEvent.RateLimited.class)).isEqualTo(CALLS - 100);
    }
  }
}
