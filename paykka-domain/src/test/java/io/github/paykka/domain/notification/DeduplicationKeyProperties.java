package io.github.paykka.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.RefundStatus;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The deduplication key: the same for every delivery of one notification whatever its timestamp, different as soon
 * as any other field differs (issue 10, item 7), and bounded.
 */
class DeduplicationKeyProperties {
  static final Money AMOUNT = Money.of(1999, Currency.USD);
  static final Money ZERO = Money.zero(Currency.USD);

  static PaymentNotification payment(long timestamp, Money captured) {
    return new PaymentNotification(NotifyType.PAYMENT_SUCCESS, MerchantId.of("M1"), timestamp, TransId.of("T1"),
        OrderId.of("GW1"), OrderStatus.SUCCESS, AMOUNT, Option.some(new Balances(AMOUNT, captured, ZERO, ZERO)),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
  }

  @Example
  void twoCapturesOfOneOrderAreTwoNotificationsAndARedeliveryIsOne() {
    long t = 1_748_779_200_000L;
    PaymentNotification first = payment(t, Money.of(500, Currency.USD));
    PaymentNotification second = payment(t + 60_000, Money.of(1999, Currency.USD));
    PaymentNotification secondResigned = payment(t + 120_000, Money.of(1999, Currency.USD));

    assertThat(first.deduplicationKey()).isNotEqualTo(second.deduplicationKey());
    assertThat(second.deduplicationKey()).isEqualTo(secondResigned.deduplicationKey());
    assertThat(second.deduplicationKey()).startsWith("payment:M1:GW1:PAYMENT.SUCCESS:SUCCESS:");
  }

  @Example
  void theKeyIsBoundedWithTheLongestIdentifiers() {
    String longest = "9".repeat(32);
    PaymentNotification p = new PaymentNotification(NotifyType.PAYMENT_AUTHORIZATION, MerchantId.of(longest), 1,
        TransId.of(longest), OrderId.of(longest), OrderStatus.PARTIALLY_REVERSED, AMOUNT, Option.none(),
        Option.some("x".repeat(10_000)), Option.some("y".repeat(10_000)), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none());
    RefundNotification r = new RefundNotification(NotifyType.REFUND_FAILURE, MerchantId.of(longest), 1,
        RefundTransId.of(longest), OrderId.of(longest), Option.some(RefundOrderId.of(longest)),
        RefundStatus.PROCESSING, AMOUNT, Option.some("z".repeat(10_000)), Option.none());

    String wide = "\uD83D\uDE00".repeat(16); // 16 emoji: 32 chars, in case identifiers are counted in code points
    PaymentNotification emoji = new PaymentNotification(NotifyType.PAYMENT_AUTHORIZATION, MerchantId.of(wide), 1,
        TransId.of(wide), OrderId.of(wide), OrderStatus.PARTIALLY_REVERSED, AMOUNT, Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
    assertThat(emoji.deduplicationKey().length()).isLessThanOrEqualTo(Notification.MAX_DEDUPLICATION_KEY_LENGTH);
    for (Notification n : new Notification[] {p, r}) {
      assertThat(n.deduplicationKey().length()).isLessThanOrEqualTo(Notification.MAX_DEDUPLICATION_KEY_LENGTH);
      assertThat(n.deduplicationKey()).matches("[\\x21-\\x7e]+");
    }
  }

  @Provide
  Arbitrary<PaymentNotification> payments() {
    Arbitrary<Option<String>> text = Arbitraries.strings().alpha().ofMaxLength(6).injectNull(0.3).map(Option::of);
    Arbitrary<Option<String>> token = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).injectNull(0.3)
        .map(Option::of);
    Arbitrary<Option<Balances>> balances = Arbitraries.longs().between(0, 5000)
        .map(a -> new Balances(Money.of(a, Currency.USD), Money.of(a / 2, Currency.USD), ZERO,
            Money.of(a / 4, Currency.USD)))
        .injectNull(0.3).map(Option::of);
    return Combinators.combine(Arbitraries.of(NotifyType.PAYMENT_AUTHORIZATION, NotifyType.PAYMENT_SUCCESS,
                NotifyType.PAYMENT_FAILURE, NotifyType.PAYMENT_CANCELED), Arbitraries.of(OrderStatus.class), balances,
            text, text, token, Arbitraries.of("4111", "4242"))
        .as((type, status, b, code, desc, tk, last4) -> new PaymentNotification(type, MerchantId.of("M1"), 7,
            TransId.of("T1"), OrderId.of("GW1"), status, AMOUNT, b, code, desc, Option.none(),
            tk.map(CardToken::of), Option.none(), Option.none(),
            Option.some(new CardSummary("424242", last4, "VISA"))));
  }

  /** A change of exactly one field, other than the timestamp. */
  @Provide
  Arbitrary<UnaryOperator<PaymentNotification>> changes() {
    return Arbitraries.of(
        n -> with(n, 0,
            n.type() == NotifyType.PAYMENT_SUCCESS ? NotifyType.PAYMENT_FAILURE : NotifyType.PAYMENT_SUCCESS),
        n -> with(n, 1, MerchantId.of("M2")),
        n -> with(n, 3, TransId.of("T2")),
        n -> with(n, 4, OrderId.of("GW2")),
        n -> with(n, 5, n.status() == OrderStatus.SUCCESS ? OrderStatus.FAILURE : OrderStatus.SUCCESS),
        n -> with(n, 6, Money.of(AMOUNT.minorUnits() + 1, Currency.USD)),
        n -> with(n, 7, n.balances().isEmpty() ? Option.some(Balances.zero(Currency.USD))
            : Option.some(new Balances(Money.of(n.balances().get().authed().minorUnits() + 1, Currency.USD),
                n.balances().get().captured(), n.balances().get().voided(), n.balances().get().refunded()))),
        n -> with(n, 8, n.errorCode().isEmpty() ? Option.some("") : Option.none()),
        n -> with(n, 9, Option.some(n.errorDescription().getOrElse("") + "!")),
        n -> with(n, 10, Option.some(RecurringAgreementId.of("RA1"))),
        n -> with(n, 11, Option.some(CardToken.of(n.token().map(CardToken::value).getOrElse("") + "T"))),
        n -> with(n, 12, Option.some(ShopperReference.of("shopper"))),
        n -> with(n, 13, Option.some(SessionId.of("CS1"))),
        n -> with(n, 14, Option.<CardSummary>none()));
  }

  @Property(tries = 500)
  void anyOtherFieldChangesTheKeyTheTimestampDoesNot(@ForAll("payments") PaymentNotification n,
      @ForAll("changes") UnaryOperator<PaymentNotification> change, @ForAll long otherTimestamp) {
    PaymentNotification resigned = new PaymentNotification(n.type(), n.merchantId(), otherTimestamp, n.transId(),
        n.orderId(), n.status(), n.amount(), n.balances(), n.errorCode(), n.errorDescription(),
        n.recurringAgreementId(), n.token(), n.shopperReference(), n.sessionId(), n.card());
    assertThat(resigned.deduplicationKey()).isEqualTo(n.deduplicationKey());
    assertThat(change.apply(n).deduplicationKey()).isNotEqualTo(n.deduplicationKey());
  }

  @SuppressWarnings("unchecked")
  static PaymentNotification with(PaymentNotification n, int component, Object value) {
    Object[] c = {n.type(), n.merchantId(), n.timestamp(), n.transId(), n.orderId(), n.status(), n.amount(),
        n.balances(), n.errorCode(), n.errorDescription(), n.recurringAgreementId(), n.token(), n.shopperReference(),
        n.sessionId(), n.card()};
    c[component] = value;
    return new PaymentNotification((NotifyType) c[0], (MerchantId) c[1], (long) c[2], (TransId) c[3],
        (OrderId) c[4], (OrderStatus) c[5], (Money) c[6], (Option<Balances>) c[7], (Option<String>) c[8],
        (Option<String>) c[9], (Option<RecurringAgreementId>) c[10], (Option<CardToken>) c[11],
        (Option<ShopperReference>) c[12], (Option<SessionId>) c[13], (Option<CardSummary>) c[14]);
  }
}
