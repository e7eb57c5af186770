package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.vavr.control.Either;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code signatureProvider}: the provider named signs each request made with a private key and verifies each answer,
 * against the sandbox (which verifies with the JDK's own), and nothing is installed JVM-wide; a signer of the user's
 * own still signs, the provider then only verifies.
 */
class SignatureProviderSettingTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  @Test
  void theNamedProviderSignsAndVerifiesEveryCall() {
    List<String> before = Arrays.stream(Security.getProviders()).map(Provider::getName).toList();
    CountingProvider counting = new CountingProvider();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().signatureProvider(counting).build()) {
      Either<GatewayFailure, PaymentResult> r =
          adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));

      assertThat(r.isRight()).as(r.toString()).isTrue();
      assertThat(counting.signatures).hasValue(1);
      assertThat(counting.verifications).hasValue(1);
    }
    assertThat(Arrays.stream(Security.getProviders()).map(Provider::getName).toList()).isEqualTo(before);
  }

  @Test
  void aSignerOfYourOwnSignsAndTheProviderOnlyVerifies() {
    CountingProvider counting = new CountingProvider();
    TestKeys.TestKeyPair merchant = SandboxFixture.MERCHANT_KEYS;
    int[] own = new int[1];
    try (PaykkaHttpAdapter adapter = PaykkaHttpAdapter.builder()
        .merchantId(SandboxFixture.MERCHANT_ID)
        .signer(data -> {
          own[0]++;
          return merchant.signer().sign(data);
        })
        .platformPublicKey(SandboxFixture.PLATFORM_KEYS.publicKey())
        .environment(PaykkaEnvironment.local(SANDBOX.sandbox().baseUrl().toString()))
        .signatureProvider(counting)
        .build()) {
      Either<GatewayFailure, PaymentResult> r =
          adapter.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));

      assertThat(r.isRight()).as(r.toString()).isTrue();
      assertThat(own[0]).isEqualTo(1);
      assertThat(counting.signatures).hasValue(0);
      assertThat(counting.verifications).hasValue(1);
    }
  }

  @Test
  void aProviderWithoutSha256WithRsaIsRefusedByName() {
    Provider none = new Provider("Empty", "1", "nothing") {
      private static final long serialVersionUID = 1L;
    };
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().signatureProvider(none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("signatureProvider");
    assertThatThrownBy(() -> PaykkaHttpAdapter.builder().signatureProvider(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("signatureProvider");
  }
}
