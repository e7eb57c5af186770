package io.github.paykka.wire.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionMode;
import io.github.paykka.domain.checkout.SessionStatus;
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
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Domain -> response or notification DTO -> JSON -> DTO -> domain is the identity, for what the sandbox answers. */
class SandboxMappingProperties {
  private static final MerchantId M = MerchantId.of("18356675194960");
  private final WireCodec codec = WireCodec.create();
  private final WireMapper mapper = WireMapper.create();
  private final SandboxMapper sandbox = SandboxMapper.create();

  private <T> T viaJson(T dto, Class<T> type) {
    return codec.decode(codec.encode(dto), type).get();
  }

  static <T> Arbitrary<Option<T>> option(Arbitrary<T> a) {
    return a.injectNull(0.4).map(Option::of);
  }

  static Arbitrary<PaymentOrder> order() {
    return Combinators.combine(DomainGen.id(32), DomainGen.id(32), DomainGen.currency(), Arbitraries.longs().between(1, 1_000_000),
        Arbitraries.of(CaptureMethod.class), Arbitraries.of(OrderStatus.class), Arbitraries.doubles().between(0, 1).list().ofSize(4))
        .as((orderId, trans, currency, amount, capture, status, f) -> {
          long authed = (long) (amount * f.get(0));
          long captured = (long) (authed * f.get(1));
          long voided = (long) ((authed - captured) * f.get(2));
          long refunded = (long) (captured * f.get(3));
          return new PaymentOrder(OrderId.of(orderId), TransId.of(trans), Money.of(amount, currency), capture, status,
              new Balances(Money.of(authed, currency), Money.of(captured, currency), Money.of(voided, currency),
                  Money.of(refunded, currency)));
        });
  }

  static Arbitrary<CardSummary> card() {
    // an all-empty summary says nothing and reads back as absent
    return Combinators.combine(Arbitraries.strings().numeric().ofMaxLength(8), Arbitraries.strings().numeric().ofMaxLength(4),
        Arbitraries.of("VISA", "MASTERCARD", "")).as(CardSummary::new)
        .filter(c -> !(c.bin().isEmpty() && c.last4().isEmpty() && c.brand().isEmpty()));
  }

