package io.github.paykka.testkit.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds signed PayKKa notifications (headers + exact body bytes) for webhook tests, as the sandbox sends them.
 *
 * <p>Signing is the wire {@link SignatureScheme}'s notification form, with the platform private key whose public key
 * the webhook under test trusts. The body is the codec's encoding of the given record, whose {@code merchant_id} and
 * {@code timestamp} are the signed ones. Thread-safe.
 */
public final class WebhookTestSigner {
  private final Signer platformSigner;
  private final SignatureScheme scheme = SignatureScheme.standard();
  private final WireCodec codec = WireCodec.create();

  private WebhookTestSigner(Signer platformSigner) {
    this.platformSigner = platformSigner;
  }

  /** A signer with the platform private key. */
  public static WebhookTestSigner withPlatformKey(PrivateKey platformPrivateKey) {
    requireNonNull(platformPrivateKey, "platformPrivateKey == null");
    return new WebhookTestSigner(Signer.rsa(platformPrivateKey));
  }

  /** A signer over any {@link Signer} of the platform key. */
  public static WebhookTestSigner with(Signer platformSigner) {
    return new WebhookTestSigner(requireNonNull(platformSigner, "platformSigner == null"));
  }

  /**
   * Signs a payment notification.
   *
   * @throws IllegalArgumentException if {@code merchant_id} or {@code timestamp} is missing
   */
  public SignedNotification sign(PaymentsNotifyReqDto notification) {
    requireNonNull(notification, "notification == null");
    return signBody(codec.encode(notification), notification.merchantId(), notification.timestamp());
  }

  /**
   * Signs a refund notification.
   *
   * @throws IllegalArgumentException if {@code merchant_id} or {@code timestamp} is missing
   */
  public SignedNotification sign(RefundNotifyReqDto notification) {
    requireNonNull(notification, "notification == null");
    return signBody(codec.encode(notification), notification.merchantId(), notification.timestamp());
  }

  /**
   * Signs raw body bytes (for malformed or hand-written bodies) as a notification of {@code merchantId} at
   * {@code timestamp}; the body should carry the same values.
   */
  public SignedNotification signRaw(byte[] body, String merchantId, long timestamp) {
    requireNonNull(body, "body == null");
    return signBody(body.clone(), merchantId, timestamp);
  }

  private SignedNotification signBody(byte[] body, String merchantId, Long timestamp) {
    if (merchantId == null) throw new IllegalArgumentException("merchant_id is required to sign a notification");
    if (timestamp == null) throw new IllegalArgumentException("timestamp is required to sign a notification");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(PaykkaHeaders.CONTENT_TYPE, PaykkaHeaders.APPLICATION_JSON);
    headers.put(PaykkaHeaders.TYPE, PaykkaHeaders.TYPE_RSA256);
    headers.put(PaykkaHeaders.VERSION, PaykkaHeaders.VERSION_V1_2);
    headers.put(PaykkaHeaders.SIGNATURE, scheme.signNotification(platformSigner, merchantId, timestamp, body));
    return new SignedNotification(headers, body);
  }

  @Override
  public String toString() {
    return "WebhookTestSigner[key hidden]";
  }

  /**
   * A signed notification: the headers to send and the exact body bytes.
   *
   * @param headers {@code Content-Type}, {@code type}, {@code version}, {@code signature}
   * @param body the body bytes (a copy is returned by {@link #body()})
   */
  public record SignedNotification(Map<String, String> headers, byte[] body) {
    /** Copies the headers and body. */
    public SignedNotification {
      headers = Map.copyOf(requireNonNull(headers, "headers == null"));
      body = requireNonNull(body, "body == null").clone();
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
      return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
      return new String(body, UTF_8);
    }

    /** The {@code signature} header. */
    public String signature() {
      return headers.get(PaykkaHeaders.SIGNATURE);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SignedNotification s && headers.equals(s.headers) && java.util.Arrays.equals(body, s.body);
    }

    @Override
    public int hashCode() {
      return headers.hashCode() * 31 + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
      return "SignedNotification[" + body.length + " bytes, signature hidden]";
    }
  }
}
