package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.signature.SignatureScheme;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.function.UnaryOperator;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers are verified on their raw bytes before decoding: a tampered, unsigned or foreign-signed answer is
 * {@code Unauthentic}; an authentic answer with fields and enum values this version does not know decodes. The
 * changes are made by an OkHttp network interceptor of the caller's client, on the real HTTP answer.
 */
class AuthenticityTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  private static Interceptor rewriting(UnaryOperator<Response> change) {
    return chain -> {
      Response response = chain.proceed(chain.request());
      return chain.request().url().encodedPath().endsWith("/query") ? change.apply(response) : response;
    };
  }

  private static byte[] body(Response r) {
    try {
      return r.body().bytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Either<GatewayFailure, PaymentResult> queryThrough(Interceptor interceptor) {
    PaymentResult order = SANDBOX.adapter().initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)))
        .get();
    OkHttpClient callers = new OkHttpClient.Builder().addNetworkInterceptor(interceptor).build();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().okHttpClient(callers).build()) {
      return adapter.query(PaymentLookup.byOrderId(order.order().orderId()));
    } finally {
      callers.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void aResponseWithOneByteFlippedIsUnauthentic() {
    GatewayFailure failure = queryThrough(rewriting(r -> {
      byte[] b = body(r);
      b[b.length / 2] ^= 0x01;
      return r.newBuilder().body(ResponseBody.create(b, r.body().contentType())).build();
    })).getLeft();

    assertThat(failure).isInstanceOf(GatewayFailure.Unauthentic.class);
    assertThat(failure.message()).contains("does not match");
  }

  @Test
  void anUnsignedResponseIsUnauthentic() {
    GatewayFailure failure = queryThrough(rewriting(r -> r.newBuilder().removeHeader("signature").build())).getLeft();

    assertThat(failure).isInstanceOf(GatewayFailure.Unauthentic.class);
    assertThat(failure.message()).contains("signature header missing");
  }

  @Test
  void aResponseSignedWithAnotherKeyIsUnauthentic() {
    TestKeys.TestKeyPair other = TestKeys.generate();
    SignatureScheme scheme = SignatureScheme.standard();
    GatewayFailure failure = queryThrough(rewriting(r -> {
      byte[] b = body(r);
      return r.newBuilder()
          .header("signature", scheme.signResponse(other.signer(), b))
          .body(ResponseBody.create(b, r.body().contentType()))
          .build();
    })).getLeft();

    assertThat(failure).isInstanceOf(GatewayFailure.Unauthentic.class);
  }

  @Test
  void anAuthenticResponseWithUnknownFieldsAndEnumValuesDecodes() {
    ObjectMapper json = new ObjectMapper();
    SignatureScheme scheme = SignatureScheme.standard();
    Either<GatewayFailure, PaymentResult> result = queryThrough(rewriting(r -> {
      try {
        ObjectNode root = (ObjectNode) json.readTree(body(r));
        root.put("brand_new_top_level", "x");
        ObjectNode data = (ObjectNode) root.get("data");
        data.putObject("risk_assessment").put("score", 12).putArray("rules").add("R1");
        data.put("authorisation_type", "INCREMENTAL_AUTH");
        ((ObjectNode) data.get("balances")).put("able_to_chargeback_amount", 5);
        byte[] changed = json.writeValueAsBytes(root);
        return r.newBuilder()
            .header("signature", scheme.signResponse(SandboxFixture.PLATFORM_KEYS.signer(), changed))
            .body(ResponseBody.create(changed, r.body().contentType()))
            .build();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }));

    assertThat(result.isRight()).as("%s", result).isTrue();
    assertThat(result.get().order().amount()).isEqualTo(TestRequests.usd(1000));
  }

  @Test
  void theCallersClientIsLeftUntouchedAndRunning() {
    OkHttpClient callers = new OkHttpClient.Builder().build();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().okHttpClient(callers).build()) {
      assertThat(adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS))).isRight()).isTrue();
    }
    assertThat(callers.retryOnConnectionFailure()).isTrue();
    assertThat(callers.networkInterceptors()).isEmpty();
    assertThat(callers.dispatcher().executorService().isShutdown()).isFalse();
    callers.dispatcher().executorService().shutdown();
  }
}
