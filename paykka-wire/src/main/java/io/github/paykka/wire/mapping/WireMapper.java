package io.github.paykka.wire.mapping;

import static java.util.Objects.requireNonNull;

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
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.wire.message.AuthenticationRecordDto;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.CardInfoRespDto;
import io.github.paykka.wire.message.CaptureMethod;
import io.github.paykka.wire.message.NotifyType;
import io.github.paykka.wire.message.OrderStatus;
import io.github.paykka.wire.message.PaymentInfoRespDto;
import io.github.paykka.wire.message.PaymentMethod;
import io.github.paykka.wire.message.PaymentsCaptureReqDto;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.PaymentsQueryReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.PaymentsVoidReqDto;
import io.github.paykka.wire.message.Reason;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.message.RefundQueryReqDto;
import io.github.paykka.wire.message.RefundReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.RefundStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Maps between wire messages and the domain and ports, in both directions; the only place that does.
 *
 * <p>Outbound (commands to request records) cannot fail: the domain has validated the values. Inbound (responses and
 * notifications to domain values) answers {@code Either<MappingError, T>}: a missing field the domain needs, an unknown
 * status, an unknown currency, balances that break the domain's invariants, an identifier too long, an unreadable time,
 * all become a {@link MappingError} naming the field; no exception escapes.
 *
 * <p>Stateless and thread-safe.
 */
public final class WireMapper {
  /** PayKKa mixes {@code +0800} and {@code +08:00}; both read. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS][XXX][XX]");

  private WireMapper() {}

  /** Creates a mapper. */
  public static WireMapper create() {
    return new WireMapper();
  }

  // ---- outbound: ports -> wire ----

