package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.ports.Operation;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A tiny PayKKa client for tests: signs with the wire SignatureScheme, sends over real HTTP, verifies answers. */
final class SandboxClient {
  final URI base;
  final String merchantId;
  final Signer signer;
  final PublicKey platformKey;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final SignatureScheme scheme = SignatureScheme.standard();

  SandboxClient(URI base, String merchantId, Signer signer, PublicKey platformKey) {
    this.base = base;
    this.merchantId = merchantId;
    this.signer = signer;
    this.platformKey = platformKey;
  }

  /** A JSON body with merchant_id, timestamp (now) and the given fields (values already JSON). */
  String body(String... fieldsAndJsonValues) {
    return bodyAt(System.currentTimeMillis(), fieldsAndJsonValues);
  }

  String bodyAt(long timestamp, String... kv) {
    StringBuilder sb = new StringBuilder("{\"merchant_id\":\"").append(merchantId).append("\",\"timestamp\":").append(timestamp);
    for (int i = 0; i < kv.length; i += 2) sb.append(",\"").append(kv[i]).append("\":").append(kv[i + 1]);
    return sb.append('}').toString();
  }

  static String q(String s) {
    return "\"" + s + "\"";
  }

  /** POSTs a correctly signed body. */
  Answer post(Operation operation, String body) throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(UTF_8);
    return send(path(operation), bytes, signedHeaders(bytes));
  }

  /** The path of {@code operation}, from the wire table, with its leading {@code /}. */
  static String path(Operation operation) {
    return "/" + WireOperation.of(operation).path();
  }

  Map<String, String> signedHeaders(byte[] bytes) {
    var tree = io.github.paykka.wire.WireCodec.create().tree(bytes).get();
    String signature =
        scheme.signRequest(signer, tree.get("merchant_id").asText(), tree.get("timestamp").asLong(), bytes);
    return Map.of(
        PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON,
        PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256,
        PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2,
        PaykkaHeaders.SIGNATURE, signature);
  }

  Answer send(String path, byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(rb::header);
    HttpResponse<byte[]> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(r.statusCode(), r.body(), r.headers().firstValue(PaykkaHeaders.SIGNATURE).orElse(null), this);
  }

  /** An answer: HTTP status, raw body, its signature header. */
  record Answer(int status, byte[] body, String signature, SandboxClient client) {
    String text() {
      return new String(body, UTF_8);
    }

    com.fasterxml.jackson.databind.JsonNode json() {
      return io.github.paykka.wire.WireCodec.create().tree(body).get();
    }

    String retCode() {
      return json().get("ret_code").asText();
    }

    String retMsg() {
      return json().path("ret_msg").asText();
    }

    com.fasterxml.jackson.databind.JsonNode data() {
      return json().path("data");
    }

    boolean signedByPlatform() {
      return client.scheme.verifyResponse(List.of(client.platformKey), signature, body).isRight();
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + text();
    }
  }
}
