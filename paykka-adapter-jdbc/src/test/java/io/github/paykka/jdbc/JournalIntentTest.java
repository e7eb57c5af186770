package io.github.paykka.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.RequestDigest;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalIntentTest {
  static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

  @Test
  void theDigestTellsRequestsApartAndNeverHashesTheCardNumber() {
    PaymentRequest.Builder builder = TestRequests.purchase(TestCard.VISA_SUCCESS);
    PaymentRequest request = TestRequests.valid(builder);
    JournalIntent.Initiate intent = JournalIntent.initiate(request, T0);
    assertThat(intent.operation()).isEqualTo(Operation.INITIATE);
    assertThat(intent.reference()).isEqualTo(request.transId().value());
    assertThat(intent.requestDigest()).matches("sha256:[0-9a-f]{64}")
        .isEqualTo(JournalIntent.initiate(TestRequests.valid(builder), T0).requestDigest())
        .isNotEqualTo(JournalIntent.initiate(TestRequests.valid(builder.amount(TestRequests.usd(999))), T0)
            .requestDigest());
    // what is digested is the masked text form
    assertThat(request.toString()).doesNotContain(TestCard.VISA_SUCCESS.number());
    assertThat(intent.requestDigest()).isEqualTo(RequestDigest.ofText(request.toString()));
  }

  @Test
  void intentsRefuseWhatCannotBeStored() {
    Balances usd = Balances.zero(Currency.USD);
    assertThatThrownBy(() -> new JournalIntent.Capture(OrderId.of("GW1"), Money.of(1, Currency.EUR), true, usd,
        "sha256:x", T0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("balances in USD");
    assertThatThrownBy(() -> new JournalIntent.VoidPayment(OrderId.of("GW1"), usd, " ", T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestDigest");
    assertThatThrownBy(() -> new JournalIntent.VoidPayment(OrderId.of("GW1"), usd, "x".repeat(101), T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestDigest");
    assertThatThrownBy(() -> JournalOutcome.happened(T0, JournalOutcome.Source.ANSWER,
        io.vavr.control.Option.some("x".repeat(65)), io.vavr.control.Option.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
  }
}
