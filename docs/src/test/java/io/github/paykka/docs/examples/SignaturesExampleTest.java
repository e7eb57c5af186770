package io.github.paykka.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

// region imports-sign-verify
import io.github.paykka.testkit.sandbox.TestKeys;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.signature.PemKeys;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.github.paykka.wire.signature.VerifiedResponse;
import io.vavr.control.Either;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
// endregion
import io.github.paykka.wire.signature.SignedFields;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** signatures.md's example, run: sign what you send, verify what you receive, on the raw bytes. */
class SignaturesExampleTest {

  @Test
  void signRequestAndVerifyAnswer() {
    // region sign-verify
    TestKeys.TestKeyPair merchant = TestKeys.generate();          // yours, from your secret store: a test key here
    TestKeys.TestKeyPair platform = TestKeys.generate();          // PayKKa's; the test plays PayKKa below
    String pemFromYourSecretStore = merchant.privateKeyPem();
    PublicKey platformKey = platform.publicKey();                 // PemKeys.publicKey(pem) of PayKKa's key

    PrivateKey key = PemKeys.privateKey(pemFromYourSecretStore);   // once, at start-up
    Signer signer = Signer.rsa(key);
    SignatureScheme scheme = SignatureScheme.standard();
    WireCodec codec = WireCodec.create();

    String merchantId = "18356675194960";
    long timestamp = System.currentTimeMillis();
    byte[] body = codec.encode(Map.of("merchant_id", merchantId, "timestamp", timestamp));   // the exact bytes sent
    String header = scheme.signRequest(signer, merchantId, timestamp, body);               // the signature header

    // PayKKa's answer (made here by the test, with PayKKa's key): verify the raw bytes before parsing them
    byte[] responseBytes = codec.encode(Envelope.success(null));
    String responseSignature = scheme.signResponse(platform.signer(), responseBytes);
    Either<SignatureFailure, VerifiedResponse> ok =
        scheme.verifyResponse(List.of(platformKey), responseSignature, responseBytes);
    // endregion

    assertThat(ok.isRight()).isTrue();
    Either<SignatureFailure, SignedFields> check = SignatureScheme.builder()
        .clock(Clock.fixed(Instant.ofEpochMilli(timestamp), ZoneOffset.UTC)).build()
        .verifyRequest(List.of(merchant.publicKey()), header, body);
    assertThat(check.isRight()).isTrue();
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("1835", "1836").getBytes(StandardCharsets.UTF_8);
    assertThat(scheme.verifyRequest(List.of(merchant.publicKey()), header, tampered).isLeft()).isTrue();
    byte[] changedAnswer = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success!\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(scheme.verifyResponse(List.of(platformKey), responseSignature, changedAnswer).isLeft()).isTrue();
  }
}
