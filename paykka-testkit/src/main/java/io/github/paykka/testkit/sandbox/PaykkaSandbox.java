package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpHandler;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.testkit.PaymentSimulator;
import io.github.paykka.testkit.simulation.AdvanceableClock;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.operation.WireOperation;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A real local PayKKa: a stateful HTTP server on loopback that speaks PayKKa v1.2, for tests and local development.
 *
 * <p>It serves every operation of the wire table ({@link WireOperation}, at its path) with state kept by the
 * testkit's simulated PayKKa (the same model as the in-memory fakes, so that fakes and sandbox behave identically), a
 * dashboard at {@code /} (orders with their path through the state machine, refunds, sessions, tokens, agreements,
 * the notification log, faults), the shopper's pages under {@code /sandbox/} (the 3DS challenge
 * {@code /sandbox/3ds/<order_id>}, the hosted checkout {@code /sandbox/checkout/<session_id>}) and triggers, as
 * dashboard buttons and as a JSON API under {@code /sandbox/api/} (documented in {@code docs/testing.md}).
 *
 * <p><b>Clock</b>: the simulated PayKKa reads {@link #clock()}, the builder's clock plus an offset that
 * {@link #advanceClock} moves forward (sessions expire, times are recorded as if that much time had passed).
 * Signature freshness and notification timestamps keep the builder's clock: a merchant's verifier compares them
 * with its own.
 *
 * <p><b>Authentication</b> (as PAYKKA-FACTS.md describes PayKKa's, through the wire {@link SignatureScheme}): every API
 * request must carry {@code version: v1.2} (else {@code 206001}), {@code Content-Type: application/json} (else
 * {@code 010000}), a {@code signature} (else {@code 206002}) over the raw body of a registered merchant (unknown
 * {@code merchant_id}: {@code 206005}) that verifies against one of the merchant's public keys ({@code 206003}) with a
 * fresh {@code timestamp} ({@code 206004}). Every answer, errors included, is signed with the platform private key over
 * the raw response body, with headers {@code type}, {@code signature} and {@code version}.
 *
 * <p><b>HTTP status policy</b> (an assumption; seed 004 says 200 = processed, 4xx = client error, 5xx = server error):
 * 200 for every processed request, a declined payment included ({@code 000000}, {@code data.status FAILURE}); 400 for
 * {@code 010000} (bad input, named by field) and business refusals ({@code 010003} invalid state, amounts beyond a
 * balance, ...); 401 for {@code 2060xx} authentication errors; 404 for {@code 206024}, {@code 206011},
 * {@code 010002}; 405 for a method other than POST; 429 for {@code 010001}; 5xx only for injected faults (and
 * {@code 999999} for a sandbox bug). The body is always a signed envelope.
 *
 * <p><b>Bad input</b> never causes a 500 or a hang: bodies are read with a cap ({@link Builder#maxBodyBytes}); what is
 * over it is discarded up to 16 MiB and answered {@code 010000}.
 *
 * <p><b>Notifications</b>: on every status change of an order or a refund, a signed notification is POSTed to its
 * {@code notify_url} and redelivered with exponential backoff until the receiver answers HTTP 200, at most
 * {@link Builder#notificationRetry maxAttempts} times. Every attempt is recorded ({@link #notifications()}) and can be
 * awaited ({@link #awaitNotifications}). Attempts of one notification carry identical bytes; different notifications
 * may arrive out of order, as PayKKa's may.
 *
 * <p><b>Quirks</b>: {@link #quirks(Quirks)} makes the sandbox answer and notify as the real PayKKa may (extra fields,
 * unknown values, timestamps in seconds or absent, unsigned errors, four-digit {@code ret_code}s, connections closed
 * after every answer, the published refund schema: {@link Quirk}), so that a client can be tested against them.
 *
 * <p><b>Faults</b>: {@link #faults()} injects {@link Fault}s per operation, for the next calls or with a probability
 * drawn from a random seeded by {@link Builder#seed}.
 *
 * <p><b>Request log</b>: {@link #requests()} lists the API requests received, in order, with what each carried and
 * was answered, and when it arrived and ended relative to the others ({@link SandboxRequest}).
 *
 * <p>Thread-safe. Close it to stop the server and the deliveries.
 */
public final class PaykkaSandbox implements PaymentSimulator, AutoCloseable {
  private final SandboxServer server;
  private final NotificationDispatcher dispatcher;
  private final Faults faults;
  private final RequestLog requests = new RequestLog();
  private final SandboxBackend backend;
  private final URI baseUrl;
  private final List<String> merchantIds;
  private final PublicKey platformPublicKey;
  private final AdvanceableClock clock;
  private final AtomicReference<Quirks> quirks;

  private PaykkaSandbox(Builder b) throws IOException {
    this.quirks = new AtomicReference<>(b.quirks);
    this.faults = new Faults(b.seed);
    Signer platformSigner = Signer.rsa(requireNonNull(b.platformPrivateKey));
    this.platformPublicKey = requireNonNull(b.platformPublicKey);
    SignatureScheme scheme = SignatureScheme.builder().clock(b.clock).freshness(b.freshness).build();
    WireCodec codec = WireCodec.create();
    this.merchantIds = List.copyOf(b.merchants.keySet());
    this.server =
        new SandboxServer(b.port, faults, requests, codec, scheme, platformSigner, b.merchants, b.maxBodyBytes, b.threads,
            quirks::get);
    this.baseUrl = URI.create("http://127.0.0.1:" + server.port() + "/");
    this.dispatcher =
        new NotificationDispatcher(
            scheme, platformSigner, b.clock, b.firstRetryDelay, b.maxRetryDelay, b.maxAttempts, platformPublicKey,
            new QuirkRewriter(codec), quirks::get);
    this.clock = AdvanceableClock.over(b.clock);
    try {
      this.backend =
          b.backendFactory.apply(
              new BackendContext(baseUrl, clock, b.seed, codec, java.util.Set.copyOf(merchantIds), dispatcher));
      HttpHandler pages = backend instanceof SimulatedBackend simulated
          ? new SandboxPages(simulated.engine(), dispatcher, faults, clock, merchantIds, baseUrl, b.maxBodyBytes,
              quirks)
          : exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
          };
      server.start(backend, pages);
    } catch (RuntimeException e) {
      server.close();
      dispatcher.close();
      throw e;
    }
  }

  /** A builder; at least one merchant is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL of the API, {@code http://127.0.0.1:<port>/}; append endpoint paths without the leading slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The TCP port the sandbox listens on (on loopback). */
  public int port() {
    return server.port();
  }

  /** The first registered merchant's id. */
  public String merchantId() {
    return merchantIds.get(0);
  }

  /** Every registered merchant's id, in registration order. */
  public List<String> merchantIds() {
    return merchantIds;
  }

  /** The platform public key: what merchants verify responses and notifications with. */
  public PublicKey platformPublicKey() {
    return platformPublicKey;
  }

  /** The clock of the simulated PayKKa: the builder's clock plus what {@link #advanceClock} added. */
  public AdvanceableClock clock() {
    return clock;
  }

  /**
   * Moves the sandbox's clock {@code by} forward: checkout sessions whose expiry it passes are EXPIRED.
   *
   * @return the total offset
   * @throws IllegalArgumentException if {@code by} is negative
   */
  public Duration advanceClock(Duration by) {
    return clock.advance(by);
  }

  /**
   * Sends notification {@code notificationId} ({@link NotificationAttempt#notificationId()}) once more now, with its
   * original bytes and signature; the attempt is recorded like the others.
   *
   * @return whether such a notification exists
   */
  public boolean redeliver(long notificationId) {
    return dispatcher.redeliver(notificationId);
  }

  /** The URL of the dashboard: the sandbox's root. */
  public URI dashboardUrl() {
    return baseUrl;
  }

  /** The URL of the hosted checkout page of {@code sessionId} (what {@code session_url} points to). */
  public URI checkoutUrl(io.github.paykka.domain.id.SessionId sessionId) {
    requireNonNull(sessionId, "sessionId == null");
    return baseUrl.resolve("sandbox/checkout/" + sessionId.value());
  }

  /** The quirks this sandbox shows now (see {@link Quirk}). */
  public Quirks quirks() {
    return quirks.get();
  }

  /**
   * Shows {@code quirks} from now on, instead of those before: answers from the next one, notifications from the next
   * one made (one already made keeps its bytes, on every redelivery too).
   */
  public void quirks(Quirks quirks) {
    this.quirks.set(requireNonNull(quirks, "quirks == null"));
  }

  /** The fault injection of this sandbox. */
  public Faults faults() {
    return faults;
  }

  /**
   * The request log: every API request (a POST to an operation's path) received so far, the last 100,000, in order of
   * arrival, with the fault it met, the identifiers its body carried, its {@code ret_code} and the ticks of its arrival
   * and end ({@link SandboxRequest}), e.g. to prove that no {@code trans_id} was sent twice without a query first.
   */
  public List<SandboxRequest> requests() {
    return requests.requests();
  }

  /**
   * Waits until {@code condition} holds for the request log ({@link #requests()}), e.g. until a delayed request is in
   * flight, or until none is.
   *
   * @return whether it held before {@code timeout} passed
   * @throws IllegalStateException if interrupted (the interrupt flag is kept)
   */
  public boolean awaitRequests(Predicate<? super List<SandboxRequest>> condition, Duration timeout) {
    return requests.await(condition, timeout);
  }

  /** Every notification attempt so far, in the order they completed. */
  public List<NotificationAttempt> notifications() {
    return dispatcher.attempts();
  }

  /** Waits as {@link #awaitRequests} does, for the recorded notification attempts ({@link #notifications()}). */
  public boolean awaitNotifications(Predicate<? super List<NotificationAttempt>> condition, Duration timeout) {
    return dispatcher.await(condition, timeout);
  }

  /**
   * Waits for at least {@code count} attempts matching {@code match} and returns the matching attempts.
   *
   * @throws IllegalStateException if they did not come within {@code timeout} (the message lists what came)
   */
  public List<NotificationAttempt> awaitAttempts(
      Predicate<? super NotificationAttempt> match, int count, Duration timeout) {
    requireNonNull(match, "match == null");
    boolean ok = awaitNotifications(all -> all.stream().filter(match).count() >= count, timeout);
    List<NotificationAttempt> all = notifications();
    if (!ok) {
      throw new IllegalStateException(
          "expected " + count + " matching notification attempt(s) within " + timeout + ", recorded: " + all);
    }
    return all.stream().filter(match).map(a -> (NotificationAttempt) a).toList();
  }

  /**
   * The simulated PayKKa behind this sandbox, to inspect its state in tests: {@code engine().orderCount(transId)}
   * proves that no {@code trans_id} made two orders, {@code engine().orders()} lists them all.
   *
   * @throws IllegalStateException if this sandbox runs a test-only backend instead
   */
  public SimulatedPaykka engine() {
    if (backend instanceof SimulatedBackend simulated) return simulated.engine();
    throw new IllegalStateException("this sandbox runs a test-only backend, not the simulated PayKKa");
  }

  SandboxBackend backend() {
    return backend;
  }

  /** The URL of the 3DS challenge page of {@code orderId} (what {@code authentication_url} points to). */
  public URI challengeUrl(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    return baseUrl.resolve("sandbox/3ds/" + orderId.value());
  }

  @Override
  public void completeChallenge(OrderId orderId, boolean passed) {
    requireNonNull(orderId, "orderId == null");
    engine().completeChallenge(orderId, passed).getOrElseThrow(r -> new IllegalStateException(r.message()));
  }

  @Override
  public void settlePending(OrderId orderId) {
    requireNonNull(orderId, "orderId == null");
    engine().settlePending(orderId).getOrElseThrow(r -> new IllegalStateException(r.message()));
  }

  /** Stops the server (answers in flight are cut) and abandons pending notification deliveries. */
  @Override
  public void close() {
    server.close();
    dispatcher.close();
  }

  @Override
  public String toString() {
    return "PaykkaSandbox[" + baseUrl + ", merchants=" + merchantIds + "]";
  }

  // The exception's own words, and its causes', e.g. "Address already in use".
  static String reason(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null && out.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      String text = m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
      if (out.indexOf(text) < 0) out.append(out.length() == 0 ? "" : ": ").append(text);
    }
    return out.toString();
  }

  /** Builds and starts a {@link PaykkaSandbox}. */
  public static final class Builder {
    /** The longest signature freshness window, in days: a century, far from the overflow of time arithmetic. */
    private static final int LONGEST_DAYS = 36_500;
    private int port;
    private final Map<String, List<PublicKey>> merchants = new LinkedHashMap<>();
    private @Nullable PrivateKey platformPrivateKey;
    private @Nullable PublicKey platformPublicKey;
    private Clock clock = Clock.systemUTC();
    private long seed = 20240601L;
    private Duration freshness = Duration.ofMinutes(5);
    private int maxBodyBytes = 64 * 1024;
    private int threads = 8;
    private Duration firstRetryDelay = Duration.ofMillis(100);
    private Duration maxRetryDelay = Duration.ofSeconds(2);
    private int maxAttempts = 8;
    private Function<BackendContext, SandboxBackend> backendFactory = SimulatedBackend::new;
    private Quirks quirks = Quirks.none();

    private Builder() {}

    /**
     * The port on loopback (default 0: a free port, see {@link PaykkaSandbox#port()}).
     *
     * @throws IllegalArgumentException if not in 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in 0..65535: " + port);
      this.port = port;
      return this;
    }

    /**
     * Registers a merchant and the public key(s) its requests are verified with (several allow rotation).
     *
     * @throws IllegalArgumentException if no key is given or {@code merchantId} is blank or longer than 32
     */
    public Builder merchant(String merchantId, PublicKey... publicKeys) {
      requireNonNull(merchantId, "merchantId == null");
      requireNonNull(publicKeys, "publicKeys == null");
      if (merchantId.isBlank() || merchantId.codePointCount(0, merchantId.length()) > 32) {
        throw new IllegalArgumentException("merchant: merchantId must be 1..32 characters");
      }
      if (publicKeys.length == 0) {
        throw new IllegalArgumentException("merchant: " + merchantId + " needs a public key");
      }
      List<PublicKey> keys = new ArrayList<>();
      for (int i = 0; i < publicKeys.length; i++) keys.add(requireNonNull(publicKeys[i], "publicKeys[" + i + "] == null"));
      merchants.put(merchantId, List.copyOf(keys));
      return this;
    }

    /** The platform key pair responses and notifications are signed with (default: generated at build). */
    public Builder platformKeyPair(KeyPair keyPair) {
      requireNonNull(keyPair, "keyPair == null");
      return platformKeys(keyPair.getPrivate(), keyPair.getPublic());
    }

    /** The platform keys responses and notifications are signed with (default: generated at build). */
    public Builder platformKeys(PrivateKey privateKey, PublicKey publicKey) {
      this.platformPrivateKey = requireNonNull(privateKey, "privateKey == null");
      this.platformPublicKey = requireNonNull(publicKey, "publicKey == null");
      return this;
    }

    /**
     * The platform private key; its public key is derived from it.
     *
     * @throws IllegalArgumentException if the public key cannot be derived (use {@link #platformKeys})
     */
    public Builder platformPrivateKey(PrivateKey privateKey) {
      requireNonNull(privateKey, "privateKey == null");
      return platformKeys(privateKey, TestKeys.publicKeyOf(privateKey));
    }

    /**
     * The clock of signature freshness, notification timestamps, order times and session expiry (default: the UTC
     * system clock); the latter two read it through {@link PaykkaSandbox#clock()}, which can be advanced.
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** The seed of identifiers and of probabilistic faults (default fixed: runs are reproducible). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * How far a request's {@code timestamp} may be from the clock (default 5 minutes).
     *
     * @throws IllegalArgumentException if not positive, or longer than a century (36,500 days: longer ones would
     *     overflow the clock's arithmetic)
     */
    public Builder signatureFreshness(Duration freshness) {
      requireNonNull(freshness, "signatureFreshness == null");
      if (freshness.isNegative() || freshness.isZero() || freshness.compareTo(Duration.ofDays(LONGEST_DAYS)) > 0) {
        throw new IllegalArgumentException(
            "signatureFreshness must be positive and at most " + LONGEST_DAYS + " days, was " + freshness);
      }
      this.freshness = freshness;
      return this;
    }

    /**
     * The largest request body accepted (default 64 KiB); larger ones are answered {@code 010000}.
     *
     * @throws IllegalArgumentException if not in 1 KiB..16 MiB
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1024 || maxBodyBytes > (16 << 20)) {
        throw new IllegalArgumentException("maxBodyBytes must be in 1024..16777216: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * The number of request threads (default 8); requests beyond them queue.
     *
     * @throws IllegalArgumentException if not in 1..256
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be in 1..256: " + threads);
      this.threads = threads;
      return this;
    }

    /**
     * The redelivery schedule of notifications: the first retry after {@code firstDelay}, each next delay doubled up
     * to {@code maxDelay}, at most {@code maxAttempts} attempts in all (default 100 ms, 2 s, 8).
     *
     * @throws IllegalArgumentException naming the argument if a delay is negative or longer than a day,
     *     {@code maxDelay < firstDelay} or {@code maxAttempts < 1}
     */
    public Builder notificationRetry(Duration firstDelay, Duration maxDelay, int maxAttempts) {
      requireNonNull(firstDelay, "notificationRetry.firstDelay == null");
      requireNonNull(maxDelay, "notificationRetry.maxDelay == null");
      if (firstDelay.isNegative() || firstDelay.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("notificationRetry.firstDelay must be in [0, 1 day], was " + firstDelay);
      }
      if (maxDelay.compareTo(firstDelay) < 0 || maxDelay.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("notificationRetry.maxDelay must be in [firstDelay " + firstDelay
            + ", 1 day], was " + maxDelay);
      }
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("notificationRetry.maxAttempts must be >= 1, was " + maxAttempts);
      }
      this.firstRetryDelay = firstDelay;
      this.maxRetryDelay = maxDelay;
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The quirks of the real PayKKa the sandbox shows from the start (default none; see {@link Quirk}); changeable
     * while it runs with {@link PaykkaSandbox#quirks(Quirks)}.
     */
    public Builder quirks(Quirks quirks) {
      this.quirks = requireNonNull(quirks, "quirks == null");
      return this;
    }

    /** Replaces the backend (tests of the HTTP front only). */
    Builder backend(Function<BackendContext, SandboxBackend> factory) {
      this.backendFactory = requireNonNull(factory, "factory == null");
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @throws IllegalStateException if no merchant is registered
     * @throws UncheckedIOException if the port cannot be bound (the message says why, e.g. "Address already in use")
     */
    public PaykkaSandbox start() {
      if (merchants.isEmpty()) throw new IllegalStateException("at least one merchant is required: call merchant()");
      if (platformPrivateKey == null) {
        TestKeys.TestKeyPair generated = TestKeys.generate();
        platformPrivateKey = generated.privateKey();
        platformPublicKey = generated.publicKey();
      }
      try {
        return new PaykkaSandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the sandbox on port " + port + ": " + reason(e), e);
      }
    }
  }
}
