package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.applepay.ApplePaySessionGateway;
import io.github.paykka.ports.checkout.CheckoutSessionGateway;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.journal.PaymentJournal;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.recurring.RecurringAgreementGateway;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundGateway;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.ports.token.TokenGateway;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.signature.SignatureScheme;
import io.github.paykka.wire.signature.Signer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vavr.control.Either;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Every driven port of paykka-ports over PayKKa's HTTP API v1.2: payments, refunds, tokens, recurring agreements,
 * checkout sessions and Apple Pay sessions. Build one per merchant with {@link #builder()}, share it, close it at
 * shutdown.
 *
 * <p>Contracts:
 * <ul>
 *   <li>Every call answers a value: the result, or a {@link GatewayFailure} saying what the caller can do next and
 *       naming its {@link io.github.paykka.ports.Operation}. Nothing is thrown for an expected failure; a timeout is
 *       {@code NotSent} or {@code OutcomeUnknown}, never a decline or a 4xx.
 *   <li>Requests are valid by construction (the domain's builders); the adapter signs the exact bytes it sends and
 *       verifies the exact bytes it receives before decoding them ({@code Unauthentic} otherwise).
 *   <li>Money-moving calls (initiate, capture, void, refund, checkout session create) are never repeated blindly: after
 *       an ambiguous failure the adapter asks PayKKa (by {@code trans_id}, by the order's balances, by
 *       {@code refund_trans_id}). An initiate, a refund or a checkout session, which PayKKa knows by the merchant's
 *       reference, is re-sent with a new timestamp and signature only when PayKKa has no record of it; a capture or a
 *       void, which PayKKa could not tell from a second one, is never re-sent (a capture reads PayKKa's balances
 *       before it is sent, to be judged by them). Otherwise the call answers {@code OutcomeUnknown} carrying the
 *       reference to query. OkHttp never re-sends by
 *       itself ({@code retryOnConnectionFailure} is off). With a {@link Builder#paymentJournal payment journal}, each
 *       is recorded before it is sent and its outcome once definite.
 *   <li>Every answer is bound to its request: its identifiers, {@code merchant_id} and, for an initiate or a checkout
 *       session, {@code amount} and {@code currency} must be those asked for. A validly signed answer about another
 *       request is never a success: it is ambiguous (a money-moving call queries, and the query is bound too).
 *   <li>A request that fails on a pooled connection before any answer (a server or load balancer that closed the idle
 *       connection, an HTTP/1.0 server) is recovered on a fresh connection: a read is sent again at once, a
 *       money-moving call is queried first. Token removal and agreement cancellation, which have nothing to query,
 *       always use a fresh connection.
 *   <li>An answer that does not verify is never a success or a decline ({@code Unauthentic}; a money-moving call asks
 *       PayKKa with a signed query first); what it claims ({@code ret_code}, {@code ret_msg}) is shown, and a page that
 *       is not PayKKa's names the proxy, firewall or load balancer as its likely sender. HTTP 407 from a proxy is
 *       {@code NotSent}. A {@code ret_code} of four digits is a transaction error code: a definite {@code Rejected}.
 *   <li>Reads, and anything that failed before it was sent, are retried with exponential backoff and jitter; PayKKa's
 *       "slow down" ({@code 010001} / HTTP 429) with a longer one. A circuit breaker guards every request, and a
 *       client-side rate limiter when one is {@link Builder#rateLimiter set} (there is none by default); a call they
 *       refuse ends at once as {@code NotSent} (retrying into an open circuit or an exhausted limiter would only add
 *       load). One deadline bounds each call, all attempts and queries included.
 *   <li>Each {@code ...Async} method returns at once; its future completes on OkHttp's dispatcher or the adapter's
 *       scheduler thread, never on a common pool, and never fails exceptionally. The synchronous methods send from
 *       the calling thread ({@code Call.execute}, under the same deadline, saving two thread hand-offs); a retry after
 *       a backoff runs as for the asynchronous methods while the calling thread waits.
 * </ul>
 *
 * <p>Thread-safe. Logs one line per call (operation, reference, outcome, duration, attempts; logger
 * {@code io.github.paykka.http.PaykkaHttpAdapter}): at DEBUG for a success, at INFO for a failure; and masked bodies
 * at DEBUG (logger {@code io.github.paykka.http.wire}). Reports each call's completion, retries, reconciliations and
 * circuit changes to the {@link Builder#listener listener}.
 */
public final class PaykkaHttpAdapter
    implements PaymentGateway, RefundGateway, TokenGateway, RecurringAgreementGateway, CheckoutSessionGateway,
        ApplePaySessionGateway, AutoCloseable {
  /** The longest deadline of a call: no timeout, backoff or wait of the adapter may be longer. */
  static final Duration LONGEST_DEADLINE = Duration.ofMinutes(10);

  private final PaykkaCalls paykka;
  private final ResilientCalls calls;
  private final Transport transport;
  private final long deadlineNanos;
  private final OkHttpClient client;
  /** The same client with a pool that keeps no idle connection: every request on a connection of its own. */
  private final OkHttpClient freshClient;
  private final boolean ownsClient;
  private final ScheduledThreadPoolExecutor scheduler;
  private final String description;

  private PaykkaHttpAdapter(Builder b, MerchantId merchantId, Signer signer, List<PublicKey> platformKeys,
      PaykkaEnvironment environment) {
    this.deadlineNanos = b.callDeadline.toNanos();
    this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "paykka-http-scheduler");
      t.setDaemon(true);
      return t;
    });
    scheduler.setRemoveOnCancelPolicy(true);
    this.ownsClient = b.okHttpClient == null;
    OkHttpClient.Builder http;
    if (b.okHttpClient != null) {
      // a derived client shares the caller's pool and dispatcher and leaves the caller's client untouched
      http = b.okHttpClient.newBuilder();
    } else {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(b.maxConcurrentRequests);
      dispatcher.setMaxRequestsPerHost(b.maxConcurrentRequests);
      http = new OkHttpClient.Builder().dispatcher(dispatcher);
    }
    this.client = http
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .writeTimeout(b.readTimeout)
        .callTimeout(b.callDeadline)
        // OkHttp must never re-send a POST by itself: only the adapter decides what is safe to repeat
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addNetworkInterceptor(Transport.sentMarker())
        .build();
    // a connection the server closed while idle in the pool fails the next request: it is recovered on this one
    this.freshClient = client.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
    SignatureScheme.Builder schemeSettings = SignatureScheme.builder().clock(b.clock);
    if (b.signatureProvider != null) schemeSettings.provider(b.signatureProvider);
    SignatureScheme scheme = schemeSettings.build();
    this.transport = new Transport(retrofit(environment, client), retrofit(environment, freshClient), signer, scheme,
        platformKeys, merchantId.value(), b.clock, WireCodec.create(), scheduler);
    String name = "paykka-" + merchantId.value();
    CircuitBreaker circuitBreaker = b.circuitBreaker.circuitBreaker(name);
    ResilienceListener listener = b.listener;
    circuitBreaker.getEventPublisher().onStateTransition(e -> {
      try {
        listener.onEvent(new ResilienceEvent.CircuitStateChanged(ResilientCalls.map(
            e.getStateTransition().getFromState()), ResilientCalls.map(e.getStateTransition().getToState())));
      } catch (RuntimeException ignored) {
        // a listener must not break the breaker
      }
    });
    this.calls = new ResilientCalls(transport, circuitBreaker,
        b.rateLimiter == null ? null : b.rateLimiter.rateLimiter(name),
        // back-pressure: PayKKa asked us to slow down, so wait longer than after a plain failure
        b.retry.retry(name, result -> result instanceof ExchangeResult.BackPressure),
        scheduler, listener, new CallJournal(b.journal, b.clock));
    this.paykka = new PaykkaCalls(calls, merchantId);
    this.description = "PaykkaHttpAdapter[merchant=" + merchantId.value() + ", environment=" + environment.baseUrl()
        + ", deadline=" + b.callDeadline + "]";
  }

  private static PaykkaApi retrofit(PaykkaEnvironment environment, OkHttpClient client) {
    return new Retrofit.Builder()
        .baseUrl(environment.baseUrl().toString())
        .client(client)
        .build()
        .create(PaykkaApi.class);
  }

  /** A builder; merchant id, private key (or signer), platform public key and environment are required. */
  public static Builder builder() {
    return new Builder();
  }

  private long deadline() {
    return System.nanoTime() + deadlineNanos;
  }

  // ---- payments ----

  @Override
  public Either<GatewayFailure, PaymentResult> initiate(PaymentRequest request) {
    return calls.await(() -> initiateAsync(request));
  }

  /** {@link #initiate}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, PaymentResult>> initiateAsync(PaymentRequest request) {
    return paykka.initiate(request, deadline());
  }

  @Override
  public Either<GatewayFailure, PaymentResult> query(PaymentLookup lookup) {
    return calls.await(() -> queryAsync(lookup));
  }

  /** {@link #query(PaymentLookup)}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, PaymentResult>> queryAsync(PaymentLookup lookup) {
    return paykka.query(lookup, deadline());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Without {@link CaptureCommand#balancesBefore()} the adapter queries the order first, so that an ambiguous
   * failure can be told apart from a capture that happened.
   */
  @Override
  public Either<GatewayFailure, Accepted> capture(CaptureCommand command) {
    return calls.await(() -> captureAsync(command));
  }

  /** {@link #capture}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, Accepted>> captureAsync(CaptureCommand command) {
    return paykka.capture(command, deadline());
  }

  @Override
  public Either<GatewayFailure, Accepted> voidPayment(VoidCommand command) {
    return calls.await(() -> voidPaymentAsync(command));
  }

  /** {@link #voidPayment}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, Accepted>> voidPaymentAsync(VoidCommand command) {
    return paykka.voidPayment(command, deadline());
  }

  // ---- refunds ----

  @Override
  public Either<GatewayFailure, Refund> refund(RefundCommand command) {
    return calls.await(() -> refundAsync(command));
  }

  /** {@link #refund}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, Refund>> refundAsync(RefundCommand command) {
    return paykka.refund(command, deadline());
  }

  @Override
  public Either<GatewayFailure, Refund> query(RefundLookup lookup) {
    return calls.await(() -> queryAsync(lookup));
  }

  /** {@link #query(RefundLookup)}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, Refund>> queryAsync(RefundLookup lookup) {
    return paykka.refundQuery(lookup, deadline());
  }

  // ---- tokens, recurring ----

  @Override
  public Either<GatewayFailure, List<StoredCardToken>> list(ShopperReference shopper) {
    return calls.await(() -> listAsync(shopper));
  }

  /** {@link #list}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, List<StoredCardToken>>> listAsync(ShopperReference shopper) {
    return paykka.tokens(shopper, deadline());
  }

  @Override
  public Either<GatewayFailure, Accepted> remove(CardToken token, ShopperReference shopper) {
    return calls.await(() -> removeAsync(token, shopper));
  }

  /** {@link #remove}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, Accepted>> removeAsync(CardToken token, ShopperReference shopper) {
    return paykka.removeToken(token, shopper, deadline());
  }

  @Override
  public Either<GatewayFailure, Accepted> cancel(RecurringAgreementId agreement, ShopperReference shopper) {
    return calls.await(() -> cancelAsync(agreement, shopper));
  }

  /** {@link #cancel}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, Accepted>> cancelAsync(
      RecurringAgreementId agreement, ShopperReference shopper) {
    return paykka.cancelAgreement(agreement, shopper, deadline());
  }

  // ---- checkout sessions, Apple Pay ----

  @Override
  public Either<GatewayFailure, CheckoutSession> create(CheckoutSessionRequest request) {
    return calls.await(() -> createAsync(request));
  }

  /** {@link #create}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, CheckoutSession>> createAsync(CheckoutSessionRequest request) {
    return paykka.createSession(request, deadline());
  }

  @Override
  public Either<GatewayFailure, CheckoutSession> query(SessionLookup lookup) {
    return calls.await(() -> queryAsync(lookup));
  }

  /** {@link #query(SessionLookup)}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, CheckoutSession>> queryAsync(SessionLookup lookup) {
    return paykka.querySession(lookup, deadline());
  }

  @Override
  public Either<GatewayFailure, ApplePayMerchantSession> createSession(ApplePaySessionRequest request) {
    return calls.await(() -> createSessionAsync(request));
  }

  /** {@link #createSession}, without blocking. */
  public CompletableFuture<Either<GatewayFailure, ApplePayMerchantSession>> createSessionAsync(
      ApplePaySessionRequest request) {
    return paykka.applePaySession(request, deadline());
  }

  // ---- lifecycle ----

  /** The circuit breaker's state now. */
  public ResilienceEvent.CircuitState circuitState() {
    return calls.circuitState();
  }

  /**
   * Stops the adapter's scheduler; if the adapter created its OkHttp client, also shuts down its dispatcher and evicts
   * its connections. A client given to the builder is left running: it is the caller's. A synchronous call still
   * sending is cancelled and answers as at its deadline; calls after closing fail as {@code NotSent}. Idempotent.
   */
  @Override
  public void close() {
    scheduler.shutdownNow();
    transport.close();
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    // the adapter's own pool in any case (it keeps nothing idle; this closes what a finished call left)
    freshClient.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return description;
  }

  /**
   * Configures a {@link PaykkaHttpAdapter}. A value that cannot be right throws {@link IllegalArgumentException} naming
   * the setting when it is given, or at {@link #build()} for keys (parsed once); a missing required setting throws
   * {@link IllegalStateException} naming it at {@link #build()}. No message quotes a key. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable MerchantId merchantId;
    private @Nullable String privateKeyPem;
    private @Nullable PrivateKey privateKey;
    private @Nullable Signer signer;
    private final List<String> platformKeyPems = new ArrayList<>();
    private final List<PublicKey> platformKeys = new ArrayList<>();
    private @Nullable PaykkaEnvironment environment;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(20);
    private Duration callDeadline = Duration.ofSeconds(30);
    private RetrySettings retry = RetrySettings.defaults();
    private CircuitBreakerSettings circuitBreaker = CircuitBreakerSettings.defaults();
    private @Nullable RateLimiterSettings rateLimiter;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private ResilienceListener listener = ResilienceListener.NONE;
    private int maxConcurrentRequests = 64;
    private @Nullable PaymentJournal journal;
    private @Nullable Provider signatureProvider;

    private Builder() {}

    /** The merchant's id at PayKKa ({@code merchant_id}); required. */
    public Builder merchantId(MerchantId merchantId) {
      this.merchantId = requireNonNull(merchantId, "merchantId == null");
      return this;
    }

    /**
     * The merchant's id at PayKKa as text ({@code merchant_id}); required.
     *
     * @throws IllegalArgumentException naming {@code merchantId} if it is not a merchant id
     */
    public Builder merchantId(String merchantId) {
      requireNonNull(merchantId, "merchantId == null");
      try {
        this.merchantId = MerchantId.of(merchantId);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("merchantId: " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * The merchant's RSA private key as PEM (PKCS#8 or PKCS#1) or bare Base64, parsed once at {@link #build()}.
     * Exactly one of the private key settings or {@link #signer} is required.
     */
    public Builder merchantPrivateKey(String pemOrBase64) {
      this.privateKeyPem = requireNonNull(pemOrBase64, "merchantPrivateKey == null");
      return this;
    }

    /** The merchant's RSA private key. */
    public Builder merchantPrivateKey(PrivateKey key) {
      this.privateKey = requireNonNull(key, "merchantPrivateKey == null");
      return this;
    }

    /** Signs with a {@link Signer} of your own (an HSM, a KMS) instead of a private key in memory. */
    public Builder signer(Signer signer) {
      this.signer = requireNonNull(signer, "signer == null");
      return this;
    }

    /**
     * The {@link Provider} whose SHA256withRSA signs requests (with {@link #merchantPrivateKey}) and verifies answers
     * (default: none, the JDK's provider list decides). Amazon Corretto Crypto Provider
     * ({@code AmazonCorrettoCryptoProvider.INSTANCE}, a dependency you add) is the fast choice; a Bouncy Castle
     * {@code BouncyCastleProvider} is another. It is used by reference, never installed JVM-wide; keys are translated
     * into its form once. A {@link #signer} of your own signs as it does: the provider then only verifies.
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

    /**
     * Adds a PayKKa platform public key (PEM or bare Base64), parsed at {@link #build()}, that answers are verified
     * with; at least one is required. Add several during a key rotation.
     */
    public Builder platformPublicKey(String pemOrBase64) {
      platformKeyPems.add(requireNonNull(pemOrBase64, "platformPublicKey == null"));
      return this;
    }

    /** Adds a PayKKa platform public key; call it once per key during a rotation. */
    public Builder platformPublicKey(PublicKey key) {
      platformKeys.add(requireNonNull(key, "platformPublicKey == null"));
      return this;
    }

    /** Adds every key of {@code keys} as {@link #platformPublicKey(PublicKey)} does, in order. */
    public Builder platformPublicKeys(Collection<PublicKey> keys) {
      requireNonNull(keys, "platformPublicKeys == null");
      int i = 0;
      for (PublicKey k : keys) {
        requireNonNull(k, "platformPublicKeys[" + i++ + "] == null");
      }
      platformKeys.addAll(keys);
      return this;
    }

    /** Where PayKKa is; required: {@link PaykkaEnvironment#SANDBOX}, production by URL, or a local sandbox. */
    public Builder environment(PaykkaEnvironment environment) {
      this.environment = requireNonNull(environment, "environment == null");
      return this;
    }

    /**
     * How long opening a connection may take (default 5 s).
     *
     * @throws IllegalArgumentException naming {@code connectTimeout} unless from 1 ms to 10 minutes
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = bounded("connectTimeout", timeout);
      return this;
    }

    /**
     * How long PayKKa may be silent while answering one request (default 20 s).
     *
     * @throws IllegalArgumentException naming {@code readTimeout} unless from 1 ms to 10 minutes
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = bounded("readTimeout", timeout);
      return this;
    }

    /**
     * The longest a call may take, every attempt, backoff and reconciliation query included (default 30 s). When it
     * is reached the call answers {@code NotSent} or {@code OutcomeUnknown}.
     *
     * @throws IllegalArgumentException naming {@code callDeadline} unless from 1 ms to 10 minutes
     */
    public Builder callDeadline(Duration deadline) {
      this.callDeadline = bounded("callDeadline", deadline);
      return this;
    }

    /** Retries of what is safe to repeat (default {@link RetrySettings#defaults()}). */
    public Builder retry(RetrySettings retry) {
      this.retry = requireNonNull(retry, "retry == null");
      return this;
    }

    /** The circuit breaker (default {@link CircuitBreakerSettings#defaults()}). */
    public Builder circuitBreaker(CircuitBreakerSettings circuitBreaker) {
      this.circuitBreaker = requireNonNull(circuitBreaker, "circuitBreaker == null");
      return this;
    }

    /**
     * A client-side rate limit (default: none). PayKKa's own "slow down" ({@code 010001} / HTTP 429) is honoured
     * without one, by a longer back-off; set one only to cap this instance below what PayKKa allows.
     */
    public Builder rateLimiter(RateLimiterSettings rateLimiter) {
      this.rateLimiter = requireNonNull(rateLimiter, "rateLimiter == null");
      return this;
    }

    /**
     * A journal of money-moving calls (default: none): the intent of each initiate, capture, void, refund and checkout
     * session create is recorded before it is sent (if that fails, the call is not sent and answers {@code NotSent}),
     * and its outcome once definite; an ambiguous one stays open for a
     * {@link io.github.paykka.ports.journal.JournalReconciler}. Its methods run on the adapter's threads.
     */
    public Builder paymentJournal(PaymentJournal journal) {
      this.journal = requireNonNull(journal, "paymentJournal == null");
      return this;
    }

    /**
     * An OkHttp client to share connection pool and dispatcher with. The adapter derives its own client from it
     * ({@code newBuilder()}), never changes it, and does not shut it down. Default: a client of the adapter's own.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = requireNonNull(client, "okHttpClient == null");
      return this;
    }

    /**
     * The clock of request timestamps and journal entries (default the UTC system clock). Timeouts and backoff use
     * {@link System#nanoTime()}, never this clock.
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** Observes every call's completion, and retries, reconciliations, back-pressure, circuit and limiter decisions. */
    public Builder listener(ResilienceListener listener) {
      this.listener = requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * How many requests the adapter's own OkHttp dispatcher runs at once (default 64): those of the asynchronous
     * methods, and every retry. A synchronous method sends its first attempt from the calling thread, bounded by the
     * caller's own threads. Ignored with {@link #okHttpClient}: the given client's dispatcher rules.
     *
     * @throws IllegalArgumentException naming {@code maxConcurrentRequests} unless in [1, 10000]
     */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1 || max > 10_000) {
        throw new IllegalArgumentException("maxConcurrentRequests must be in [1, 10000], was " + max);
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @throws IllegalStateException if required settings are missing (the message names every one), or two settings
     *     conflict (it names them)
     * @throws IllegalArgumentException if a key does not parse or is not RSA; the message names the setting and
     *     never quotes a key
     */
    public PaykkaHttpAdapter build() {
      // every missing setting at once: a first build should not take four tries
      List<String> missing = new ArrayList<>(4);
      if (merchantId == null) missing.add("merchantId");
      if (privateKeyPem == null && privateKey == null && signer == null) {
        missing.add("merchantPrivateKey (a PEM string, a PrivateKey, or a signer)");
      }
      if (platformKeyPems.isEmpty() && platformKeys.isEmpty()) {
        missing.add("platformPublicKey (PayKKa's answers are verified with it)");
      }
      if (environment == null) {
        missing.add("environment (PaykkaEnvironment.SANDBOX, PaykkaEnvironment.production(url) or local(url))");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " required");
      }
      Signer s = KeySettings.signer(privateKeyPem, privateKey, signer, signatureProvider);
      List<PublicKey> platform = KeySettings.platformKeys(platformKeyPems, platformKeys);
      return new PaykkaHttpAdapter(this, merchantId, s, platform, environment);
    }

    /** {@code d} if it is from 1 ms to {@link #LONGEST_DEADLINE}: compared, never converted, so that none overflows. */
    private static Duration bounded(String setting, Duration d) {
      requireNonNull(d, setting + " == null");
      if (d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(LONGEST_DEADLINE) > 0) {
        throw new IllegalArgumentException(setting + " must be from 1 ms to 10 minutes, was " + d);
      }
      return d;
    }
  }
}
