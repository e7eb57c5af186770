package io.github.paykka.wire.signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published test vector holds, in code and in docs/signatures.md. */
class SignatureVectorTest {
  static final String MERCHANT = "18356675194960";
  static final long TIMESTAMP = 1745922570644L;
  static final String BODY =
      "{\"merchant_id\":\"18356675194960\",\"timestamp\":1745922570644,\"order_id\":\"GW20620xxxxx6999\","
          + "\"amount\":300,\"currency\":\"USD\",\"capture_final\":true}";
  static final String SIGNED = "merchantId=18356675194960&timestamp=1745922570644&requestBody=" + BODY;
  // computed independently with: openssl dgst -sha256 -sign key.pem signed.txt | base64 -w0
  static final String SIGNATURE =
      "NS+T/OEC2XWiwFy8IJJzkXBGH1UuMtZDyKlJG9/3/gLBycKS4dcWHJ+pbR7uuYSrpzpPtd13++YG53GSKXMo29ECfT84b+dpdIvtvh8xb/a5/OJUO1"
          + "mIkQF1gOz4wrUQehDhk7Orreven7S/PtjhlCKKBT6h00azm+EG/EtW5GdopWaQKM3DemfIJJNt2poxkNcggOJ79k7fI6r9+//nPyLeO3i7woGi"
          + "WHmTRC/8V1YJzDFTUpet/9iRHk4xF4WvaC4aMuiCVEUaVZgcLscsluTtC4N6IvY7pPtgn7ts17aUpbG+J3k36apbMeliXLNeZJNw9wTz6sFsgQ"
          + "I9QigKww==";
  static final String RESPONSE_BODY = "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\"}";
  static final String RESPONSE_SIGNATURE =
      "na61FSTo9hY2EAhtoZrfXl9R1yvKrVTgQh6VtiAv/HVE9ARXjUc5RE7QEHmiHYacf9vbB5J75/nudgDH5umPC5kw5utSLvryp0ai3YGcszesIpgs"
          + "ndp5KbWO3JgEs//b7sc3y76sHFGILb3WWNLNZbiL0fMWVm5iBkOGaD21ap0pnglEjTiOT3AVtXAx1skGG1DL66rjerlh9ihryHSIDNlAYiXFm"
          + "oWM8chgd8Sitr+BaE0Pw0KEdtFhvUmDUlppKXr0DrVxU9fLsXEHx61s1jkd4dVil1JCbgOeHEBq0dhyj9UesDsgISYDBvbI79HosvDzlUy4Z+YL"
          + "9w+cGOR1/A==";

  private final Signer signer = Signer.rsa(TestKeyFiles.privateKey());
  private final SignatureScheme scheme =
      SignatureScheme.builder().clock(Clock.fixed(Instant.ofEpochMilli(TIMESTAMP + 1000), ZoneOffset.UTC)).build();

  @Test
  void signedStringIsTheDocumentedForm() {
    assertThat(new String(SignatureScheme.signedBytes(MERCHANT, TIMESTAMP, BODY.getBytes(UTF_8)), UTF_8))
        .isEqualTo(SIGNED);
  }

  @Test
  void requestSignatureIsTheVector() {
    String header = scheme.signRequest(signer, MERCHANT, TIMESTAMP, BODY.getBytes(UTF_8));
    assertThat(header).isEqualTo(urlEncoded(SIGNATURE));
    assertThat(scheme.verifyRequest(List.of(TestKeyFiles.publicKey()), header, BODY.getBytes(UTF_8)).get())
        .isEqualTo(new SignedFields(MERCHANT, TIMESTAMP, 0));
    // not URL-encoded is accepted too
    assertThat(scheme.verifyRequest(List.of(TestKeyFiles.publicKey()), SIGNATURE, BODY.getBytes(UTF_8)).isRight())
        .isTrue();
  }

  @Test
  void responseSignatureIsTheVector() {
    assertThat(scheme.signResponse(signer, RESPONSE_BODY.getBytes(UTF_8))).isEqualTo(urlEncoded(RESPONSE_SIGNATURE));
    assertThat(
            scheme
                .verifyResponse(List.of(TestKeyFiles.publicKey()), RESPONSE_SIGNATURE, RESPONSE_BODY.getBytes(UTF_8))
                .get())
        .isEqualTo(new VerifiedResponse(0));
    assertThat(Base64.getDecoder().decode(RESPONSE_SIGNATURE)).hasSize(256);
  }

  @Test
  void docsPublishTheSameVector() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "signatures.md"), UTF_8);
    assertThat(docs)
        .contains(BODY)
        .contains(SIGNED)
        .contains(SIGNATURE)
        .contains(urlEncoded(SIGNATURE))
        .contains(RESPONSE_BODY)
        .contains(RESPONSE_SIGNATURE)
        .contains("`" + MERCHANT + "`")
        .contains("`" + TIMESTAMP + "`")
        .contains("TEST KEY - NEVER USE IN PRODUCTION");
    String pub = TestKeyFiles.withoutComment("public.pem").strip();
    String priv = TestKeyFiles.withoutComment("pkcs8.pem").strip();
    assertThat(docs).contains(pub).contains(priv);
  }

  static String urlEncoded(String base64) {
    return base64.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
  }
}
