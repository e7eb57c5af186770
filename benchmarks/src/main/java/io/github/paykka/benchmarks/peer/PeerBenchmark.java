package io.github.paykka.benchmarks.peer;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureScheme;
import io.vavr.control.Either;
import java.util.Map;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dsun.net.httpserver.nodelay=true"})
public class PeerBenchmark {
  static final String MERCHANT = "M202400000001";
  static final String TRANS_ID = "T174293243204408";

  @Param({"none", "rsa", "accp"})
  public String crypto;

  private CannedServer server;
  private PaykkaHttpAdapter adapter;
  private PaymentRequest request;
  private StripeClient stripe;
  private PaymentIntentCreateParams params;

  @Setup
  public void setUp() throws Exception {
    TestKeys.TestKeyPair merchant = TestKeys.generate();
    TestKeys.TestKeyPair platform = TestKeys.generate();
    request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS).transId(TransId.of(TRANS_ID)));
    PaymentsRespDto data = new PaymentsRespDto(null, null, MERCHANT, TRANS_ID, "GW000000000000000001", "SUCCESS",
        null, "AUTOMATIC", 1000L, "USD", "2025-05-06T15:13:09+08:00", null, null, null, null, null, null, null,
        new BalanceResp(1000L, 1000L, 0L, 0L, 0L, 0L, 1000L));
    byte[] paykkaBody = WireCodec.create().encode(Envelope.success(data));
    String signature = SignatureScheme.standard().signResponse(platform.signer(), paykkaBody);
    server = new CannedServer(Map.of(
        "/" + WireOperation.INITIATE.path(), new CannedServer.Answer(Map.of(PaykkaHeaders.SIGNATURE, signature,
            PaykkaHeaders.CONTENT_TYPE, "application/json"), paykkaBody),
        "/v1/payment_intents", new CannedServer.Answer(Map.of(PaykkaHeaders.CONTENT_TYPE, "application/json",
            "Request-Id", "req_benchmark"), StripeCanned.PAYMENT_INTENT.getBytes(UTF_8))), 4);

    PaykkaHttpAdapter.Builder b = PaykkaHttpAdapter.builder()
        .merchantId(MERCHANT)
        .platformPublicKey(platform.publicKey())
        .environment(PaykkaEnvironment.local(server.base() + "/"));
    switch (crypto) {
      case "none" -> b.signer(bytes -> new byte[256]).signatureProvider(new PreVerifiedProvider());
      case "rsa" -> b.merchantPrivateKey(merchant.privateKey());
      case "accp" -> b.merchantPrivateKey(merchant.privateKey()).signatureProvider(
          AmazonCorrettoCryptoProvider.INSTANCE);
      default -> throw new IllegalArgumentException("crypto: " + crypto);
    }
    adapter = b.build();

    stripe = StripeClient.builder().setApiKey("sk_test_benchmark").setApiBase(server.base()).build();
    params = PaymentIntentCreateParams.builder()
        .setAmount(1000L)
        .setCurrency("usd")
        .setPaymentMethod("pm_card_visa")
        .setConfirm(true)
        .setDescription("Test product")
        .setReceiptEmail("shopper@merchant.example")
        .putMetadata("order_id", TRANS_ID)
        .build();
    // both must work before anything is measured
    adapter();
    stripe();
  }

  @TearDown
  public void tearDown() {
    adapter.close();
    server.close();
  }

  private Either<GatewayFailure, PaymentResult> adapter() {
    Either<GatewayFailure, PaymentResult> r = adapter.initiate(request);
    if (r.isLeft()) throw new IllegalStateException(r.getLeft().message());
    return r;
  }

  private PaymentIntent stripe() throws StripeException {
    PaymentIntent intent = stripe.v1().paymentIntents().create(params);
    if (!"succeeded".equals(intent.getStatus())) throw new IllegalStateException(intent.getStatus());
    return intent;
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
}
