package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-keys
import io.github.paykka.testkit.junit.PaykkaSandboxExtension;
import io.github.paykka.testkit.junit.PaykkaSandboxExtension.SandboxKeys;
import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.signature.PemKeys;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
// endregion
// region imports-kms
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.concurrent.atomic.AtomicInteger;
// endregion
// region imports-signer
import io.github.paykka.http.PaykkaEnvironment;
import io.github.paykka.http.PaykkaHttpAdapter;
import io.github.paykka.wire.signature.Signer;
// endregion
// region imports-masking
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
// endregion
// region imports-provider
import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
// endregion
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Either;
import java.security.Security;

/** security.md's examples, run against the sandbox. */
// region keys
@ExtendWith(PaykkaSandboxExtension.class)      // keys and a local PayKKa for the examples (testing.md)
class SecurityExampleTest {

  @Test
  void keysAreParsedOnce(PaykkaSandbox sandbox, SandboxKeys keys) {
    String pemFromYourSecretStore = keys.merchant().privateKeyPem();             // here from the test's keys
    String platformPem = TestKeys.publicKeyPem(sandbox.platformPublicKey());     // PayKKa's public key, PEM
    PrivateKey merchantKey = PemKeys.privateKey(pemFromYourSecretStore);  // PKCS#8, PKCS#1 or bare Base64
    PublicKey platformKey = PemKeys.publicKey(platformPem);               // SPKI PEM or bare Base64
    // parse once at start-up; a KeyFormatException says what is wrong and never quotes the key
    // endregion
    assertThat(merchantKey.getAlgorithm()).isEqualTo("RSA");
    assertThat(platformKey).isEqualTo(sandbox.platformPublicKey());
  }

  // region kms
  /** Stands in for your HSM or KMS client: the key never leaves it. */
  static final class KeyService {
    private final PrivateKey key;
    final AtomicInteger calls = new AtomicInteger();

    KeyService(PrivateKey key) {
      this.key = key;
    }

    /** What a KMS "sign" call does: SHA256withRSA (PKCS#1 v1.5) over the message, the raw signature back. */
    byte[] signSha256Rsa(String keyId, byte[] message) {
      calls.incrementAndGet();
      try {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(message);
        return s.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("signing with " + keyId + " failed", e);
      }
    }
  }
  // endregion

  @Test
  void aSignerOfYourOwn(PaykkaSandbox sandbox, SandboxKeys keys) {
    // region signer
    KeyService kms = new KeyService(keys.merchant().privateKey());   // your HSM or KMS client
    Signer signer = new Signer() {
      @Override
      public byte[] sign(byte[] data) {
        // the exact bytes PayKKa verifies; answer the raw signature (not Base64), throw without key material
        return kms.signSha256Rsa("paykka-merchant-key-2025", data);
      }

      @Override
      public String toString() {
        return "KmsSigner[paykka-merchant-key-2025]";
      }
    };

    PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .signer(signer)                                   // instead of merchantPrivateKey(...)
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .build();
    // endregion
    try (paykka) {
      Either<GatewayFailure, PaymentResult> paid =
          paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));
      assertThat(paid.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
      assertThat(kms.calls.get()).isEqualTo(1);
    }
  }

  @Test
  void aFasterSignatureProvider(PaykkaSandbox sandbox, SandboxKeys keys) {
    // region provider
    List<Notification> received = new ArrayList<>();        // your listener
    Provider accp = AmazonCorrettoCryptoProvider.INSTANCE;   // software.amazon.cryptools:AmazonCorrettoCryptoProvider

    PaykkaHttpAdapter paykka = PaykkaHttpAdapter.builder()
        .merchantId(keys.merchantId())
        .merchantPrivateKey(keys.merchant().privateKeyPem())
        .platformPublicKey(sandbox.platformPublicKey())
        .environment(PaykkaEnvironment.local(sandbox.baseUrl().toString()))
        .signatureProvider(accp)                          // signs requests, verifies answers
        .build();

    PaykkaWebhookHandler webhook = PaykkaWebhookHandler.builder()
        .merchantId(keys.merchantId())
        .platformPublicKey(sandbox.platformPublicKey())
        .listener(received::add)
        .signatureProvider(accp)                          // verifies notifications
        .build();
    // nothing is installed JVM-wide: Security.getProviders() is as it was
    // endregion
    try (paykka) {
      Either<GatewayFailure, PaymentResult> paid =
          paykka.initiate(TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS)));
      // signed by ACCP, verified by the sandbox with the JDK's own provider; its answer verified by ACCP
      assertThat(paid.get().order().status()).isEqualTo(OrderStatus.SUCCESS);
    }
    assertThat(webhook.toString()).contains(keys.merchantId());
    assertThat(Security.getProvider(accp.getName())).isNull();
  }

  @Test
  void noCardDataInToString() {
    // region masking
    PaymentRequest request = TestRequests.valid(TestRequests.purchase(TestCard.VISA_SUCCESS));
    String logged = request.toString();
    // shows the card as 424242******4242 at most, the CVV as ***
    // endregion
    assertThat(logged).doesNotContain("4242424242424242").doesNotContain("123,").doesNotContain("=123");
    assertThat(logged).contains("4242");
    assertThat(TestCard.VISA_SUCCESS.instrument().toString()).doesNotContain("4242424242424242").doesNotContain("123");
  }
}
