package io.github.paykka.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.testkit.fake.FakePaykka;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The testkit's builders as every builder of the library: a bad value is an IllegalArgumentException naming the
 * setting, a missing one an IllegalStateException naming it, and no duration ends in an arithmetic overflow.
 */
class SandboxBuilderTest {
  private static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

  @Test
  void theSandboxBuilderNamesEveryBadOrMissingSetting() {
    assertThatThrownBy(() -> PaykkaSandbox.builder().signatureFreshness(FOREVER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signatureFreshness");
    assertThatThrownBy(() -> PaykkaSandbox.builder().signatureFreshness(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signatureFreshness");
    assertThatThrownBy(() -> PaykkaSandbox.builder().notificationRetry(Duration.ofMillis(1), FOREVER, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notificationRetry.maxDelay");
    assertThatThrownBy(() -> PaykkaSandbox.builder().notificationRetry(FOREVER, FOREVER, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notificationRetry.firstDelay");
    assertThatThrownBy(() -> PaykkaSandbox.builder().notificationRetry(Duration.ZERO, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notificationRetry.maxAttempts");
    assertThatThrownBy(() -> PaykkaSandbox.builder().merchant(" ", TestKeys.generate().publicKey()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("merchant");
    assertThatThrownBy(() -> PaykkaSandbox.builder().merchant("M1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("merchant");
    assertThatThrownBy(() -> PaykkaSandbox.builder().port(70_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    assertThatThrownBy(() -> PaykkaSandbox.builder().start())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merchant");
    // the longest windows accepted still start and sign
    try (PaykkaSandbox sandbox = PaykkaSandbox.builder().merchant("M1", TestKeys.generate().publicKey())
        .signatureFreshness(Duration.ofDays(36_500)).notificationRetry(Duration.ofDays(1), Duration.ofDays(1), 1)
        .start()) {
      assertThat(sandbox.port()).isPositive();
    }
  }

  @Test
  void theFakesTakeTheirMerchantAsTextToo() {
    assertThat(FakePaykka.builder().merchantId("18000000000001").build().merchantId().value())
        .isEqualTo("18000000000001");
    assertThatThrownBy(() -> FakePaykka.builder().merchantId("x".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("merchantId");
  }
}
