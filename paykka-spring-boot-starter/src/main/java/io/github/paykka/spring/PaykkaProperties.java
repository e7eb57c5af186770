package io.github.paykka.spring;

import io.github.paykka.http.CircuitBreakerSettings;
import io.github.paykka.http.RateLimiterSettings;
import io.github.paykka.http.RetrySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code paykka.*} properties. Four are required ({@code merchant-id}, {@code merchant-private-key},
 * {@code platform-public-keys}, {@code environment}); every other one has the library's default. A bad or missing
 * value fails start-up with a message naming the property.
 */
@ConfigurationProperties(prefix = "paykka")
public final class PaykkaProperties {

  /** Your merchant_id at PayKKa, e.g. 18356675194960. Required. */
  private @Nullable String merchantId;

  /**
   * Your RSA private key, whose public key you uploaded to PayKKa: PEM text (PKCS#8 or PKCS#1), bare Base64 (PKCS#8 DER),
   * or a location: file:/run/secrets/paykka-private-key.pem or classpath:paykka/private-key.pem. Read and parsed once,
   * at start-up. Required, unless the application declares its own PaykkaCredentials bean.
   */
  private @Nullable String merchantPrivateKey;

  /**
   * PayKKa's platform public key(s) that answers and notifications are verified with, each as PEM, bare Base64 or a
   * file: / classpath: location. Give the current and the next key while PayKKa rotates its key. At least one is
   * required.
   */
  private List<String> platformPublicKeys = new ArrayList<>();

  /**
   * Where PayKKa is: "sandbox" (https://sandbox.aq.paykka.com/), "production" (with paykka.base-url, the URL PayKKa
   * gave you), or a base URL (https, or http to a loopback host such as a local testkit sandbox). Required.
   */
  private @Nullable String environment;

  /** PayKKa's production base URL (https), with paykka.environment=production. */
  private @Nullable String baseUrl;

  /** How long opening a connection to PayKKa may take. */
  private Duration connectTimeout = Duration.ofSeconds(5);

  /** How long PayKKa may stay silent while answering one request (also the write timeout). */
  private Duration readTimeout = Duration.ofSeconds(20);

  /**
   * The longest one call may take, every attempt, backoff and reconciliation query included (at most 10 minutes). When
   * it is reached the call answers NotSent or OutcomeUnknown, never a decline.
   */
  private Duration callDeadline = Duration.ofSeconds(30);

  /** How many requests the adapter's own HTTP client runs at once (1 to 10000). */
  private int maxConcurrentRequests = 64;

  private final Retry retry = new Retry();
  private final CircuitBreaker circuitBreaker = new CircuitBreaker();
  private final RateLimiter rateLimiter = new RateLimiter();
  private final Webhook webhook = new Webhook();
  private final Inbox inbox = new Inbox();
  private final Metrics metrics = new Metrics();

  public @Nullable String getMerchantId() {
    return merchantId;
  }

  public void setMerchantId(@Nullable String merchantId) {
    this.merchantId = merchantId;
  }

  public @Nullable String getMerchantPrivateKey() {
    return merchantPrivateKey;
  }

  public void setMerchantPrivateKey(@Nullable String merchantPrivateKey) {
    this.merchantPrivateKey = merchantPrivateKey;
  }

  public List<String> getPlatformPublicKeys() {
    return platformPublicKeys;
  }

  public void setPlatformPublicKeys(List<String> platformPublicKeys) {
    this.platformPublicKeys = platformPublicKeys;
  }

  public @Nullable String getEnvironment() {
    return environment;
  }

  public void setEnvironment(@Nullable String environment) {
    this.environment = environment;
  }

  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Duration getCallDeadline() {
    return callDeadline;
  }

  public void setCallDeadline(Duration callDeadline) {
    this.callDeadline = callDeadline;
  }

