package io.github.paykka.benchmarks.scale;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.domain.request.PaymentRequest;
import io.vavr.control.Either;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The testkit sandbox holding 10^3 and 10^5 paid orders, one thread:
 * {@code engineQuery} is the sandbox's own lookup of an order by {@code trans_id} (no HTTP, no signature),
 * {@code engineSessionQuery} by the checkout session it was paid through;
 * {@code query} the same query through the adapter over loopback (signed, verified, both ways); {@code roundTrip}
 * what a user's test suite pays per payment: an {@code initiate} and a {@code query} of it through the adapter and
 * the sandbox on loopback, with the default RSA-2048 signatures (each also makes the sandbox sign a notification).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dsun.net.httpserver.nodelay=true",
    "-Xmx4g"})
public class SandboxScaleBenchmark {
  @Param({"1000", "100000"})
  public int orders;

  private SandboxScale scale;
  private PaykkaHttpAdapter adapter;
  private MerchantId merchant;

  @Setup
  public void setUp() throws Exception {
    scale = new SandboxScale(orders);
    merchant = MerchantId.of(SandboxScale.MERCHANT);
    adapter = PaykkaHttpAdapter.builder()
        .merchantId(SandboxScale.MERCHANT)
        .merchantPrivateKey(scale.merchant.privateKey())
        .platformPublicKey(scale.platform.publicKey())
        .environment(PaykkaEnvironment.local(scale.sandbox.baseUrl().toString()))
        .build();
  }

  @TearDown
  public void tearDown() {
    adapter.close();
    scale.close();
  }

  private PaymentLookup anyOrder() {
    return PaymentLookup.byTransId(scale.transIds.get(ThreadLocalRandom.current().nextInt(scale.transIds.size())));
  }

  @Benchmark
  public Object engineQuery() {
    Object r = scale.sandbox.engine().query(merchant, anyOrder());
    return r;
  }

  /** The sandbox's own lookup of an order by the checkout session it was paid through (no HTTP, no signature). */
  @Benchmark
  public Object engineSessionQuery() {
    return scale.sandbox.engine().query(merchant, PaymentLookup.bySessionId(scale.lastSession));
  }

  @Benchmark
  public Either<GatewayFailure, PaymentResult> query() {
    Either<GatewayFailure, PaymentResult> r = adapter.query(anyOrder());
    if (r.isLeft()) throw new IllegalStateException(r.getLeft().message());
    return r;
  }

  @Benchmark
  public Either<GatewayFailure, PaymentResult> roundTrip() {
    PaymentRequest request = scale.request();
    Either<GatewayFailure, PaymentResult> paid = adapter.initiate(request);
    if (paid.isLeft()) throw new IllegalStateException(paid.getLeft().message());
    Either<GatewayFailure, PaymentResult> r = adapter.query(PaymentLookup.byTransId(request.transId()));
    if (r.isLeft()) throw new IllegalStateException(r.getLeft().message());
    return r;
  }
}
