package io.github.paykka.benchmarks.peer;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Either;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * One payment call through the adapter ({@code initiate}) against one through stripe-java
 * ({@code paymentIntents().create}), both against the same loopback server answering canned bytes, one client thread
 * and two. The adapter's answer is correctly signed with a platform key; the server reads each request whole and
 * answers the same bytes every time.
 *
 * <p>{@code crypto}: {@code none} measures SDK overhead apart from cryptography (a constant test {@code Signer}, and
 * answers verified by {@link PreVerifiedProvider} through the {@code signatureProvider} setting: every other check
 * still runs); {@code rsa} is the default, RSA-2048 signing and verification by the JDK's provider; {@code accp} the
 * same with Amazon Corretto Crypto Provider named as {@code signatureProvider}. stripe-java signs nothing (it relies
 * on TLS and an API key), so its figures are the same under each value: a baseline measured beside each.
 *
 * <p>{@code adapterN} and {@code stripeN} run one after the other with N client threads; {@code together} runs one
 * thread of each at the same time (a JMH group), so that load from outside the benchmark slows both alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dsun.net.httpserver.nodelay=true"})
public class PeerBenchmark {
  @Param({"none", "rsa", "accp"})
  public String crypto;

  private PeerFixture fixture;
  private PaykkaHttpAdapter adapter;

  @Setup
  public void setUp() throws Exception {
    fixture = new PeerFixture();
    adapter = fixture.adapter(crypto);
    // both must work before anything is measured
    adapter();
    stripe();
  }

  @TearDown
  public void tearDown() {
    adapter.close();
    fixture.close();
  }

  private Either<GatewayFailure, PaymentResult> adapter() {
    return fixture.pay(adapter);
  }

  private PaymentIntent stripe() throws StripeException {
    return fixture.payWithStripe();
  }

  @Benchmark
  @Threads(1)
  public Either<GatewayFailure, PaymentResult> adapter1() {
    return adapter();
  }

  @Benchmark
  @Threads(1)
  public PaymentIntent stripe1() throws StripeException {
    return stripe();
  }

  @Benchmark
  @Threads(2)
  public Either<GatewayFailure, PaymentResult> adapter2() {
    return adapter();
  }

  @Benchmark
  @Threads(2)
  public PaymentIntent stripe2() throws StripeException {
    return stripe();
  }

  /** Beside {@link #togetherStripe}: one thread each at the same time, so that other load hits both alike. */
  @Benchmark
  @Group("together")
  @GroupThreads(1)
  public Either<GatewayFailure, PaymentResult> togetherAdapter() {
    return adapter();
  }

  /** Side by side with {@link #togetherAdapter}. */
  @Benchmark
  @Group("together")
  @GroupThreads(1)
  public PaymentIntent togetherStripe() throws StripeException {
    return stripe();
  }
}