  public int getMaxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  public void setMaxConcurrentRequests(int maxConcurrentRequests) {
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  public Retry getRetry() {
    return retry;
  }

  public CircuitBreaker getCircuitBreaker() {
    return circuitBreaker;
  }

  public RateLimiter getRateLimiter() {
    return rateLimiter;
  }

  public Webhook getWebhook() {
    return webhook;
  }

  public Inbox getInbox() {
    return inbox;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  /** {@code paykka.retry.*}: how the adapter repeats what is safe to repeat. */
  public static final class Retry {
    /** Requests per call at most, the first included; 1 disables retries (1 to 20). */
    private int maxAttempts = 3;
    /** The wait before the second attempt, before jitter. */
    private Duration initialBackoff = Duration.ofMillis(100);
    /** How much each wait grows (1 to 10). */
    private double multiplier = 2.0;
    /** The randomisation of each wait, in [0, 1): a wait w becomes a uniform pick in [w(1-jitter), w(1+jitter)]. */
    private double jitter = 0.5;
    /** The longest wait between two attempts (at least initial-backoff). */
    private Duration maxBackoff = Duration.ofSeconds(2);

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public double getMultiplier() {
      return multiplier;
    }

    public void setMultiplier(double multiplier) {
      this.multiplier = multiplier;
    }

    public double getJitter() {
      return jitter;
    }

    public void setJitter(double jitter) {
      this.jitter = jitter;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /**
     * These values as the adapter's settings.
     *
     * @throws IllegalArgumentException naming the setting out of range
     */
    RetrySettings toSettings() {
      return new RetrySettings(maxAttempts, initialBackoff, multiplier, jitter, maxBackoff);
    }
  }

  /** {@code paykka.circuit-breaker.*}: when the adapter stops calling PayKKa for a while. */
  public static final class CircuitBreaker {
    /** The failure rate, in percent (0, 100], over the window at which the circuit opens. */
    private float failureRateThreshold = 50f;
    /** How many of the last calls the failure rate is computed over. */
    private int windowSize = 20;
    /** How many calls must have been made before the rate counts (1 to window-size). */
    private int minimumCalls = 10;
    /** How long the circuit stays open: every call fails at once as NotSent meanwhile. */
    private Duration waitInOpenState = Duration.ofSeconds(10);
    /** How many trial calls go through once the wait is over. */
    private int permittedCallsInHalfOpenState = 3;

    public float getFailureRateThreshold() {
      return failureRateThreshold;
    }

    public void setFailureRateThreshold(float failureRateThreshold) {
      this.failureRateThreshold = failureRateThreshold;
    }

    public int getWindowSize() {
      return windowSize;
    }

    public void setWindowSize(int windowSize) {
      this.windowSize = windowSize;
    }

    public int getMinimumCalls() {
      return minimumCalls;
    }

    public void setMinimumCalls(int minimumCalls) {
      this.minimumCalls = minimumCalls;
    }

    public Duration getWaitInOpenState() {
      return waitInOpenState;
    }

    public void setWaitInOpenState(Duration waitInOpenState) {
      this.waitInOpenState = waitInOpenState;
    }

    public int getPermittedCallsInHalfOpenState() {
      return permittedCallsInHalfOpenState;
    }

    public void setPermittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
      this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
    }

    /**
     * These values as the adapter's settings.
     *
     * @throws IllegalArgumentException naming the setting out of range
     */
    CircuitBreakerSettings toSettings() {
      return new CircuitBreakerSettings(failureRateThreshold, windowSize, minimumCalls, waitInOpenState,
          permittedCallsInHalfOpenState);
    }
  }

  /** {@code paykka.rate-limiter.*}: the client-side rate limit, per instance of the application. */
  public static final class RateLimiter {
    /**
     * Whether requests are limited on this side (default false, as the library: PayKKa's own "slow down" answers are
     * honoured by the retry); true caps this instance at the values below.
     */
    private boolean enabled;
    /** Requests per refresh period. */
    private int limitForPeriod = 100;
    /** The period (at least 1 ms). */
    private Duration refreshPeriod = Duration.ofSeconds(1);
    /** How long a request may wait for a permit (never past the call's deadline); then it fails as NotSent. */
    private Duration maxWait = Duration.ofSeconds(1);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getLimitForPeriod() {
      return limitForPeriod;
    }

    public void setLimitForPeriod(int limitForPeriod) {
      this.limitForPeriod = limitForPeriod;
    }

    public Duration getRefreshPeriod() {
      return refreshPeriod;
    }

    public void setRefreshPeriod(Duration refreshPeriod) {
      this.refreshPeriod = refreshPeriod;
    }

    public Duration getMaxWait() {
      return maxWait;
    }

    public void setMaxWait(Duration maxWait) {
      this.maxWait = maxWait;
    }

    /**
     * These values as the adapter's settings, or null when disabled (the adapter's default: no client-side limit).
     * The values are checked either way, so that a wrong one fails start-up before it is ever switched on.
     *
     * @throws IllegalArgumentException naming the setting out of range
     */
    @Nullable RateLimiterSettings toSettings() {
      RateLimiterSettings settings = new RateLimiterSettings(limitForPeriod, refreshPeriod, maxWait);
      return enabled ? settings : null;
    }
  }

  /** {@code paykka.webhook.*}: the endpoint PayKKa sends notifications to. */
  public static final class Webhook {
    /**
     * Whether the endpoint is registered (it is only when the application has a NotificationListener bean and runs a
     * servlet container).
     */
    private boolean enabled = true;
    /** The path of the endpoint on the application's server: the path of the notify_url you give PayKKa. */
    private String path = "/paykka/notifications";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }
  }

  /** {@code paykka.inbox.*}: where notifications are deduplicated. */
  public static final class Inbox {
    /**
     * With the JDBC inbox (paykka-adapter-jdbc and a DataSource), whether its tables are created or upgraded at
     * start-up. Set it to false when your migration tool applies the files at PaykkaSchema.LOCATION.
     */
    private boolean initializeSchema = true;

    public boolean isInitializeSchema() {
      return initializeSchema;
    }

    public void setInitializeSchema(boolean initializeSchema) {
      this.initializeSchema = initializeSchema;
    }
  }

  /** {@code paykka.metrics.*}: Micrometer metrics, when the application has a MeterRegistry. */
  public static final class Metrics {
    /** Whether PayKKa's calls, notifications and resilience are recorded in the application's MeterRegistry. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
