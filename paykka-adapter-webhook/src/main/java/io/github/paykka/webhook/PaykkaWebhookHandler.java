package io.github.paykka.webhook;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.notification.Notification;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.validation.InvalidValueException;
import io.github.paykka.ports.notification.InMemoryNotificationInbox;
import io.github.paykka.ports.notification.NotificationInbox;
import io.github.paykka.ports.notification.NotificationListener;
import io.github.paykka.wire.PaykkaHeaders;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.error.RetCode;
import io.github.paykka.wire.mapping.MappingError;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.Envelope;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.signature.SignatureFailure;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.SignedFields;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.security.Provider;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Handles PayKKa notifications, framework-free: {@code (method, headers, raw body) -> (status, headers, body)}.
 *
 * <p>For each delivery, in this order:
 *
 * <ol>
 *   <li>refuse anything but {@code POST} (405) and a body over the size limit (413);
 *   <li>verify the {@code signature} header on the raw bytes against the platform public key(s) (several, for key
 *       rotation), and the signed {@code timestamp} against the clock: no older than the inbox remembers, no further
 *       ahead than the clock skew allowed (401 if either fails; 400 if the bytes are not well-formed UTF-8 or not a
 *       JSON object with a {@code merchant_id}); refuse a notification signed for another merchant (401);
 *   <li>read its {@code notify_type} first, and only for a type it knows the body's shape: a
 *       {@link io.github.paykka.domain.notification.PaymentNotification} or a
 *       {@link io.github.paykka.domain.notification.RefundNotification}. A verified notification it cannot give to
 *       the listener (unknown type, unknown status, a status contradicting the type, a body it cannot map) goes to
 *       {@code onUnknown} as an {@link UnknownNotification} and is acknowledged (200), so that PayKKa stops
 *       redelivering and nothing is lost; with no hook, one WARN line with its safe fields (never the body);
 *   <li>claim its {@link Notification#deduplicationKey()} in the {@link NotificationInbox}: processed before, answer
 *       200 without calling the listener; being processed by another delivery right now, answer 503;
 *   <li>call the {@link NotificationListener}: if it throws, release the claim and answer 500 (503 for its
 *       {@link NotificationListener.NotYet "not yet"}), so PayKKa delivers again; otherwise record the key in the
 *       inbox and acknowledge with 200
 *       {@code {"ret_code":"000000","ret_msg":"Success"}}.
 * </ol>
 *
 * <p>Contract: {@link #handle} never throws for any method, header map or body (only for {@code null} arguments, or
 * an {@link Error} thrown by the listener or the hook); every call ends in one {@link WebhookOutcome}, logged once
 * through SLF4J (logger {@code io.github.paykka.webhook.PaykkaWebhookHandler}; processed and duplicate at DEBUG, an
 * unknown notification handed to the hook and a listener's "not yet" at INFO, refusals and an unknown notification
 * without a hook at WARN,
 * failures of the listener, hook or inbox at ERROR) without card data, bodies or signatures. Thread-safe: one
 * instance serves every request.
 *
 * <p>Assumptions (PAYKKA-FACTS.md, held in the wire module's {@link SignatureScheme}): PayKKa signs a notification
 * like a request, {@code merchantId=..&timestamp=..&requestBody=<raw body>}, with its platform key, over the
 * {@code timestamp}'s exact text; a {@code timestamp} below 10^11 is in seconds; a notification without one is signed
 * over an empty one, is not judged for freshness, is deduplicated like any other, and carries its time of receipt.
 *
 * <p>Over 600 lines on purpose: the one path of a delivery (limits, verification, decoding by type, inbox, listener,
 * acknowledgement) reads top to bottom in one class, with its builder; its pieces that stand alone (the body limit,
 * the outcomes, log-safe text, the deduplication key) already live beside it, package-private.
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
  private final MerchantId merchantId;
  private final Clock clock;
  private final @Nullable Consumer<? super UnknownNotification> onUnknown;
  private final @Nullable Consumer<? super WebhookOutcome> onOutcome;
  private final WireCodec codec = WireCodec.create();
  private final RepeatedKeys repeatedKeys = new RepeatedKeys();
  private final WireMapper mapper = WireMapper.create();

  private PaykkaWebhookHandler(Builder b, NotificationInbox inbox, Duration maxAge) {
    this.platformKeys = List.copyOf(b.platformKeys);
    this.listener = requireNonNull(b.listener);
    this.inbox = inbox;
    SignatureScheme.Builder settings = SignatureScheme.builder().clock(b.clock).maxAge(maxAge).maxAhead(b.maxAhead);
    if (b.signatureProvider != null) settings.provider(b.signatureProvider);
    this.scheme = settings.build();
    this.maxBodyBytes = b.maxBodyBytes;
    this.merchantId = requireNonNull(b.merchantId);
    this.clock = b.clock;
    this.onUnknown = b.onUnknown;
    this.onOutcome = b.onOutcome;
  }

  /** A builder; platform key(s), merchant id and listener are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The body size limit in bytes; bindings stop reading one byte past it. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** How old a signed {@code timestamp} may be: the builder's {@code maxAge}, never longer than the inbox remembers. */
  public Duration maxAge() {
    return scheme.maxAge();
  }

  /** How far ahead of the clock a signed {@code timestamp} may be (the builder's {@code maxAhead}). */
  public Duration maxAhead() {
    return scheme.maxAhead();
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
          RetCode.INVALID_REQUEST, "body unreadable"));
    }
    if (raw == null) return finish(tooLarge());
    return finish(verified(headers, raw));
  }

  private Answer verified(Map<String, ? extends List<String>> headers, byte[] raw) {
    List<String> signatures = all(headers, PaykkaHeaders.SIGNATURE);
    if (signatures.size() > 1) {
      return respond(new WebhookOutcome.Unauthentic("several signature headers"), RetCode.SIGNATURE_ERROR, "signature error");
    }
    String type = single(headers, PaykkaHeaders.TYPE);
    if (type != null && !PaykkaHeaders.TYPE_RSA256.equalsIgnoreCase(type.strip())) {
      return respond(new WebhookOutcome.Unauthentic("unsupported signature type"), RetCode.SIGNATURE_ERROR, "signature error");
    }
    Either<SignatureFailure, SignedFields> verification;
    try {
      verification = scheme.verifyNotification(platformKeys, signatures.isEmpty() ? null : signatures.get(0), raw);
    } catch (RuntimeException e) {
      // the scheme answers with values; this is a last resort so that no input can make handle() throw
      return respond(new WebhookOutcome.Unauthentic("verification error (" + e.getClass().getSimpleName() + ")"),
          RetCode.SIGNATURE_ERROR, "signature error");
    }
    if (verification.isLeft()) return unauthentic(verification.getLeft());
    SignedFields signed = verification.get();
    if (!merchantId.value().equals(signed.merchantId())) {
      return respond(new WebhookOutcome.Unauthentic("signed for another merchant"), RetCode.SIGNATURE_ERROR, "signature error");
    }
    return parsed(signed, raw);
  }

  /** Decodes by notify_type first, shape second: a verified notification reaches the listener or onUnknown. */
  private Answer parsed(SignedFields signed, byte[] raw) {
    Either<WireError, JsonNode> tree = codec.tree(raw);
    if (tree.isLeft() || !(tree.get() instanceof ObjectNode)) {
      // the scheme read it as one JSON object; only a limit of the codec's can land here
      String why = tree.isLeft() ? tree.getLeft().describe() : "not a JSON object";
      return unknown(new Sketch(signed, null, raw), UnknownNotification.Reason.UNMAPPABLE, why);
    }
    ObjectNode body = (ObjectNode) tree.get();
    Sketch sketch = new Sketch(signed, body, raw);
    String twice = repeatedKeys.moneyFieldGivenTwice(raw);
    if (twice != null) {
      return unknown(sketch, UnknownNotification.Reason.UNMAPPABLE, "'" + twice + "' given twice: which value counts"
          + " cannot be told");
    }
    Option<NotifyType> type = sketch.notifyType.isEmpty() ? Option.none() : NotifyType.fromWire(sketch.notifyType);
    if (type.isEmpty()) {
      return unknown(sketch, UnknownNotification.Reason.UNKNOWN_TYPE,
          sketch.notifyType.isEmpty() ? "no notify_type string" : "notify_type this version does not know");
    }
    // the domain's timestamp is epoch ms: a body in seconds, or without one, is decoded with the value we judged
    long timestamp = signed.epochMillis().getOrElse(clock::millis);
    byte[] decodable = raw;
    if (!signed.timestampText().equals(Long.toString(timestamp))) {
      body.put("timestamp", timestamp);
      decodable = codec.encode(body);
    }
    Either<MappingError, ? extends Notification> notification;
    if (type.get().isRefund()) {
      Either<WireError, RefundNotifyReqDto> refund = codec.decode(decodable, RefundNotifyReqDto.class);
      if (refund.isLeft()) return unknown(sketch, UnknownNotification.Reason.UNMAPPABLE, refund.getLeft().describe());
      notification = mapper.refundNotification(refund.get());
    } else {
      Either<WireError, PaymentsNotifyReqDto> payment = codec.decode(decodable, PaymentsNotifyReqDto.class);
      if (payment.isLeft()) return unknown(sketch, UnknownNotification.Reason.UNMAPPABLE, payment.getLeft().describe());
      notification = mapper.paymentNotification(payment.get());
    }
    if (notification.isLeft()) {
      MappingError e = notification.getLeft();
      return unknown(sketch, e instanceof MappingError.UnknownStatus ? UnknownNotification.Reason.UNKNOWN_STATUS
          : UnknownNotification.Reason.UNMAPPABLE, e.describe());
    }
    if (!notification.get().statusFitsType()) {
      return unknown(sketch, UnknownNotification.Reason.STATUS_CONTRADICTS_TYPE,
          "status contradicts notify_type " + type.get().wireName());
    }
    return dispatched(notification.get());
  }

  private Answer dispatched(Notification notification) {
    String key = notification.deduplicationKey();
    NotificationInbox.Claim claim;
    try {
      claim = requireNonNull(inbox.claim(key), "inbox answered null");
    } catch (RuntimeException e) {
      return respond(new WebhookOutcome.InboxFailed(notification, "claim", e), RetCode.SYSTEM_ERROR, "busy, deliver again");
    }
    if (claim instanceof NotificationInbox.Claim.AlreadyProcessed) {
      return respond(new WebhookOutcome.Duplicate(notification), RetCode.SUCCESS, "Success");
    }
    if (!(claim instanceof NotificationInbox.Claim.Acquired acquired)) {
      return respond(new WebhookOutcome.InProgress(notification), RetCode.SYSTEM_ERROR, "busy, deliver again");
    }
    boolean recorded = false;
    try {
      try {
        listener.onNotification(notification);
      } catch (NotificationListener.NotYet early) {
        return respond(new WebhookOutcome.NotYet(notification, UntrustedText.untrusted(early.getMessage(), 200)),
            RetCode.SYSTEM_ERROR, "not yet, deliver again");
      } catch (Exception e) {
        if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        return respond(new WebhookOutcome.ListenerFailed(notification, e), RetCode.SYSTEM_ERROR, "not processed, deliver again");
      }
      try {
        inbox.complete(acquired);
        recorded = true;
      } catch (RuntimeException e) {
        return respond(new WebhookOutcome.InboxFailed(notification, "complete", e), RetCode.SYSTEM_ERROR,
            "not processed, deliver again");
      }
      return respond(new WebhookOutcome.Processed(notification), RetCode.SUCCESS, "Success");
    } finally {
      // nothing recorded (the listener threw, even an Error, or the inbox failed): let the redelivery through
      if (!recorded) release(acquired);
    }
  }

  private Answer unknown(Sketch sketch, UnknownNotification.Reason reason, String detail) {
    UnknownNotification unknown = new UnknownNotification(reason, detail, sketch.notifyType,
        sketch.signed.merchantId(), sketch.signed.epochMillis(), sketch.status, sketch.ids,
        BodyKey.of(merchantId.value(), sketch.body, sketch.raw), sketch.raw);
    if (onUnknown == null) {
      // the documented default: acknowledged, and one WARN line with the safe fields (never the body)
      return respond(new WebhookOutcome.Unknown(unknown, false), RetCode.SUCCESS, "Success");
    }
    try {
      onUnknown.accept(unknown);
    } catch (RuntimeException e) {
      // like the listener: not handed over, so not acknowledged; PayKKa delivers it again
      return respond(new WebhookOutcome.UnknownFailed(unknown, e), RetCode.SYSTEM_ERROR, "not processed, deliver again");
    }
    return respond(new WebhookOutcome.Unknown(unknown, true), RetCode.SUCCESS, "Success");
  }

  /** What can be read of a verified body whatever its shape: type, status and identifiers, as sent. */
  private static final class Sketch {
    private static final int MAX_IDS = 16;

    final SignedFields signed;
    final @Nullable ObjectNode body;
    final byte[] raw;
    final String notifyType;
    final Option<String> status;
    final Map<String, String> ids = new LinkedHashMap<>();

    Sketch(SignedFields signed, @Nullable ObjectNode body, byte[] raw) {
      this.signed = signed;
      this.body = body;
      this.raw = raw;
      JsonNode type = body == null ? null : body.get("notify_type");
      this.notifyType = type != null && type.isTextual() ? type.textValue() : "";
      this.status = scalar(body == null ? null : body.get("status"));
      if (body == null) return;
      for (Map.Entry<String, JsonNode> field : body.properties()) {
        if (ids.size() >= MAX_IDS) break;
        String name = field.getKey();
        if (!name.endsWith("_id") || "merchant_id".equals(name)) continue;
        for (String value : scalar(field.getValue())) ids.put(name, value);
      }
    }

    private static Option<String> scalar(@Nullable JsonNode node) {
      if (node == null || !(node.isTextual() || node.isNumber())) return Option.none();
      return Option.some(node.asText());
    }
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
      return respond(new WebhookOutcome.Malformed(failure.describe()), RetCode.INVALID_REQUEST, "invalid notification");
    }
    String code;
    String message;
    if (failure instanceof SignatureFailure.Missing) {
      code = RetCode.SIGNATURE_MISSING;
      message = "signature not found";
    } else if (failure instanceof SignatureFailure.Stale) {
      code = RetCode.SIGNATURE_EXPIRED;
      message = "signature expired";
    } else {
      code = RetCode.SIGNATURE_ERROR;
      message = "signature error";
    }
    return respond(new WebhookOutcome.Unauthentic(failure.describe()), code, message);
  }

  private static Answer malformed(String reason) {
    return respond(new WebhookOutcome.Malformed(reason), RetCode.INVALID_REQUEST, "invalid notification: " + reason);
  }

  private static Answer methodNotAllowed(String method) {
    Answer a = respond(new WebhookOutcome.MethodNotAllowed(method), RetCode.INVALID_REQUEST, "method not allowed");
    a.headers = Map.of(PaykkaHeaders.CONTENT_TYPE, JSON.get(PaykkaHeaders.CONTENT_TYPE), "Allow", "POST");
    return a;
  }

  private Answer tooLarge() {
    Answer a = respond(new WebhookOutcome.TooLarge(maxBodyBytes), RetCode.TOO_LARGE, "body too large");
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
    // through the codec, as every JSON this library writes: no hand-made quoting
    byte[] body = codec.encode(new Envelope<>(answer.retCode, answer.retMsg, null));
    return new WebhookResponse(outcome, answer.headers, body);
  }

  private static void log(WebhookOutcome outcome, String note) {
    Level level = levelOf(outcome);
    if (LOG.isEnabledForLevel(level)) {
      LOG.atLevel(level).log("PayKKa notification {}: {}{}", outcome.status(), outcome.describe(), note);
    }
  }

  /**
   * The level of a delivery's one log line: routine at DEBUG, what PayKKa or an operator may want to see at INFO, a
   * refusal at WARN, a failure of the application's code or store at ERROR.
   */
  static Level levelOf(WebhookOutcome outcome) {
    if (outcome instanceof WebhookOutcome.Processed || outcome instanceof WebhookOutcome.Duplicate) return Level.DEBUG;
    // an early notification is routine: PayKKa delivers it again and it is processed then
    if (outcome instanceof WebhookOutcome.Unknown u && u.handedOver() || outcome instanceof WebhookOutcome.NotYet) {
      return Level.INFO;
    }
    if (outcome instanceof WebhookOutcome.ListenerFailed || outcome instanceof WebhookOutcome.InboxFailed
        || outcome instanceof WebhookOutcome.UnknownFailed) {
      return Level.ERROR;
    }
    return Level.WARN;
  }

  private static boolean isPost(String method) {
    return "POST".equalsIgnoreCase(method.strip());
  }

  /**
   * Whether a declared {@code Content-Length} is a decimal number over the limit, for any text: without parsing into
   * a long, so that no value (19 digits past {@code Long.MAX_VALUE}, 40 digits) can throw. What is not a number is
   * judged while reading.
   */
  private boolean declaredTooLong(String declared) {
    String d = declared.strip();
    if (d.isEmpty()) return false;
    int start = 0;
    while (start < d.length() - 1 && d.charAt(start) == '0') start++;
    for (int i = start; i < d.length(); i++) {
      if (d.charAt(i) < '0' || d.charAt(i) > '9') return false;
    }
    int digits = d.length() - start;
    // the limit has at most 8 digits: 10 or more digits are over it, fewer fit in an int
    return digits >= 10 || Integer.parseInt(d, start, d.length(), 10) > maxBodyBytes;
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

  @Override
  public String toString() {
    return "PaykkaWebhookHandler[merchant=" + merchantId.value() + ", keys=" + platformKeys.size() + ", maxBodyBytes="
        + maxBodyBytes + ", maxAge=" + scheme.maxAge() + ", maxAhead=" + scheme.maxAhead() + "]";
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
    /** The clock skew allowed by default: a timestamp at most this far ahead of the clock. */
    private static final Duration DEFAULT_MAX_AHEAD = Duration.ofMinutes(5);

    private final List<PublicKey> platformKeys = new ArrayList<>(2);
    private @Nullable NotificationListener listener;
    private @Nullable NotificationInbox inbox;
    private Clock clock = Clock.systemUTC();
    private @Nullable Duration maxAge;
    private Duration maxAhead = DEFAULT_MAX_AHEAD;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private @Nullable MerchantId merchantId;
    private @Nullable Consumer<? super UnknownNotification> onUnknown;
    private @Nullable Consumer<? super WebhookOutcome> onOutcome;
    private @Nullable Provider signatureProvider;

    private Builder() {}

    /**
     * Adds a PayKKa platform public key a notification may be signed with; add the old and the new key while PayKKa
     * rotates. Load keys once, e.g. with {@code io.github.paykka.wire.signature.PemKeys}.
     */
    public Builder platformPublicKey(PublicKey key) {
      platformKeys.add(requireNonNull(key, "platformPublicKey == null"));
      return this;
    }

    /** Adds several platform public keys; see {@link #platformPublicKey}. */
    public Builder platformPublicKeys(Collection<? extends PublicKey> keys) {
      requireNonNull(keys, "platformPublicKeys == null");
      for (PublicKey key : keys) platformPublicKey(key);
      return this;
    }

    /**
     * The {@link Provider} whose SHA256withRSA verifies notifications (default: none, the JDK's provider list
     * decides). Amazon Corretto Crypto Provider ({@code AmazonCorrettoCryptoProvider.INSTANCE}, a dependency you add)
     * is the fast choice; a Bouncy Castle {@code BouncyCastleProvider} is another. It is used by reference, never
     * installed JVM-wide; the platform keys are translated into its form once.
     *
     * @throws IllegalArgumentException naming {@code signatureProvider} if it offers no SHA256withRSA
     */
    public Builder signatureProvider(Provider provider) {
      requireNonNull(provider, "signatureProvider == null");
      if (provider.getService("Signature", "SHA256withRSA") == null) {
        throw new IllegalArgumentException("signatureProvider: " + provider.getName() + " has no SHA256withRSA");
      }
      this.signatureProvider = provider;
      return this;
    }

    /** The application's listener (required). */
    public Builder listener(NotificationListener listener) {
      this.listener = requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Your merchant id (required): a notification signed for another merchant is refused (401), so that a
     * notification of another merchant's account, validly signed by PayKKa, is never applied to your orders.
     */
    public Builder merchantId(MerchantId merchantId) {
      this.merchantId = requireNonNull(merchantId, "merchantId == null");
      return this;
    }

    /**
     * Your merchant id as text, e.g. {@code "18356675194960"}; see {@link #merchantId(MerchantId)}.
     *
     * @throws IllegalArgumentException if it is not a valid merchant id (the message names {@code merchantId})
     */
    public Builder merchantId(String merchantId) {
      requireNonNull(merchantId, "merchantId == null");
      try {
        this.merchantId = MerchantId.of(merchantId);
      } catch (InvalidValueException e) {
        throw new IllegalArgumentException("merchantId: " + e.errors().get(0).message());
      }
      return this;
    }

    /**
     * The inbox that deduplicates (default: a new {@link InMemoryNotificationInbox}, 24 hours); give a durable one
     * shared by every instance of the application when there are several. Its {@link NotificationInbox#retention()}
     * is how old a notification may be (see {@link #maxAge}).
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

    /**
     * How old a notification's signed {@code timestamp} may be (default, and at most: the inbox's
     * {@link NotificationInbox#retention()}, 24 hours for the default inbox). A late redelivery of the original bytes
     * is accepted as long as the inbox would still recognise it; an older one is refused (401), since it could be
     * processed twice. Any length is accepted, {@code ChronoUnit.FOREVER} included.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxAge(Duration maxAge) {
      requireNonNull(maxAge, "maxAge == null");
      if (maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * How far ahead of the clock a signed {@code timestamp} may be: the clock skew tolerated (default 5 minutes). A
     * timestamp further in the future is refused (401).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxAhead(Duration maxAhead) {
      requireNonNull(maxAhead, "maxAhead == null");
      if (maxAhead.isNegative() || maxAhead.isZero()) {
        throw new IllegalArgumentException("maxAhead must be positive, was " + maxAhead);
      }
      this.maxAhead = maxAhead;
      return this;
    }

    /** The largest body accepted, in bytes (default 64 KiB, {@link PaykkaWebhookHandler#DEFAULT_MAX_BODY_BYTES}). */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Called with each verified notification the listener cannot take ({@link UnknownNotification}: an unknown
     * {@code notify_type} or {@code status}, a status contradicting its type, a body that cannot be mapped), on the
     * request's thread; when it returns, the notification is acknowledged (200). If it throws, the notification is
     * not acknowledged (500) and PayKKa delivers it again. It may see one notification more than once (a redelivery
     * after a lost acknowledgement): deduplicate on {@link UnknownNotification#deduplicationKey()} if it matters.
     *
     * <p>Without a hook, such a notification is acknowledged and logged once at WARN with its safe fields (reason,
     * type, status, identifiers, key; never the body, which may hold card data): it does not reach the application.
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
     * @throws IllegalStateException if no platform key, no listener or no merchant id was given (the message names
     *     every one missing)
     * @throws IllegalArgumentException if {@code maxBodyBytes} is outside 1..{@value
     *     PaykkaWebhookHandler#MAX_MAX_BODY_BYTES}, or the inbox's retention is not positive
     */
    public PaykkaWebhookHandler build() {
      List<String> missing = new ArrayList<>(3);
      if (platformKeys.isEmpty()) missing.add("platformPublicKey (at least one)");
      if (listener == null) missing.add("listener");
      if (merchantId == null) missing.add("merchantId");
      if (!missing.isEmpty()) {
        throw new IllegalStateException(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " required");
      }
      if (maxBodyBytes < 1 || maxBodyBytes > MAX_MAX_BODY_BYTES) {
        throw new IllegalArgumentException(
            "maxBodyBytes must be in 1.." + MAX_MAX_BODY_BYTES + ", was " + maxBodyBytes);
      }
      NotificationInbox box = inbox != null ? inbox : InMemoryNotificationInbox.create();
      Duration retention = box.retention();
      if (retention == null || retention.isNegative() || retention.isZero()) {
        throw new IllegalArgumentException("inbox retention() must be positive, was " + retention);
      }
      // never older than the inbox remembers: a replay it has forgotten would be processed again
      Duration age = maxAge == null || maxAge.compareTo(retention) > 0 ? retention : maxAge;
      return new PaykkaWebhookHandler(this, box, age);
    }
  }
}
