package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever {@link Duration} a setting is given, the adapter either takes it and builds, or refuses it with an
 * {@link IllegalArgumentException} naming the setting: never an {@link ArithmeticException} from a conversion.
 */
class BuilderDurationProperties {
  /** The duration settings, each as the builder it makes from a duration and the name its refusal must carry. */
  enum Setting {
    CONNECT_TIMEOUT("connectTimeout", d -> complete().connectTimeout(d)),
    READ_TIMEOUT("readTimeout", d -> complete().readTimeout(d)),
    CALL_DEADLINE("callDeadline", d -> complete().callDeadline(d)),
    INITIAL_BACKOFF("retry.", d -> complete().retry(RetrySettings.defaults().withBackoff(d, max(d)))),
    MAX_BACKOFF("retry.maxBackoff", d -> complete().retry(RetrySettings.defaults()
        .withBackoff(Duration.ofMillis(1), d))),
    WAIT_IN_OPEN_STATE("circuitBreaker.waitInOpenState",
        d -> complete().circuitBreaker(new CircuitBreakerSettings(50f, 20, 10, d, 3))),
    REFRESH_PERIOD("rateLimiter.refreshPeriod",
        d -> complete().rateLimiter(new RateLimiterSettings(10, d, Duration.ZERO))),
    MAX_WAIT("rateLimiter.maxWait",
        d -> complete().rateLimiter(new RateLimiterSettings(10, Duration.ofSeconds(1), d)));

    final String name;
    final Function<Duration, PaykkaHttpAdapter.Builder> builder;

    Setting(String name, Function<Duration, PaykkaHttpAdapter.Builder> builder) {
      this.name = name;
      this.builder = builder;
    }
  }

  private static Duration max(Duration d) {
    return d.compareTo(Duration.ofSeconds(1)) > 0 ? d : Duration.ofSeconds(1);
  }

  private static PaykkaHttpAdapter.Builder complete() {
    return PaykkaHttpAdapter.builder()
        .merchantId("M1")
        .signer(data -> new byte[256])
        .platformPublicKey(SandboxFixture.PLATFORM_KEYS.publicKey())
        .environment(PaykkaEnvironment.SANDBOX);
  }

  @Provide
  Arbitrary<Duration> durations() {
    Arbitrary<Duration> any = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 999_999_999))
        .as(Duration::ofSeconds);
    Arbitrary<Duration> near = Arbitraries.longs().between(-1_000_000_000_000L, 2_000_000_000_000_000L)
        .map(Duration::ofNanos);
    return Arbitraries.oneOf(any, near, Arbitraries.of(Duration.ZERO, Duration.ofNanos(1), Duration.ofMillis(1),
        Duration.ofMinutes(10), Duration.ofDays(1), java.time.temporal.ChronoUnit.FOREVER.getDuration(),
        Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofSeconds(Long.MIN_VALUE)));
  }

  @Property(tries = 300)
  void aDurationIsTakenOrRefusedByNameNeverOverflowed(@ForAll Setting setting, @ForAll("durations") Duration d) {
    PaykkaHttpAdapter.Builder builder;
    try {
      builder = setting.builder.apply(d);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).contains(setting.name);
      return;
    }
    try (PaykkaHttpAdapter adapter = builder.build()) {
      assertThat(adapter.circuitState()).isEqualTo(ResilienceEvent.CircuitState.CLOSED);
    }
  }
}
