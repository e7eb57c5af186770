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

/**
 * The peer comparison's setting: one loopback server answering canned bytes (a correctly signed PayKKa answer to the
 * initiate, a Stripe PaymentIntent), the adapter's request and stripe-java's client and parameters.
 */
final class PeerFixture implements AutoCloseable {
  static final String MERCHANT = "M202400000001";
  static final String TRANS_ID = "T174293243204408";

  final TestKeys.TestKeyPair merchant = TestKeys.generate();
  final TestKeys.TestKeyPair platform = TestKeys.generate();
  final CannedServer server;
  final PaymentRequest request;
  final StripeClient stripe;
  final PaymentIntentCreateParams params;

  PeerFixture() throws Exception {
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
  }

  /**
   * An adapter for the server: {@code none} signs with a constant test signer and verifies through
   * {@link PreVerifiedProvider}; {@code rsa} signs and verifies RSA-2048 with the JDK's provider; {@code accp} with
   * Amazon Corretto Crypto Provider.
   */
  PaykkaHttpAdapter adapter(String crypto) {
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
    return b.build();
  }

  Either<GatewayFailure, PaymentResult> pay(PaykkaHttpAdapter adapter) {
    Either<GatewayFailure, PaymentResult> r = adapter.initiate(request);
    if (r.isLeft()) throw new IllegalStateException(r.getLeft().message());
    return r;
  }

  PaymentIntent payWithStripe() throws StripeException {
    PaymentIntent intent = stripe.v1().paymentIntents().create(params);
    if (!"succeeded".equals(intent.getStatus())) throw new IllegalStateException(intent.getStatus());
    return intent;
  }

  @Override
  public void close() {
    server.close();
  }
}
