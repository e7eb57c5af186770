package io.github.paykka.testkit.webhook;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Builds signed PayKKa notifications (headers + exact body bytes) for webhook tests, as the sandbox sends them.
 *
 * <p>{@link #payment()} and {@link #refund()} build a test notification with sensible defaults, any field
 * overridable; {@link #sign(PaymentsNotifyReqDto)} and {@link #signRaw} sign a wire record or bytes of your own. Each
 * answers a {@link SignedNotification} whose {@link SignedNotification#headers() headers} and
 * {@link SignedNotification#body() body} go into {@code PaykkaWebhookHandler.handle} as they are, or into an HTTP POST
 * ({@link SignedNotification#httpRequest}).
 *
 * <p>Signing is the wire {@link SignatureScheme}'s notification form, with the platform private key whose public key
 * the webhook under test trusts, over the body's own {@code merchant_id} and {@code timestamp}. Thread-safe.
 */
public final class WebhookTestSigner {
  /** The merchant of notifications built by {@link #payment()} and {@link #refund()} unless another is given. */
  public static final String DEFAULT_MERCHANT_ID = "18000000000000";

  private final Signer platformSigner;
  private final String merchantId;
  private final Clock clock;
  private final SignatureScheme scheme = SignatureScheme.standard();
  private final WireCodec codec = WireCodec.create();
  // identifiers of built notifications: distinct within this signer
  private final AtomicLong built = new AtomicLong();

  private WebhookTestSigner(Signer platformSigner, String merchantId, Clock clock) {
    this.platformSigner = platformSigner;
    this.merchantId = merchantId;
    this.clock = clock;
  }

  /** A signer with the platform private key. */
  public static WebhookTestSigner withPlatformKey(PrivateKey platformPrivateKey) {
    requireNonNull(platformPrivateKey, "platformPrivateKey == null");
    return new WebhookTestSigner(Signer.rsa(platformPrivateKey), DEFAULT_MERCHANT_ID, Clock.systemUTC());
  }

  /** A signer over any {@link Signer} of the platform key. */
  public static WebhookTestSigner with(Signer platformSigner) {
    return new WebhookTestSigner(requireNonNull(platformSigner, "platformSigner == null"), DEFAULT_MERCHANT_ID,
        Clock.systemUTC());
  }

  /** This signer, building notifications of {@code merchantId} by default. */
  public WebhookTestSigner forMerchant(String merchantId) {
    return new WebhookTestSigner(platformSigner, MerchantId.of(merchantId).value(), clock);
  }

  /** This signer, stamping built notifications with {@code clock}'s time by default. */
  public WebhookTestSigner withClock(Clock clock) {
    return new WebhookTestSigner(platformSigner, merchantId, requireNonNull(clock, "clock == null"));
  }

  /** A payment notification to build and sign: {@code PAYMENT.SUCCESS} of a USD 19.99 order unless told otherwise. */
  public TestNotification payment() {
    return new TestNotification(this, false, merchantId, clock, built.incrementAndGet());
  }

  /** A refund notification to build and sign: {@code REFUND.SUCCESS} of USD 19.99 unless told otherwise. */
  public TestNotification refund() {
    return new TestNotification(this, true, merchantId, clock, built.incrementAndGet());
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

  /**
   * Signs raw body bytes over {@code timestampText}, the body's {@code timestamp} exactly as its text appears there
   * (seconds, a string's content, or empty when the body has none).
   */
  public SignedNotification signRaw(byte[] body, String merchantId, String timestampText) {
    requireNonNull(body, "body == null");
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(timestampText, "timestampText == null");
    byte[] copy = body.clone();
    return signed(copy, scheme.signNotification(platformSigner, merchantId, timestampText, copy));
  }

  private SignedNotification signBody(byte[] body, @Nullable String merchantId, @Nullable Long timestamp) {
    if (merchantId == null) throw new IllegalArgumentException("merchant_id is required to sign a notification");
    if (timestamp == null) throw new IllegalArgumentException("timestamp is required to sign a notification");
    return signed(body, scheme.signNotification(platformSigner, merchantId, timestamp, body));
  }

  private static SignedNotification signed(byte[] body, String signature) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(PaykkaHeaders.CONTENT_TYPE, List.of(PaykkaHeaders.APPLICATION_JSON));
    headers.put(PaykkaHeaders.TYPE, List.of(PaykkaHeaders.TYPE_RSA256));
    headers.put(PaykkaHeaders.VERSION, List.of(PaykkaHeaders.VERSION_V1_2));
    headers.put(PaykkaHeaders.SIGNATURE, List.of(signature));
    return new SignedNotification(headers, body);
  }

  @Override
  public String toString() {
    return "WebhookTestSigner[merchant " + merchantId + ", key hidden]";
  }

  /**
   * A signed notification: the headers to send and the exact body bytes, in the form
   * {@code PaykkaWebhookHandler.handle(method, headers, body)} takes them.
   *
   * @param headers {@code Content-Type}, {@code type}, {@code version}, {@code signature}, one value each
   * @param body the body bytes (a copy is returned by {@link #body()})
   */
  public record SignedNotification(Map<String, List<String>> headers, byte[] body) implements SignedDelivery {
    /** Copies the headers and body. */
    public SignedNotification {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      requireNonNull(headers, "headers == null").forEach((k, v) -> copy.put(k, List.copyOf(v)));
      headers = java.util.Collections.unmodifiableMap(copy);
      body = requireNonNull(body, "body == null").clone();
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
      return body.clone();
    }

    /** The {@code signature} header. */
    public String signature() {
      return requireNonNull(header(PaykkaHeaders.SIGNATURE), "no signature header");
    }

    /** This notification as an HTTP POST to {@code url} (your webhook's {@code notify_url}), headers and body as signed. */
    public HttpRequest httpRequest(URI url) {
      requireNonNull(url, "url == null");
      HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
      return request.build();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof SignedNotification s && headers.equals(s.headers) && Arrays.equals(body, s.body);
    }

    @Override
    public int hashCode() {
      return headers.hashCode() * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
      return "SignedNotification[" + body.length + " bytes, signature hidden]";
    }
  }
}