  /** The body of {@code /payments/capture}. */
  public PaymentsCaptureReqDto capture(MerchantId merchantId, long timestamp, CaptureCommand command) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(command, "command == null");
    return new PaymentsCaptureReqDto(merchantId.value(), command.orderId().value(),
        command.amount().currency().code(), command.amount().minorUnits(), timestamp, command.isFinal());
  }

  /** The body of {@code /payments/void}. */
  public PaymentsVoidReqDto voidPayment(MerchantId merchantId, long timestamp, VoidCommand command) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(command, "command == null");
    return new PaymentsVoidReqDto(merchantId.value(), command.orderId().value(), timestamp, reason(command.reason()));
  }

  /** The body of {@code /payments/refund}. */
  public RefundReqDto refund(MerchantId merchantId, long timestamp, RefundCommand command) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(command, "command == null");
    return new RefundReqDto(merchantId.value(), timestamp, command.refundTransId().value(),
        command.originalOrderId().value(), reason(command.reason()), command.amount().minorUnits(),
        command.amount().currency().code(), command.notifyUrl().getOrNull());
  }

  /** The body of {@code /payments/query}. */
  public PaymentsQueryReqDto query(MerchantId merchantId, long timestamp, PaymentLookup lookup) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(lookup, "lookup == null");
    String m = merchantId.value();
    if (lookup instanceof PaymentLookup.ByTransId t) {
      return new PaymentsQueryReqDto(m, t.transId().value(), null, null, timestamp);
    }
    if (lookup instanceof PaymentLookup.ByOrderId o) {
      return new PaymentsQueryReqDto(m, null, o.orderId().value(), null, timestamp);
    }
    PaymentLookup.BySessionId s = (PaymentLookup.BySessionId) lookup;
    return new PaymentsQueryReqDto(m, null, null, s.sessionId().value(), timestamp);
  }

  /** The body of {@code /payments/refund/query}. */
  public RefundQueryReqDto refundQuery(MerchantId merchantId, long timestamp, RefundLookup lookup) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(lookup, "lookup == null");
    if (lookup instanceof RefundLookup.ByRefundTransId t) {
      return new RefundQueryReqDto(merchantId.value(), timestamp, t.refundTransId().value(), null);
    }
    RefundLookup.ByRefundOrderId o = (RefundLookup.ByRefundOrderId) lookup;
    return new RefundQueryReqDto(merchantId.value(), timestamp, null, o.refundOrderId().value());
  }

  // ---- inbound: wire -> domain / ports ----

  /** The result of {@code POST /payments}. */
  public Either<MappingError, PaymentResult> paymentResult(PaymentsRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> paymentResult(d.orderId(), d.transId(), d.amount(), d.currency(), d.captureMethod(),
        d.status(), d.balances(), d.authenticationResult(), d.errorCode(), d.errorDescription(), d.token(),
        d.recurringAgreementId(), d.shopperReference(), null, d.cardInfo(), d.payment(), d.payFinishTime(),
        d.expireTime()));
  }

  /** The result of {@code /payments/query}. */
  public Either<MappingError, PaymentResult> paymentResult(PaymentsQueryRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> paymentResult(d.orderId(), d.transId(), d.amount(), d.currency(), d.captureMethod(),
        d.status(), d.balances(), d.authenticationResult(), d.errorCode(), d.errorDescription(), d.token(),
        d.recurringAgreementId(), d.shopperReference(), d.sessionId(), d.cardInfo(), d.payment(), d.payFinishTime(),
        d.expireTime()));
  }

  /** A payment notification, once its signature verified. */
  public Either<MappingError, PaymentNotification> paymentNotification(PaymentsNotifyReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      Currency currency = currency(d.currency(), "$.currency");
      Money amount = money(d.amount(), currency, "$.amount");
      io.github.paykka.domain.notification.NotifyType type = notifyType(d.notifyType());
      if (type.isRefund()) throw new Failure(new MappingError.Unrepresentable("$.notify_type", "a refund type"));
      return new PaymentNotification(type, id(d.merchantId(), "$.merchant_id", MerchantId::of),
          required(d.timestamp(), "$.timestamp"), id(d.transId(), "$.trans_id", TransId::of),
          id(d.orderId(), "$.order_id", OrderId::of), orderStatus(d.status()), amount,
          d.balances() == null ? Option.none() : Option.some(balances(d.balances(), currency)),
          Option.of(d.errorCode()), Option.of(d.errorDescription()),
          optId(d.recurringAgreementId(), "$.recurring_agreement_id", RecurringAgreementId::of),
          optId(d.token(), "$.token", CardToken::of),
          optId(d.shopperReference(), "$.shopper_reference", ShopperReference::of),
          optId(d.sessionId(), "$.session_id", SessionId::of), card(d.cardInfo()));
    });
  }

  /** A refund notification, once its signature verified. */
  public Either<MappingError, RefundNotification> refundNotification(RefundNotifyReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      Currency currency = currency(d.currency(), "$.currency");
      io.github.paykka.domain.notification.NotifyType type = notifyType(d.notifyType());
      if (!type.isRefund()) throw new Failure(new MappingError.Unrepresentable("$.notify_type", "a payment type"));
      // PAYKKA-FACTS.md: order_id or ori_order_id carries the original order
      String original = d.oriOrderId() != null ? d.oriOrderId() : d.orderId();
      return new RefundNotification(type, id(d.merchantId(), "$.merchant_id", MerchantId::of),
          required(d.timestamp(), "$.timestamp"), id(d.transId(), "$.trans_id", RefundTransId::of),
          id(original, d.oriOrderId() != null ? "$.ori_order_id" : "$.order_id", OrderId::of),
          optId(d.refundOrderId(), "$.refund_order_id", RefundOrderId::of), refundStatus(d.status()),
          money(d.amount(), currency, "$.amount"), Option.of(d.errorCode()), Option.of(d.errorDescription()));
    });
  }

  /** The result of {@code /payments/refund} or {@code /payments/refund/query}. */
  public Either<MappingError, Refund> refund(RefundRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      Currency currency = currency(d.currency(), "$.currency");
      return new Refund(id(d.refundTransId(), "$.refund_trans_id", RefundTransId::of),
          optId(d.refundOrderId(), "$.refund_order_id", RefundOrderId::of),
          id(d.oriOrderId(), "$.ori_order_id", OrderId::of), money(d.refundAmount(), currency, "$.refund_amount"),
          reasonCode(d.reason()), refundStatus(d.status()));
    });
  }

  // ---- helpers ----

  private PaymentResult paymentResult(@Nullable String orderId, @Nullable String transId, @Nullable Long amount,
      @Nullable String currencyCode, @Nullable CaptureMethod captureMethod, @Nullable OrderStatus status,
      @Nullable BalanceResp balances, @Nullable AuthenticationRecordDto auth, @Nullable String errorCode,
      @Nullable String errorDescription, @Nullable String token, @Nullable String agreement,
      @Nullable String shopper, @Nullable String sessionId, @Nullable CardInfoRespDto card,
      @Nullable PaymentInfoRespDto payment, @Nullable String payFinishTime, @Nullable String expireTime) {
    Currency currency = currency(currencyCode, "$.currency");
    Money money = money(amount, currency, "$.amount");
    io.github.paykka.domain.order.OrderStatus orderStatus = orderStatus(status);
    Balances b = balances == null ? Balances.zero(currency) : balances(balances, currency);
    PaymentOrder order = build("$", () -> new PaymentOrder(id(orderId, "$.order_id", OrderId::of),
        id(transId, "$.trans_id", TransId::of), money, captureMethod(captureMethod), orderStatus, b));
    Option<URI> url = Option.none();
    if (auth != null && auth.authenticationUrl() != null && !auth.authenticationUrl().isBlank()) {
      url = Option.some(build("$.authentication_result.authentication_url",
          () -> URI.create(auth.authenticationUrl())));
    }
    Option<io.github.paykka.domain.instrument.PaymentMethod> method = Option.none();
    if (payment != null && payment.paymentMethod() != null) {
      method = Option.some(paymentMethod(payment.paymentMethod()));
    }
    return new PaymentResult(order, url, Option.of(errorCode), Option.of(errorDescription),
        optId(token, "$.token", CardToken::of), optId(agreement, "$.recurring_agreement_id", RecurringAgreementId::of),
        optId(shopper, "$.shopper_reference", ShopperReference::of), optId(sessionId, "$.session_id", SessionId::of),
        card(card), method, time(payFinishTime, "$.pay_finish_time"), time(expireTime, "$.expire_time"));
  }

  private static Balances balances(BalanceResp b, Currency currency) {
    return build("$.balances", () -> new Balances(
        money0(b.authedAmount(), currency, "$.balances.authed_amount"),
        money0(b.capturedAmount(), currency, "$.balances.captured_amount"),
        money0(b.voidedAmount(), currency, "$.balances.voided_amount"),
        money0(b.refundedAmount(), currency, "$.balances.refunded_amount")));
  }

  private static Option<CardSummary> card(@Nullable CardInfoRespDto c) {
    if (c == null || c.bin() == null || c.last4() == null) return Option.none();
    String brand = c.cardBrand() == null ? "UNKNOWN" : c.cardBrand();
    return Option.some(build("$.card_info", () -> new CardSummary(c.bin(), c.last4(), brand)));
  }

  private static Option<OffsetDateTime> time(@Nullable String value, String field) {
    if (value == null || value.isBlank()) return Option.none();
    return Option.some(build(field, () -> OffsetDateTime.parse(value, TIME)));
  }

  private static Currency currency(@Nullable String code, String field) {
    if (code == null) throw new Failure(new MappingError.Missing(field));
    Either<String, Currency> c = Currency.parse(code);
    if (c.isLeft()) throw new Failure(new MappingError.Unrepresentable(field, "unknown currency"));
    return c.get();
  }

  private static Money money(@Nullable Long minor, Currency currency, String field) {
    long m = required(minor, field);
    if (m < 1) throw new Failure(new MappingError.Unrepresentable(field, "not positive"));
    return build(field, () -> Money.of(m, currency));
  }

  private static Money money0(@Nullable Long minor, Currency currency, String field) {
    long m = minor == null ? 0L : minor;
    if (m < 0) throw new Failure(new MappingError.Unrepresentable(field, "negative"));
    return build(field, () -> Money.of(m, currency));
  }

  private static <T> T required(@Nullable T value, String field) {
    if (value == null) throw new Failure(new MappingError.Missing(field));
    return value;
  }

  private static <T> T id(@Nullable String value, String field, Function<String, T> of) {
    String v = required(value, field);
    return build(field, () -> of.apply(v));
  }

  private static <T> Option<T> optId(@Nullable String value, String field, Function<String, T> of) {
    if (value == null || value.isEmpty()) return Option.none();
    return Option.some(build(field, () -> of.apply(value)));
  }

  /** Runs a domain constructor; its IllegalArgumentException becomes a MappingError (its message is not kept). */
  private static <T> T build(String field, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (Failure f) {
      throw f;
    } catch (RuntimeException e) {
      throw new Failure(new MappingError.Unrepresentable(field, "rejected by the domain"));
    }
  }

  private static <T> Either<MappingError, T> guard(Supplier<T> mapping) {
    try {
      return Either.right(mapping.get());
    } catch (Failure f) {
      return Either.left(f.error);
    } catch (RuntimeException e) {
      // a domain invariant spanning several fields (e.g. balances in another currency than the amount)
      return Either.left(new MappingError.Unrepresentable("$", "rejected by the domain"));
    }
  }

  private static io.github.paykka.domain.order.OrderStatus orderStatus(@Nullable OrderStatus s) {
    return switch (required(s, "$.status")) {
      case PROCESSING -> io.github.paykka.domain.order.OrderStatus.PROCESSING;
      case SUCCESS -> io.github.paykka.domain.order.OrderStatus.SUCCESS;
      case AUTHORIZED -> io.github.paykka.domain.order.OrderStatus.AUTHORIZED;
      case FAILURE -> io.github.paykka.domain.order.OrderStatus.FAILURE;
      case REFUNDED -> io.github.paykka.domain.order.OrderStatus.REFUNDED;
      case PARTIALLY_REFUNDED -> io.github.paykka.domain.order.OrderStatus.PARTIALLY_REFUNDED;
      case CANCELED -> io.github.paykka.domain.order.OrderStatus.CANCELED;
      case PARTIALLY_REVERSED -> io.github.paykka.domain.order.OrderStatus.PARTIALLY_REVERSED;
      case UNKNOWN -> throw new Failure(new MappingError.Unrepresentable("$.status", "unknown order status"));
    };
  }

  private static io.github.paykka.domain.refund.RefundStatus refundStatus(@Nullable RefundStatus s) {
    return switch (required(s, "$.status")) {
      case REVIEWING -> io.github.paykka.domain.refund.RefundStatus.REVIEWING;
      case PROCESSING -> io.github.paykka.domain.refund.RefundStatus.PROCESSING;
      case SUCCESS -> io.github.paykka.domain.refund.RefundStatus.SUCCESS;
      case FAILURE -> io.github.paykka.domain.refund.RefundStatus.FAILURE;
      case UNKNOWN -> throw new Failure(new MappingError.Unrepresentable("$.status", "unknown refund status"));
    };
  }

  private static io.github.paykka.domain.order.CaptureMethod captureMethod(@Nullable CaptureMethod c) {
    // absent means PayKKa's default, AUTOMATIC
    if (c == null || c == CaptureMethod.AUTOMATIC) return io.github.paykka.domain.order.CaptureMethod.AUTOMATIC;
    if (c == CaptureMethod.MANUAL) return io.github.paykka.domain.order.CaptureMethod.MANUAL;
    throw new Failure(new MappingError.Unrepresentable("$.capture_method", "unknown capture method"));
  }

  private static io.github.paykka.domain.instrument.PaymentMethod paymentMethod(PaymentMethod m) {
    if (m == PaymentMethod.UNKNOWN) {
      throw new Failure(new MappingError.Unrepresentable("$.payment.payment_method", "unknown payment method"));
    }
    return build("$.payment.payment_method", () -> io.github.paykka.domain.instrument.PaymentMethod.valueOf(m.name()));
  }

  private static io.github.paykka.domain.notification.NotifyType notifyType(@Nullable NotifyType t) {
    NotifyType v = required(t, "$.notify_type");
    return io.github.paykka.domain.notification.NotifyType.fromWire(v.wire())
        .getOrElseThrow(() -> new Failure(new MappingError.Unrepresentable("$.notify_type", "unknown notify type")));
  }

  private static ReasonCode reasonCode(@Nullable Reason r) {
    // the refund response may omit the reason; OTHER is the neutral reading
    if (r == null || r == Reason.UNKNOWN) return ReasonCode.OTHER;
    return ReasonCode.valueOf(r.name());
  }

  private static Reason reason(ReasonCode r) {
    return Reason.valueOf(r.name());
  }

  @Override
  public String toString() {
    return "WireMapper";
  }

  /** Carries a MappingError out of nested helpers; never escapes this class. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient MappingError error;

    Failure(MappingError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }
}