  /** Printable ASCII, as the reader keeps PayKKa's texts. */
  static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20);
  }

  static Arbitrary<AuthenticationResult> authentication() {
    Arbitrary<Option<String>> w = option(word());
    Arbitrary<Option<Boolean>> b = option(Arbitraries.of(true, false));
    return Combinators.combine(option(Arbitraries.of("https://3ds.example/a?b=c")), w, w, w, w, w, b, w)
        .flatAs((url, enroll, status, version, eci, exemption, applied, mode) -> Combinators.combine(b, b, w,
            option(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40)), option(word()))
            .as((up, down, reason, xid, cryptogram) -> new AuthenticationResult(url, enroll, status, version, eci,
                exemption, applied, mode, up, down, reason, xid, cryptogram)))
        .filter(a -> !a.isEmpty());
  }

  static Arbitrary<ReportedPaymentMethod> method() {
    return Arbitraries.oneOf(Arbitraries.of(PaymentMethod.class).map(ReportedPaymentMethod::of),
        Arbitraries.of("PAYPAL", "Klarna", "AFTER_PAY").map(ReportedPaymentMethod::unknown));
  }

  /** What a result reads back as: the able_to figures the sandbox writes come back as PayKKa's reported ones. */
  static PaymentOrder reported(PaymentOrder o) {
    return new PaymentOrder(o.orderId(), o.transId(), o.amount(), o.captureMethod(), o.status(),
        o.balances().withReported(Option.some(o.ableToCapture()), Option.some(o.ableToVoid()),
            Option.some(o.ableToRefund())));
  }

  @Provide
  Arbitrary<PaymentResult> results() {
    return Combinators.combine(order(), option(authentication()),
        option(Arbitraries.of("2099", "0000")), option(DomainGen.text(40)), option(DomainGen.id(64).map(CardToken::of)),
        option(DomainGen.id(32).map(RecurringAgreementId::of)), option(DomainGen.id(64).map(ShopperReference::of)),
        option(DomainGen.id(32).map(SessionId::of)))
        .flatAs((order, url, code, desc, token, agreement, shopper, session) -> Combinators.combine(option(card()),
            option(method()), option(DomainGen.time()), option(DomainGen.time()))
            .as((card, method, finish, expire) -> new PaymentResult(order, url, code, desc, token, agreement, shopper,
                session, card, method, finish, expire)));
  }

  @Property(tries = 300)
  void paymentResponsesRoundTrip(@ForAll("results") PaymentResult result) {
    PaymentsQueryRespDto q = viaJson(sandbox.paymentsQueryResponse(M, result), PaymentsQueryRespDto.class);
    PaymentResult expected = new PaymentResult(reported(result.order()), result.authentication(), result.errorCode(),
        result.errorDescription(), result.token(), result.recurringAgreementId(), result.shopperReference(),
        result.sessionId(), result.card(), result.paymentMethod(), result.payFinishTime(), result.expireTime());
    assertThat(mapper.paymentResult(q).get()).isEqualTo(expected);
    PaymentResult withoutSession = new PaymentResult(expected.order(), result.authentication(), result.errorCode(),
        result.errorDescription(), result.token(), result.recurringAgreementId(), result.shopperReference(), Option.none(),
        result.card(), result.paymentMethod(), result.payFinishTime(), result.expireTime());
    PaymentsRespDto r = viaJson(sandbox.paymentsResponse(M, result), PaymentsRespDto.class);
    assertThat(mapper.paymentResult(r).get()).isEqualTo(withoutSession);
    assertThat(r.merchantId()).isEqualTo(M.value());
    assertThat(r.balances().ableToRefundAmount()).isEqualTo(result.order().ableToRefund().minorUnits());
  }

  @Property(tries = 200)
  void refundsRoundTrip(@ForAll("refunds") Refund refund) {
    assertThat(mapper.refund(viaJson(sandbox.refundResponse(M, refund), RefundRespDto.class)).get()).isEqualTo(refund);
  }

  @Provide
  Arbitrary<Refund> refunds() {
    return Combinators.combine(DomainGen.id(32), option(DomainGen.id(32).map(RefundOrderId::of)), DomainGen.id(32),
        DomainGen.currency().flatMap(DomainGen::money), Arbitraries.of(ReasonCode.class), Arbitraries.of(RefundStatus.class))
        .flatAs((t, o, ori, amount, reason, status) -> Arbitraries.of(true, false).map(known -> new Refund(
            RefundTransId.of(t), o, known ? Option.some(OrderId.of(ori)) : Option.none(), amount, reason, status)));
  }

  @Property(tries = 200)
  void tokensRoundTrip(@ForAll("tokens") StoredCardToken token) {
    QueryTokenRespDto item = viaJson(sandbox.tokenItem(token), QueryTokenRespDto.class);
    assertThat(mapper.storedToken(item, token.shopperReference()).get()).isEqualTo(token);
  }

  /** Tokens as the engine makes them, and as a list answer may read them: values unknown or absent. */
  @Provide
  Arbitrary<StoredCardToken> tokens() {
    Arbitrary<StoredCardToken> known = Combinators.combine(DomainGen.id(64), DomainGen.id(64),
            Arbitraries.of(PaymentMethod.class), Arbitraries.of(TokenUsage.class), Arbitraries.of(TokenStatus.class))
        .as((t, s, m, u, st) -> new StoredCardToken(CardToken.of(t), ShopperReference.of(s), m, u, st));
    Arbitrary<Option<ReportedPaymentMethod>> method = Arbitraries.oneOf(
        Arbitraries.of(PaymentMethod.class).map(m -> Option.some(ReportedPaymentMethod.of(m))),
        Arbitraries.of("PayPal", "KLARNA").map(m -> Option.some(ReportedPaymentMethod.unknown(m))),
        Arbitraries.just(Option.none()));
    Arbitrary<StoredCardToken> reported = Combinators.combine(DomainGen.id(64), method,
            Arbitraries.of(TokenUsage.class).injectNull(0.3), Arbitraries.of("INSTALMENT", "").injectNull(0.3),
            Arbitraries.of(TokenStatus.class).injectNull(0.3), Arbitraries.of("SUSPENDED", "").injectNull(0.3))
        .as((t, m, u, uText, st, stText) -> new StoredCardToken(CardToken.of(t), ShopperReference.of("S1"), m,
            Option.of(u), Option.of(st), u != null || uText == null || uText.isEmpty() ? Option.none()
                : Option.some(uText), st != null || stText == null || stText.isEmpty() ? Option.none()
                : Option.some(stText)));
    return Arbitraries.oneOf(known, reported);
  }

  @Property(tries = 200)
  void sessionsRoundTrip(@ForAll("sessions") CheckoutSession session) {
    assertThat(mapper.checkoutSession(viaJson(sandbox.sessionResponse(M, session), SessionRespDto.class)).get())
        .isEqualTo(session);
    SessionQueryRespDto q = viaJson(sandbox.sessionQueryResponse(M, session, Option.some(OrderId.of("GW1"))),
        SessionQueryRespDto.class);
    assertThat(mapper.checkoutSession(q).get()).isEqualTo(session);
    assertThat(q.orderId()).isEqualTo("GW1");
  }

  @Provide
  Arbitrary<CheckoutSession> sessions() {
    return Combinators.combine(DomainGen.id(32), DomainGen.id(32), DomainGen.currency().flatMap(DomainGen::money),
        Arbitraries.of(SessionMode.class), option(Arbitraries.of("https://checkout.example/CS1")),
        option(DomainGen.time().map(t -> t.toInstant())), Arbitraries.of(SessionStatus.class),
        option(Arbitraries.of("PAYING", "Refunding", "WAITING_3DS")))
        .as((id, trans, amount, mode, url, expires, status, unrecognised) -> new CheckoutSession(SessionId.of(id),
            TransId.of(trans), amount, Option.some(mode), url, expires,
            unrecognised.isDefined() ? SessionStatus.OPEN : status, unrecognised));
  }

  @Property(tries = 300)
  void paymentNotificationsRoundTrip(@ForAll("paymentNotifications") PaymentNotification n) {
    PaymentsNotifyReqDto d = viaJson(sandbox.paymentNotification(n), PaymentsNotifyReqDto.class);
    assertThat(mapper.paymentNotification(d).get()).isEqualTo(n);
  }

  @Provide
  Arbitrary<PaymentNotification> paymentNotifications() {
    return Combinators.combine(Arbitraries.of(NotifyType.class).filter(t -> !t.isRefund()), Arbitraries.longs().between(0, 4_000_000_000_000L),
        order(), option(Arbitraries.of("2099")), option(DomainGen.text(30)), option(DomainGen.id(32).map(RecurringAgreementId::of)),
        option(DomainGen.id(64).map(CardToken::of)), option(DomainGen.id(64).map(ShopperReference::of)))
        .flatAs((type, ts, order, code, desc, agreement, token, shopper) -> Combinators.combine(
            option(DomainGen.id(32).map(SessionId::of)), option(card()), Arbitraries.of(true, false),
            option(authentication()), option(method()))
            .as((session, card, withBalances, auth, method) -> new PaymentNotification(type, M, ts, order.transId(),
                order.orderId(), order.status(), order.amount(),
                withBalances ? Option.some(reported(order).balances()) : Option.none(), code, desc, agreement, token,
                shopper, session, card, auth, method)));
  }

  @Property(tries = 200)
  void refundNotificationsRoundTrip(@ForAll("refundNotifications") RefundNotification n) {
    RefundNotifyReqDto d = viaJson(sandbox.refundNotification(n), RefundNotifyReqDto.class);
    assertThat(mapper.refundNotification(d).get()).isEqualTo(n);
  }

  @Provide
  Arbitrary<RefundNotification> refundNotifications() {
    return Combinators.combine(Arbitraries.of(NotifyType.class).filter(NotifyType::isRefund), Arbitraries.longs().between(0, 4_000_000_000_000L),
        refunds(), option(Arbitraries.of("2099")), option(DomainGen.text(30)))
        .as((type, ts, r, code, desc) -> new RefundNotification(type, M, ts, r.refundTransId(),
            r.originalOrderId().getOrElse(OrderId.of("GW1")), r.refundOrderId(), r.status(), r.amount(), code, desc));
  }

  @Test
  void notificationBodiesCarryMerchantAndTimestamp() {
    PaymentOrder o = new PaymentOrder(OrderId.of("GW1"), TransId.of("t1"), Money.of(100, Currency.USD),
        CaptureMethod.AUTOMATIC, OrderStatus.SUCCESS, Balances.zero(Currency.USD));
    PaymentNotification n = new PaymentNotification(NotifyType.PAYMENT_SUCCESS, M, 1745922570644L, o.transId(),
        o.orderId(), o.status(), o.amount(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none());
    assertThat(new String(codec.encode(sandbox.paymentNotification(n)), UTF_8)).isEqualTo(
        "{\"timestamp\":1745922570644,\"notify_type\":\"PAYMENT.SUCCESS\",\"merchant_id\":\"18356675194960\","
            + "\"trans_id\":\"t1\",\"order_id\":\"GW1\",\"status\":\"SUCCESS\",\"amount\":100,\"currency\":\"USD\"}");
    CheckoutSession s = new CheckoutSession(SessionId.of("CS1"), TransId.of("t1"), Money.of(5, Currency.USD),
        SessionMode.HOSTED, Option.none(), Option.some(Instant.parse("2023-11-24T03:34:37Z")), SessionStatus.OPEN);
    SessionRespDto r = sandbox.sessionResponse(M, s);
    assertThat(r.status()).isEqualTo("PROCESSING");
    assertThat(r.expireTime()).isEqualTo("2023-11-24T03:34:37+0000");
  }
}
