package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.github.paykka.wire.signature.SignedFields;
import io.github.paykka.wire.signature.VerifiedResponse;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** signatures.md's example, run: sign what you send, verify what you receive, on the raw bytes. */
class SignaturesExampleTest {
  private final TestKeys.TestKeyPair merchant = TestKeys.generate();
  private final TestKeys.TestKeyPair platform = TestKeys.generate();

  @Test
  void signRequestAndVerifyAnswer() {
    String pemFromYourSecretStore = merchant.privateKeyPem();
    PublicKey platformKey = platform.publicKey();
    WireCodec codec = WireCodec.create();
    Map<String, Object> request = Map.of("merchant_id", "18356675194960", "timestamp", 1745922570644L);
    String merchantId = "18356675194960";
    long timestamp = 1745922570644L;
    byte[] responseBytes = codec.encode(Envelope.success(null));
    String responseSignature = SignatureScheme.standard().signResponse(platform.signer(), responseBytes);

    // region sign-verify
    PrivateKey key = PemKeys.privateKey(pemFromYourSecretStore);   // once, at start-up
    Signer signer = Signer.rsa(key);
    SignatureScheme scheme = SignatureScheme.standard();

    byte[] body = codec.encode(request);                           // the exact bytes you will send
    String header = scheme.signRequest(signer, merchantId, timestamp, body);

    // PayKKa's answer: verify the raw bytes before parsing them
    Either<SignatureFailure, VerifiedResponse> ok =
        scheme.verifyResponse(List.of(platformKey), responseSignature, responseBytes);
    // endregion

    assertThat(ok.isRight()).isTrue();
    Either<SignatureFailure, SignedFields> check = SignatureScheme.builder()
        .clock(java.time.Clock.fixed(java.time.Instant.ofEpochMilli(timestamp), java.time.ZoneOffset.UTC)).build()
        .verifyRequest(List.of(merchant.publicKey()), header, body);
    assertThat(check.isRight()).isTrue();
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("1835", "1836").getBytes(StandardCharsets.UTF_8);
    assertThat(scheme.verifyResponse(List.of(platformKey), responseSignature, tampered).isLeft()).isTrue();
  }
}
