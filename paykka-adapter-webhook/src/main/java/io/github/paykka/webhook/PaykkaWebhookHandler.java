package io.github.paykka.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.webhook.internal.BoundedBody;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.mapping.MappingError;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.NotifyType;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.SignedFields;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles PayKKa notifications, framework-free: {@code (method, headers, raw body) -> (status, headers, body)}.
 *
 * <p>For each delivery, in this order:
 *
 * <ol>
 *   <li>refuse anything but {@code POST} (405) and a body over the size limit (413);
 *   <li>verify the {@code signature} header on the raw bytes against the platform public key(s) (several, for key
 *       rotation), and the signed {@code timestamp} against the clock (401 if either fails);
 *   <li>parse the body into a {@link io.github.paykka.domain.notification.PaymentNotification} or a
 *       {@link io.github.paykka.domain.notification.RefundNotification} (400 with a reason if it cannot be read; a
 *       {@code notify_type} this version does not know is acknowledged and reported to {@code onUnknown});
 *   <li>claim its {@link Notification#deduplicationKey()} in the {@link NotificationInbox}: processed before, answer
 *       200 without calling the listener; being processed by another delivery right now, answer 503;
 *   <li>call the {@link NotificationListener}: if it throws, release the claim and answer 500, so PayKKa delivers
 *       again; otherwise record the key in the inbox and acknowledge with 200
 *       {@code {"ret_code":"000000","ret_msg":"Success"}}.
 * </ol>
 *
 * <p>Contract: {@link #handle} never throws for any method, header map or body (only for {@code null} arguments, or
 * an {@link Error} thrown by the listener); every call ends in one {@link WebhookOutcome}, logged once through SLF4J
 * (logger {@code io.github.paykka.webhook.PaykkaWebhookHandler}; processed and duplicate at DEBUG, refusals at WARN,
 * failures of the listener or inbox at ERROR) without card data, bodies or signatures. Thread-safe: one instance
 * serves every request.
 *
 * <p>Assumption (PAYKKA-FACTS.md, held in the wire module's {@link SignatureScheme}): PayKKa signs a notification
 * like a request, {@code merchantId=..&timestamp=..&requestBody=<raw body>}, with its platform key.
 */
public final class PaykkaWebhookHandler {
  /** The default body size limit: 64 KiB, far above any notification PayKKa documents. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  /** The largest body size limit a handler accepts: 16 MiB. */
  public static final int MAX_MAX_BODY_BYTES = 16 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(PaykkaWebhookHandler.class);
  private static final Map<String, String> JSON = Map.of(PaykkaHeaders.CONTENT_TYPE, "application/json; charset=utf-8");

  private final List<PublicKey> platformKeys;
  private final NotificationListener listener;
  private final NotificationInbox inbox;
  private final SignatureScheme scheme;
  private final int maxBodyBytes;
  private final @Nullable MerchantId merchantId;
  private final @Nullable Consumer<? super UnknownNotification> onUnknown;
  private final @Nullable Consumer<? super WebhookOutcome> onOutcome;
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();

  private PaykkaWebhookHandler(Builder b) {
    this.platformKeys = List.copyOf(b.platformKeys);
    this.listener = requireNonNull(b.listener);
    this.inbox = b.inbox != null ? b.inbox : InMemoryNotificationInbox.create();
    this.scheme = SignatureScheme.builder().clock(b.clock).freshness(b.freshness).build();
    this.maxBodyBytes = b.maxBodyBytes;
    this.merchantId = b.merchantId;
    this.onUnknown = b.onUnknown;
    this.onOutcome = b.onOutcome;
  }

  /** A builder; platform key(s) and listener are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The body size limit in bytes; bindings stop reading one byte past it. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Handles one delivery whose body was read already.
   *
   * @param method the HTTP method
   * @param headers the request headers; names are matched case-insensitively, {@code null} names and values are
   *     ignored
   * @param rawBody the body exactly as received
   * @return the response to send; never {@code null}
   */
  public WebhookResponse handle(String method, Map<String, ? extends List<String>> headers, byte[] rawBody) {
    requireNonNull(method, "method == null");
    requireNonNull(headers, "headers == null");
    requireNonNull(rawBody, "rawBody == null");
    if (!isPost(method)) return finish(methodNotAllowed(method));
    if (rawBody.length > maxBodyBytes) return finish(tooLarge());
    return finish(verified(headers, rawBody));
  }

  /**
   * Handles one delivery, reading the body from {@code body} up to the size limit: never more than
   * {@link #maxBodyBytes()} + 1 bytes are read, whatever {@code Content-Length} says. The stream is not closed.
   *
   * @see #handle(String, Map, byte[])
   */
  public WebhookResponse handle(String method, Map<String, ? extends List<String>> headers, InputStream body) {
    requireNonNull(method, "method == null");
    requireNonNull(headers, "headers == null");
    requireNonNull(body, "body == null");
    if (!isPost(method)) return finish(methodNotAllowed(method));
    // a declared length over the limit is refused without reading; a missing or false one is caught while reading
    String declared = single(headers, "Content-Length");
    if (declared != null && declaredTooLong(declared)) return finish(tooLarge());
    byte[] raw;
    try {
      raw = BoundedBody.read(body, maxBodyBytes);
    } catch (IOException e) {
      return finish(respond(new WebhookOutcome.Malformed("body unreadable (" + e.getClass().getSimpleName() + ")"),
          "010000", "body unreadable"));
    }
    if (raw == null) return finish(tooLarge());
    return finish(verified(headers, raw));
  }

  private Answer verified(Map<String, ? extends List<String>> headers, byte[] raw) {
    List<String> signatures = all(headers, PaykkaHeaders.SIGNATURE);
    if (signatures.size() > 1) {
      return respond(new WebhookOutcome.Unauthentic("several signature headers"), "206003", "signature error");
    }
    String type = single(headers, PaykkaHeaders.TYPE);
    if (type != null && !PaykkaHeaders.TYPE_RSA256.equalsIgnoreCase(type.strip())) {
      return respond(new WebhookOutcome.Unauthentic("unsupported signature type"), "206003", "signature error");
    }
    Either<SignatureFailure, SignedFields> verification;
    try {
      verification = scheme.verifyNotification(platformKeys, signatures.isEmpty() ? null : signatures.get(0), raw);
    } catch (RuntimeException e) {
      // the scheme answers with values; this is a last resort so that no input can make handle() throw
      return respond(new WebhookOutcome.Unauthentic("verification error (" + e.getClass().getSimpleName() + ")"),
          "206003", "signature error");
    }
    if (verification.isLeft()) return unauthentic(verification.getLeft());
    SignedFields signed = verification.get();
    if (merchantId != null && !merchantId.value().equals(signed.merchantId())) {
      return respond(new WebhookOutcome.Unauthentic("signed for another merchant"), "206003", "signature error");
    }
    return parsed(signed, raw);
  }

  private Answer parsed(SignedFields signed, byte[] raw) {
    Either<WireError, PaymentsNotifyReqDto> payment = codec.decode(raw, PaymentsNotifyReqDto.class);
    if (payment.isLeft()) return malformed(payment.getLeft().describe());
    NotifyType type = payment.get().notifyType();
    if (type == null) return malformed("missing required field $.notify_type");
    if (type == NotifyType.UNKNOWN) return unknown(signed, raw);
    Either<MappingError, ? extends Notification> notification;
    if (type == NotifyType.REFUND_SUCCESS || type == NotifyType.REFUND_FAILURE) {
      Either<WireError, RefundNotifyReqDto> refund = codec.decode(raw, RefundNotifyReqDto.class);
      if (refund.isLeft()) return malformed(refund.getLeft().describe());
      notification = mapper.refundNotification(refund.get());
    } else {
      notification = mapper.paymentNotification(payment.get());
    }
    if (notification.isLeft()) return malformed(notification.getLeft().describe());
    return dispatched(notification.get());
  }

  private Answer dispatched(Notification notification) {
    String key = notification.deduplicationKey();
    NotificationInbox.Claim claim;
    try {
      claim = requireNonNull(inbox.claim(key), "inbox answered null");
    } catch (RuntimeException e) {
      return respond(new WebhookOutcome.InboxFailed(notification, "claim", e), "999999", "busy, deliver again");
    }
    if (claim instanceof NotificationInbox.Claim.AlreadyProcessed) {
      return respond(new WebhookOutcome.Duplicate(notification), "000000", "Success");
    }
    if (!(claim instanceof NotificationInbox.Claim.Acquired acquired)) {
      return respond(new WebhookOutcome.InProgress(notification), "999999", "busy, deliver again");
    }
    boolean recorded = false;
    try {
      try {
        listener.onNotification(notification);
      } catch (Exception e) {
        if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        return respond(new WebhookOutcome.ListenerFailed(notification, e), "999999", "not processed, deliver again");
      }
      try {
        inbox.complete(acquired);
        recorded = true;
      } catch (RuntimeException e) {
        return respond(new WebhookOutcome.InboxFailed(notification, "complete", e), "999999",
            "not processed, deliver again");
      }
      return respond(new WebhookOutcome.Processed(notification), "000000", "Success");
    } finally {
      // nothing recorded (the listener threw, even an Error, or the inbox failed): let the redelivery through
      if (!recorded) release(acquired);
    }
  }

  private Answer unknown(SignedFields signed, byte[] raw) {
    String notifyType = codec.tree(raw).map(t -> t.path("notify_type").asText("")).getOrElse("");
    UnknownNotification unknown =
        new UnknownNotification(notifyType, signed.merchantId(), signed.timestamp(), new String(raw, UTF_8));
    Answer answer = respond(new WebhookOutcome.UnknownType(unknown), "000000", "Success");
    if (onUnknown != null) {
      try {
        onUnknown.accept(unknown);
      } catch (RuntimeException e) {
        // the hook reports; its failure must not turn a new kind of notification into endless redelivery
        answer.note = "; onUnknown threw " + e.getClass().getName();
      }
    }
    return answer;
  }

  private void release(NotificationInbox.Claim.Acquired claim) {
    try {
      inbox.release(claim);
    } catch (RuntimeException e) {
      // a durable inbox lets claims expire; nothing else to do here, the outcome is logged by the caller
      LOG.warn("inbox failed to release {} with {}", claim.key(), e.getClass().getName());
    }
  }

  private static Answer unauthentic(SignatureFailure failure) {
    if (failure instanceof SignatureFailure.UnreadableBody) {
      return respond(new WebhookOutcome.Malformed(failure.describe()), "010000", "invalid notification");
    }
    String code;
    String message;
    if (failure instanceof SignatureFailure.Missing) {
      code = "206002";
      message = "signature not found";
    } else if (failure instanceof SignatureFailure.Stale) {
      code = "206004";
      message = "signature expired";
    } else {
      code = "206003";
      message = "signature error";
    }
    return respond(new WebhookOutcome.Unauthentic(failure.describe()), code, message);
  }

  private static Answer malformed(String reason) {
    return respond(new WebhookOutcome.Malformed(reason), "010000", "invalid notification: " + reason);
  }

  private static Answer methodNotAllowed(String method) {
    Answer a = respond(new WebhookOutcome.MethodNotAllowed(method), "010000", "method not allowed");
    a.headers = Map.of(PaykkaHeaders.CONTENT_TYPE, JSON.get(PaykkaHeaders.CONTENT_TYPE), "Allow", "POST");
    return a;
  }

  private Answer tooLarge() {
    Answer a = respond(new WebhookOutcome.TooLarge(maxBodyBytes), "010005", "body too large");
    // the rest of the body was not read: the connection cannot carry another request
    a.headers = Map.of(PaykkaHeaders.CONTENT_TYPE, JSON.get(PaykkaHeaders.CONTENT_TYPE), "Connection", "close");
    return a;
  }

  private static Answer respond(WebhookOutcome outcome, String retCode, String retMsg) {
    return new Answer(outcome, retCode, retMsg);
  }

  private WebhookResponse finish(Answer answer) {
    WebhookOutcome outcome = answer.outcome;
    if (onOutcome != null) {
      try {
        onOutcome.accept(outcome);
      } catch (RuntimeException e) {
        answer.note += "; onOutcome threw " + e.getClass().getName();
      }
    }
    log(outcome, answer.note);
    String body = "{\"ret_code\":\"" + answer.retCode + "\",\"ret_msg\":\"" + jsonEscape(answer.retMsg) + "\"}";
    return new WebhookResponse(outcome, answer.headers, body.getBytes(UTF_8));
  }

  private static void log(WebhookOutcome outcome, String note) {
    // the one log line of a delivery: routine at DEBUG, anything PayKKa or an operator should look at above
    if (outcome instanceof WebhookOutcome.Processed || outcome instanceof WebhookOutcome.Duplicate) {
      if (LOG.isDebugEnabled()) LOG.debug("PayKKa notification {}: {}{}", outcome.status(), outcome.describe(), note);
    } else if (outcome instanceof WebhookOutcome.ListenerFailed || outcome instanceof WebhookOutcome.InboxFailed) {
      LOG.error("PayKKa notification {}: {}{}", outcome.status(), outcome.describe(), note);
    } else {
      LOG.warn("PayKKa notification {}: {}{}", outcome.status(), outcome.describe(), note);
    }
  }

  private static boolean isPost(String method) {
    return "POST".equalsIgnoreCase(method.strip());
  }

  private boolean declaredTooLong(String declared) {
    String d = declared.strip();
    if (d.isEmpty() || d.length() > 19) return !d.isEmpty();
    for (int i = 0; i < d.length(); i++) {
      if (d.charAt(i) < '0' || d.charAt(i) > '9') return false; // not a number: judged while reading
    }
    return Long.parseLong(d) > maxBodyBytes;
  }

  /** Every non-null value of the header {@code name}, matched case-insensitively. */
  private static List<String> all(Map<String, ? extends List<String>> headers, String name) {
    List<String> out = new ArrayList<>(1);
    for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
      String key = e.getKey();
      List<String> values = e.getValue();
      if (key == null || values == null || !key.strip().equalsIgnoreCase(name)) continue;
      for (String v : values) {
        if (v != null) out.add(v);
      }
    }
    return out;
  }

  private static @Nullable String single(Map<String, ? extends List<String>> headers, String name) {
    List<String> values = all(headers, name);
    return values.isEmpty() ? null : values.get(0);
  }

  private static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "PaykkaWebhookHandler[keys=" + platformKeys.size() + ", maxBodyBytes=" + maxBodyBytes + ", freshness="
        + scheme.freshness() + "]";
  }

  /** A response being assembled. */
  private static final class Answer {
    final WebhookOutcome outcome;
    final String retCode;
    final String retMsg;
    Map<String, String> headers = JSON;
    String note = "";

    Answer(WebhookOutcome outcome, String retCode, String retMsg) {
      this.outcome = outcome;
      this.retCode = retCode;
      this.retMsg = retMsg;
    }
  }

  /** Builds a {@link PaykkaWebhookHandler}; checked at {@link #build()}. */
  public static final class Builder {
    private final List<PublicKey> platformKeys = new ArrayList<>(2);
    private @Nullable NotificationListener listener;
    private @Nullable NotificationInbox inbox;
    private Clock clock = Clock.systemUTC();
    private Duration freshness = Duration.ofMinutes(5);
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private @Nullable MerchantId merchantId;
    private @Nullable Consumer<? super UnknownNotification> onUnknown;
    private @Nullable Consumer<? super WebhookOutcome> onOutcome;

    private Builder() {}

    /**
     * Adds a PayKKa platform public key a notification may be signed with; add the old and the new key while PayKKa
     * rotates. Load keys once, e.g. with {@code io.github.paykka.wire.signature.PemKeys}.
     */
    public Builder platformKey(PublicKey key) {
      platformKeys.add(requireNonNull(key, "key == null"));
      return this;
    }

    /** Adds several platform public keys; see {@link #platformKey}. */
    public Builder platformKeys(Collection<? extends PublicKey> keys) {
      requireNonNull(keys, "keys == null");
      for (PublicKey key : keys) platformKey(key);
      return this;
    }

    /** The application's listener (required). */
    public Builder listener(NotificationListener listener) {
      this.listener = requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * The inbox that deduplicates (default: a new {@link InMemoryNotificationInbox}); give a durable one shared by
     * every instance of the application when there are several.
     */
    public Builder inbox(NotificationInbox inbox) {
      this.inbox = requireNonNull(inbox, "inbox == null");
      return this;
    }

    /** The clock a notification's {@code timestamp} is judged against (default: the UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** How far the signed {@code timestamp} may be from the clock, either direction (default 5 minutes). */
    public Builder freshness(Duration freshness) {
      this.freshness = requireNonNull(freshness, "freshness == null");
      return this;
    }

    /** The largest body accepted, in bytes (default 64 KiB, {@link PaykkaWebhookHandler#DEFAULT_MAX_BODY_BYTES}). */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** If set, a notification signed for another merchant is refused (401): defence against replays across merchants. */
    public Builder merchantId(MerchantId merchantId) {
      this.merchantId = requireNonNull(merchantId, "merchantId == null");
      return this;
    }

    /**
     * Called with each verified notification of an unknown {@code notify_type} before it is acknowledged; what it
     * throws is logged and ignored (the notification is acknowledged anyway).
     */
    public Builder onUnknown(Consumer<? super UnknownNotification> onUnknown) {
      this.onUnknown = requireNonNull(onUnknown, "onUnknown == null");
      return this;
    }

    /** Called with every outcome (for metrics), on the request's thread; what it throws is logged and ignored. */
    public Builder onOutcome(Consumer<? super WebhookOutcome> onOutcome) {
      this.onOutcome = requireNonNull(onOutcome, "onOutcome == null");
      return this;
    }

    /**
     * Builds the handler.
     *
     * @throws IllegalStateException if no platform key or no listener was given, the freshness window is not
     *     positive, or {@code maxBodyBytes} is outside 1..{@value PaykkaWebhookHandler#MAX_MAX_BODY_BYTES}
     */
    public PaykkaWebhookHandler build() {
      if (platformKeys.isEmpty()) throw new IllegalStateException("platformKey is required (at least one)");
      if (listener == null) throw new IllegalStateException("listener is required");
      if (freshness.isNegative() || freshness.isZero()) {
        throw new IllegalStateException("freshness must be positive, was " + freshness);
      }
      if (maxBodyBytes < 1 || maxBodyBytes > MAX_MAX_BODY_BYTES) {
        throw new IllegalStateException(
            "maxBodyBytes must be in 1.." + MAX_MAX_BODY_BYTES + ", was " + maxBodyBytes);
      }
      return new PaykkaWebhookHandler(this);
    }
  }
}
