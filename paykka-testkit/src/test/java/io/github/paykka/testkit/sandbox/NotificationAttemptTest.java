package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.notification.NotifyType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationAttemptTest {

  private static NotificationAttempt attempt(String notifyType) {
    return new NotificationAttempt(1, URI.create("http://127.0.0.1:1/n"), notifyType, OrderId.of("O1"),
        "{}".getBytes(UTF_8), Map.of("type", List.of("RSA")), 1, Instant.EPOCH, 200, null);
  }

  @Test
  void theTypeIsComparedWithTheDomainsTypeByItsWireName() {
    assertThat(attempt("PAYMENT.SUCCESS").is(NotifyType.PAYMENT_SUCCESS)).isTrue();
    assertThat(attempt("PAYMENT.SUCCESS").is(NotifyType.REFUND_SUCCESS)).isFalse();
    assertThat(attempt("REFUND.SUCCESS").is(NotifyType.REFUND_SUCCESS)).isTrue();
    // a type this version does not know is none of the domain's
    assertThat(NotifyType.values()).noneMatch(attempt("PAYMENT.SOMETHING_NEW")::is);
  }
}
