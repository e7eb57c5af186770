package io.github.paykka.jdbc;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.RequestDigest;
import java.time.Instant;
import java.util.List;

/** One intent of each kind, for journal tests. */
final class Intents {
  private Intents() {}

  static Money usd(long minor) {
    return Money.of(minor, Currency.USD);
  }

  static JournalIntent.Initiate initiate(String transId, long amount, Instant at) {
    return new JournalIntent.Initiate(TransId.of(transId), usd(amount), RequestDigest.ofText("initiate " + transId),
        at);
  }

  static List<JournalIntent> oneOfEach(Instant at) {
    Balances authorised = new Balances(usd(1000), usd(300), usd(0), usd(0));
    return List.of(
        initiate("T0000000001", 1000, at),
        new JournalIntent.Capture(OrderId.of("GW0000000001"), usd(200), false, authorised,
            RequestDigest.ofText("capture"), at),
        new JournalIntent.VoidPayment(OrderId.of("GW0000000002"), authorised, RequestDigest.ofText("void"), at),
        new JournalIntent.RefundPayment(RefundTransId.of("R0000000001"), OrderId.of("GW0000000003"), usd(150),
            RequestDigest.ofText("refund"), at),
        new JournalIntent.CreateCheckout(TransId.of("T0000000002"), Money.of(5000, Currency.JPY),
            RequestDigest.ofText("checkout"), at));
  }
}
