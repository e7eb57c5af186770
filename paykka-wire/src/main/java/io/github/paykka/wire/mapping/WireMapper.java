package io.github.paykka.wire.mapping;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionMode;
import io.github.paykka.wire.message.SessionQueryReqDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.wire.message.QueryTokenReqDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.RecurringCancelReqDto;
import io.github.paykka.wire.message.TokenRemoveReqDto;
import io.github.paykka.wire.message.TokenStatus;
import java.util.ArrayList;
import java.util.List;
import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.TokenAuthentication;
import io.github.paykka.domain.instrument.Wallet;
import io.github.paykka.domain.request.AmountBreakdown;
import io.github.paykka.domain.request.Authentication;
import io.github.paykka.domain.request.Bill;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentDetails;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.Shipping;
import io.github.paykka.wire.message.AmountBreakdownReqDto;
import io.github.paykka.wire.message.AuthenticationReqDto;
import io.github.paykka.wire.message.AuthorisationType;
import io.github.paykka.wire.message.BillReqDto;
import io.github.paykka.wire.message.BrowserReqDto;
import io.github.paykka.wire.message.CustomerReqDto;
import io.github.paykka.wire.message.GoodsReqDto;
import io.github.paykka.wire.message.PaymentInfoReqDto;
import io.github.paykka.wire.message.PaymentType;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.ShippingReqDto;
import io.github.paykka.wire.message.TokenAuthenticationDto;
import io.github.paykka.wire.message.TokenUsage;
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
import io.github.paykka.domain.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Maps between wire messages and the domain and ports, in both directions; the only place that does.
 *
 * <p>Outbound (commands to request records) cannot fail: the domain has validated the values. Inbound answers and
 * notification bodies (what PayKKa sends) are read by the tolerant-reader rule (DESIGN.md): only what money safety
 * needs is required and read strictly, namely the identifiers, {@code status}, {@code amount} and {@code currency};
 * missing, unknown (a currency, a status: {@link MappingError.UnknownStatus}) or unrepresentable, each is a {@link
 * MappingError} naming the field. Every other field that is absent, {@code null}, unparseable or of a value no
 * document names degrades to absent, or to an unknown value keeping PayKKa's text (see {@link Lenient}), and never
 * fails the answer. Requests the sandbox receives are read strictly. No exception escapes.
 *
 * <p>Both directions exist for every message, because the testkit sandbox stands on the other side of the wire: it
 * reads requests ({@link #paymentRequest}, {@link #checkoutSessionRequest}, {@link #captureCommand}, ...) and writes
 * responses and notifications ({@link #paymentsResponse}, {@link #sessionResponse},
 * {@link #paymentNotification(PaymentNotification)}, ...). Mapping a domain value out and back in gives it back.
 *
 * <p>Conventions and assumptions, each held here only:
 * <ul>
 *   <li>Times are written {@code 2023-11-24T11:34:37+0800} (the seeds' most common form): to the second, offset
 *       {@code +HHMM}, UTC as {@code +0000}; a fraction of a second is dropped. Any ISO-8601 offset form ({@code
 *       +0800}, {@code +08:00}, {@code +08}, {@code Z}) with 0 to 9 fraction digits is read; in an answer an
 *       unparseable time is absent.
 *   <li>{@code authorisation_type} is always written {@code FINAL_AUTH}; in a request absent reads as FINAL_AUTH and
 *       another value is a {@link MappingError}; in an answer it is not interpreted. An absent (or, in an answer,
 *       unknown) {@code capture_method} reads as AUTOMATIC, PayKKa's default.
 *   <li>{@code store_payment_method} is written only when true; absent reads as false. {@code mit} is written in
 *       every RECURRING payment (false on the first, true on the subsequent ones) and never in a PURCHASE; a
 *       RECURRING payment received without it is refused, as PayKKa's code 2010 says.
 *   <li>{@code payment_method} spellings: see {@link io.github.paykka.wire.message.PaymentMethod}, the one table.
 *   <li>A capture without {@code amount} captures the rest of the authorisation.
 *   <li>{@code capture_final} absent reads as true (seed 000's default); a void or refund {@code reason} absent or
 *       unknown reads as OTHER.
 *   <li>Checkout session status: see {@code SESSION_STATUS} (only {@code PROCESSING} is public).
 *   <li>A card {@code payment} carries exactly one of {@code token}, {@code card_no}, {@code encrypted_card_no}; a
 *       wallet one of {@code token_data}, {@code card_no} with {@code token_authentication}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class WireMapper {
  /** Any ISO-8601 offset form ({@code +0800}, {@code +08:00}, {@code Z}) and 0 to 9 fraction digits read. */
  private static final DateTimeFormatter TIME = Lenient.TIME;
  /** What we write: the seeds' form, e.g. {@code 2023-11-24T11:34:37+0800} (seconds; {@code +0000} for UTC). */
  private static final DateTimeFormatter WRITE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

  /** Reads an Apple Pay merchant session's text back into a tree; an ObjectReader is immutable and thread-safe. */
  private static final ObjectReader JSON = new ObjectMapper().reader();

  private WireMapper() {}

  /** Creates a mapper. */
  public static WireMapper create() {
    return new WireMapper();
  }

  // ---- outbound: ports -> wire ----

  /**
   * The body of {@code /payments/capture}; a capture of the rest ({@link CaptureCommand#isRest()}) omits both
   * {@code amount} and {@code currency}, which seed 000 makes optional.
   */
  public PaymentsCaptureReqDto capture(MerchantId merchantId, long timestamp, CaptureCommand command) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(command, "command == null");
    return new PaymentsCaptureReqDto(merchantId.value(), command.orderId().value(),
        command.amount().map(a -> a.currency().code()).getOrNull(), command.amount().map(Money::minorUnits).getOrNull(),
        timestamp, command.isFinal());
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

  /**
   * The result of {@code POST /payments}. Required, and read strictly: {@code order_id}, {@code trans_id},
   * {@code currency}, {@code amount} (at least one minor unit) and {@code status}; a status this version does not know
   * is {@link MappingError.UnknownStatus}. Everything else is read tolerantly (see {@link Lenient}): absent,
   * unparseable or unknown values degrade to absent or keep PayKKa's text, and never fail the answer; balances that
   * are absent or garbled are the least the status implies, PayKKa's {@code able_to_*} figures are kept as reported.
   */
  public Either<MappingError, PaymentResult> paymentResult(PaymentsRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> paymentResult(d.orderId(), d.transId(), d.amount(), d.currency(), d.captureMethod(),
        d.status(), d.balances(), d.authenticationResult(), d.errorCode(), d.errorDescription(), d.token(),
        d.recurringAgreementId(), d.shopperReference(), null, d.cardInfo(), d.payment(), d.payFinishTime(),
        d.expireTime()));
  }

  /** The result of {@code /payments/query}; read as {@link #paymentResult(PaymentsRespDto)}. */
  public Either<MappingError, PaymentResult> paymentResult(PaymentsQueryRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> paymentResult(d.orderId(), d.transId(), d.amount(), d.currency(), d.captureMethod(),
        d.status(), d.balances(), d.authenticationResult(), d.errorCode(), d.errorDescription(), d.token(),
        d.recurringAgreementId(), d.shopperReference(), d.sessionId(), d.cardInfo(), d.payment(), d.payFinishTime(),
        d.expireTime()));
  }

  /**
   * A payment notification, once its signature verified. Required: {@code notify_type} (a {@code PAYMENT.*} type),
   * {@code merchant_id}, {@code timestamp}, {@code trans_id}, {@code order_id}, {@code currency}, {@code amount} and
   * {@code status} (unknown: {@link MappingError.UnknownStatus}); the rest is read tolerantly, as in answers
   * ({@code balances} garbled: absent).
   */
  public Either<MappingError, PaymentNotification> paymentNotification(PaymentsNotifyReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      io.github.paykka.domain.notification.NotifyType type = notifyType(d.notifyType());
      if (type.isRefund()) throw new Failure(new MappingError.Unrepresentable("$.notify_type", "a refund type"));
      MerchantId merchant = id(d.merchantId(), "$.merchant_id", MerchantId::of);
      long timestamp = required(d.timestamp(), "$.timestamp");
      TransId transId = id(d.transId(), "$.trans_id", TransId::of);
      OrderId orderId = id(d.orderId(), "$.order_id", OrderId::of);
      Currency currency = currency(d.currency(), "$.currency");
      Money amount = money(d.amount(), currency, "$.amount");
      io.github.paykka.domain.order.OrderStatus status = orderStatus(d.status());
      return new PaymentNotification(type, merchant, timestamp, transId, orderId, status, amount,
          Lenient.balances(d.balances(), status, amount), Option.of(d.errorCode()), Option.of(d.errorDescription()),
          Lenient.id(d.recurringAgreementId(), RecurringAgreementId::of), Lenient.id(d.token(), CardToken::of),
          Lenient.id(d.shopperReference(), ShopperReference::of), Lenient.id(d.sessionId(), SessionId::of),
          Lenient.card(d.cardInfo()), Lenient.authentication(d.authenticationResult()),
          Lenient.paymentMethod(d.payment()));
    });
  }

  /**
   * A refund notification, once its signature verified. Required: {@code notify_type} (a {@code REFUND.*} type),
   * {@code merchant_id}, {@code timestamp}, {@code trans_id} (the merchant's refund number), the original order in
   * {@code ori_order_id} or {@code order_id} (PAYKKA-FACTS.md names both; the first valid one wins), {@code currency},
   * {@code amount} and {@code status} (unknown: {@link MappingError.UnknownStatus}); {@code refund_order_id} is read
   * tolerantly.
   */
  public Either<MappingError, RefundNotification> refundNotification(RefundNotifyReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      io.github.paykka.domain.notification.NotifyType type = notifyType(d.notifyType());
      if (!type.isRefund()) throw new Failure(new MappingError.Unrepresentable("$.notify_type", "a payment type"));
      MerchantId merchant = id(d.merchantId(), "$.merchant_id", MerchantId::of);
      long timestamp = required(d.timestamp(), "$.timestamp");
      RefundTransId refundTransId = id(d.transId(), "$.trans_id", RefundTransId::of);
      Option<OrderId> original = Lenient.id(d.oriOrderId(), OrderId::of).orElse(Lenient.id(d.orderId(), OrderId::of));
      if (original.isEmpty()) {
        // neither names a usable order: report the one that was sent, else the older name
        if (d.oriOrderId() != null && !d.oriOrderId().isEmpty()) id(d.oriOrderId(), "$.ori_order_id", OrderId::of);
        if (d.orderId() != null && !d.orderId().isEmpty()) id(d.orderId(), "$.order_id", OrderId::of);
        throw new Failure(new MappingError.Missing("$.order_id"));
      }
      Currency currency = currency(d.currency(), "$.currency");
      Money amount = money(d.amount(), currency, "$.amount");
      io.github.paykka.domain.refund.RefundStatus status = refundStatus(d.status());
      return new RefundNotification(type, merchant, timestamp, refundTransId, original.get(),
          Lenient.id(d.refundOrderId(), RefundOrderId::of), status, amount, Option.of(d.errorCode()),
          Option.of(d.errorDescription()));
    });
  }

  /**
   * The result of {@code /payments/refund} or {@code /payments/refund/query}, in PayKKa's published refund schema or
   * ours. Required: {@code refund_trans_id}, {@code currency}, the amount in {@code amount} (published) or {@code
   * refund_amount} (both present and different: {@link MappingError.Unrepresentable} on {@code $.amount}), and {@code
   * status} (unknown: {@link MappingError.UnknownStatus}). The original order ({@code ori_order_id}, else {@code
   * order_id}), {@code refund_order_id} and {@code reason} (absent or unknown: OTHER) are read tolerantly.
   */
  public Either<MappingError, Refund> refund(RefundRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      RefundTransId refundTransId = id(d.refundTransId(), "$.refund_trans_id", RefundTransId::of);
      Currency currency = currency(d.currency(), "$.currency");
      if (d.amount() != null && d.refundAmount() != null && !d.amount().equals(d.refundAmount())) {
        throw new Failure(new MappingError.Unrepresentable("$.amount", "amount and refund_amount differ"));
      }
      Money amount = d.amount() != null || d.refundAmount() == null
          ? money(d.amount(), currency, "$.amount")
          : money(d.refundAmount(), currency, "$.refund_amount");
      io.github.paykka.domain.refund.RefundStatus status = refundStatus(d.status());
      return new Refund(refundTransId, Lenient.id(d.refundOrderId(), RefundOrderId::of),
          Lenient.id(d.oriOrderId(), OrderId::of).orElse(Lenient.id(d.orderId(), OrderId::of)), amount,
          reasonCode(Reason.fromWire(d.reason())), status);
    });
  }

  // ---- initiate: domain <-> wire, both directions (the client sends, the sandbox receives) ----

  /**
   * The body of {@code POST /payments}. Every field the request holds is written; {@code authorisation_type} is always
   * {@code FINAL_AUTH}; {@code capture_method} is always written; {@code store_payment_method} only when true (absent
   * reads as false); {@code mit} always for RECURRING ({@code false} on the first, {@code true} on the subsequent
   * ones: PayKKa's codes 2010 to 2012), never for PURCHASE; {@code goods} only when there are some (a subsequent
   * recurring payment may have none). Times are written to the second as {@code 2023-11-24T11:34:37+0800}, the
   * seeds' form; a fraction of a second is dropped.
   */
  public PaymentsReqDto initiate(MerchantId merchantId, long timestamp, PaymentRequest request) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(request, "request == null");
    return new PaymentsReqDto(merchantId.value(), paymentType(request.paymentType()), AuthorisationType.FINAL_AUTH,
        captureMethod(request.captureMethod()), request.transId().value(), timestamp,
        request.amount().currency().code(), request.amount().minorUnits(), request.notifyUrl(),
        request.returnUrl().getOrNull(), paymentInfo(request.payment()), request.browser().map(WireMapper::browser).getOrNull(),
        goodsList(request.goods()), request.bill().map(WireMapper::bill).getOrNull(),
        request.shipping().map(WireMapper::shipping).getOrNull(), request.customer().map(WireMapper::customer).getOrNull(),
        request.authentication().map(WireMapper::authentication).getOrNull(),
        request.amountBreakdown().map(WireMapper::amountBreakdown).getOrNull(),
        request.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(),
        request.paymentType() == io.github.paykka.domain.request.PaymentType.RECURRING ? request.mit() : null);
  }

  private static @Nullable List<GoodsReqDto> goodsList(List<Goods> goods) {
    return goods.isEmpty() ? null : goods.stream().map(WireMapper::goods).toList();
  }

  /**
   * The domain request a received {@code POST /payments} body asks for (the sandbox's side), through
   * {@link PaymentRequest#builder()} and its {@code validate()}: a value the domain cannot hold is a {@link
   * MappingError.Missing} or {@link MappingError.Unrepresentable}; broken request rules are one {@link
   * MappingError.Invalid} listing every field. {@code merchant_id} and {@code timestamp} are not part of the domain
   * request and are not read.
   */
  public Either<MappingError, PaymentRequest> paymentRequest(PaymentsReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      PaymentRequest.Builder b = PaymentRequest.builder()
          .paymentType(paymentType(d.paymentType(), "$.payment_type"))
          .captureMethod(captureMethod(d.captureMethod()))
          .returnUrl(d.returnUrl())
          .recurringAgreementId(d.recurringAgreementId());
      // absent stays unset: the domain refuses a RECURRING payment without mit (PayKKa's code 2010)
      if (d.mit() != null) b.mit(d.mit());
      authorisationType(d.authorisationType());
      if (d.transId() != null) b.transId(d.transId());
      Currency currency = currency(d.currency(), "$.currency");
      long amount = required(d.amount(), "$.amount");
      b.amount(build("$.amount", () -> Money.of(amount, currency)));
      if (d.notifyUrl() != null) b.notifyUrl(d.notifyUrl());
      PaymentInfoReqDto p = required(d.payment(), "$.payment");
      b.instrument(instrument(p))
          .storePaymentMethod(Boolean.TRUE.equals(p.storePaymentMethod()))
          .tokenUsage(tokenUsage(p.tokenUsage(), "$.payment.token_usage"))
          .shopperReference(p.shopperReference())
          .holderName(p.holderName())
          .holderEmail(p.holderEmail());
      if (d.goods() != null) {
        for (int i = 0; i < d.goods().size(); i++) b.addGoods(goods(d.goods().get(i), "$.goods[" + i + "]"));
      }
      b.browser(d.browser() == null ? null : browser(d.browser()))
          .bill(d.bill() == null ? null : bill(d.bill()))
          .shipping(d.shipping() == null ? null : shipping(d.shipping()))
          .customer(d.customer() == null ? null : customer(d.customer()))
          .authentication(d.authentication() == null ? null : authentication(d.authentication()))
          .amountBreakdown(d.amountBreakdown() == null ? null : amountBreakdown(d.amountBreakdown()));
      Validation<Seq<FieldError>, PaymentRequest> v = b.validate();
      if (v.isInvalid()) throw new Failure(new MappingError.Invalid(v.getError()));
      return v.get();
    });
  }

  private static PaymentInfoReqDto paymentInfo(PaymentDetails p) {
    PaymentInstrument i = p.instrument();
    String token = null, cardNo = null, expYear = null, expMonth = null, cvv = null;
    String encNo = null, encYear = null, encMonth = null, encCvv = null, tokenData = null;
    TokenAuthenticationDto auth = null;
    if (i instanceof PaymentInstrument.PlainCard c) {
      cardNo = c.number().digits();
      expYear = c.expiry().yearText();
      expMonth = c.expiry().monthText();
      cvv = c.cvv().digits();
    } else if (i instanceof PaymentInstrument.EncryptedCard c) {
      encNo = c.encryptedCardNo();
      encYear = c.encryptedExpYear();
      encMonth = c.encryptedExpMonth();
      encCvv = c.encryptedCvv();
    } else if (i instanceof PaymentInstrument.SavedCard c) {
      token = c.token().value();
    } else if (i instanceof PaymentInstrument.WalletToken w) {
      tokenData = w.tokenData();
    } else if (i instanceof PaymentInstrument.WalletCard w) {
      cardNo = w.number().digits();
      expYear = w.expiry().yearText();
      expMonth = w.expiry().monthText();
      cvv = w.cvv() == null ? null : w.cvv().digits();
      TokenAuthentication a = w.authentication();
      auth = new TokenAuthenticationDto(a.cryptogram(), a.tokenFormat(), a.eci(), a.accountVerified(),
          a.cardHolderAuthenticated());
    }
    return new PaymentInfoReqDto(PaymentMethod.valueOf(i.paymentMethod().name()),
        p.storePaymentMethod() ? Boolean.TRUE : null, p.tokenUsage().map(u -> TokenUsage.valueOf(u.name())).getOrNull(),
        p.shopperReference().map(ShopperReference::value).getOrNull(), tokenData, token, cardNo, expYear, expMonth, cvv,
        encNo, encYear, encMonth, encCvv, p.holderName().getOrNull(), p.holderEmail().getOrNull(), auth);
  }

  /**
   * The instrument a {@code payment} describes. A card method carries exactly one of {@code token}, {@code card_no},
   * {@code encrypted_card_no}; a wallet exactly one of {@code token_data}, {@code card_no} (decrypted, with {@code
   * token_authentication}); another method needs no card data (any sent is not read).
   */
  private static PaymentInstrument instrument(PaymentInfoReqDto p) {
    PaymentMethod m = required(p.paymentMethod(), "$.payment.payment_method");
    io.github.paykka.domain.instrument.PaymentMethod method = paymentMethod(m);
    if (method == io.github.paykka.domain.instrument.PaymentMethod.BANKCARD) {
      int forms = count(p.token(), p.cardNo(), p.encryptedCardNo());
      if (forms > 1) {
        throw new Failure(new MappingError.Unrepresentable("$.payment",
            "more than one of token, card_no, encrypted_card_no"));
      }
      if (p.token() != null) return new PaymentInstrument.SavedCard(id(p.token(), "$.payment.token", CardToken::of));
      if (p.cardNo() != null) {
        return new PaymentInstrument.PlainCard(cardNumber(p.cardNo()), expiry(p),
            cvv(required(p.cvv(), "$.payment.cvv")));
      }
      if (p.encryptedCardNo() != null) {
        return new PaymentInstrument.EncryptedCard(p.encryptedCardNo(),
            required(p.encryptedExpYear(), "$.payment.encrypted_exp_year"),
            required(p.encryptedExpMonth(), "$.payment.encrypted_exp_month"),
            required(p.encryptedCvv(), "$.payment.encrypted_cvv"));
      }
      throw new Failure(new MappingError.Missing("$.payment.card_no"));
    }
    if (method.isCardWallet()) {
      Wallet wallet = method == io.github.paykka.domain.instrument.PaymentMethod.APPLE_PAY ? Wallet.APPLE_PAY
          : Wallet.GOOGLE_PAY;
      if (count(p.tokenData(), p.cardNo(), p.token()) > 1 || p.token() != null) {
        throw new Failure(new MappingError.Unrepresentable("$.payment",
            "a wallet payment carries exactly one of token_data, card_no"));
      }
      if (p.tokenData() != null) return new PaymentInstrument.WalletToken(wallet, p.tokenData());
      if (p.cardNo() != null) {
        TokenAuthenticationDto a = required(p.tokenAuthentication(), "$.payment.token_authentication");
        TokenAuthentication auth = new TokenAuthentication(
            required(a.cryptogram(), "$.payment.token_authentication.cryptogram"),
            required(a.tokenFormat(), "$.payment.token_authentication.token_format"), a.eci(), a.accountVerified(),
            a.cardHolderAuthenticated());
        return new PaymentInstrument.WalletCard(wallet, cardNumber(p.cardNo()), expiry(p),
            p.cvv() == null ? null : cvv(p.cvv()), auth);
      }
      throw new Failure(new MappingError.Missing("$.payment.token_data"));
    }
    return new PaymentInstrument.AlternativeMethod(method);
  }

  private static int count(@Nullable String... values) {
    int n = 0;
    for (String v : values) if (v != null) n++;
    return n;
  }

  private static CardNumber cardNumber(String digits) {
    return build("$.payment.card_no", () -> CardNumber.of(digits));
  }

  private static Cvv cvv(String digits) {
    return build("$.payment.cvv", () -> Cvv.of(digits));
  }

  private static CardExpiry expiry(PaymentInfoReqDto p) {
    int year = digits(required(p.expYear(), "$.payment.exp_year"), 4, "$.payment.exp_year");
    int month = digits(required(p.expMonth(), "$.payment.exp_month"), 2, "$.payment.exp_month");
    return build("$.payment.exp_month", () -> CardExpiry.of(month, year));
  }

  /** A number of exactly {@code length} ASCII digits, as PayKKa spells {@code exp_year} and {@code exp_month}. */
  private static int digits(String text, int length, String field) {
    if (text.length() != length || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Failure(new MappingError.Unrepresentable(field, "not " + length + " digits"));
    }
    return Integer.parseInt(text);
  }

  private static BrowserReqDto browser(Browser b) {
    return new BrowserReqDto(b.userAgent(), b.colorDepth(), b.language(), b.javaEnabled(), b.deviceType(),
        b.terminalType(), b.deviceOs(), b.timezoneOffset(), b.screenHeight(), b.screenWidth(), b.cookies(),
        b.deviceFingerPrintId(), b.paykkaRadarId());
  }

  private static Browser browser(BrowserReqDto b) {
    return new Browser(b.userAgent(), b.colorDepth(), b.language(), b.javaEnabled(), b.deviceType(),
        b.terminalType(), b.deviceOs(), b.timezoneOffset(), b.screenHeight(), b.screenWidth(), b.cookies(),
        b.deviceFingerPrintId(), b.paykkaRadarId());
  }

  private static GoodsReqDto goods(Goods g) {
    return new GoodsReqDto(g.id(), g.name(), g.description(), g.category(), g.brand(), g.link(), g.price(),
        g.quantity(), writeTime(g.deliveryDate()), g.pictureUrl());
  }

  private static Goods goods(@Nullable GoodsReqDto g, String path) {
    GoodsReqDto d = required(g, path);
    return new Goods(d.id(), required(d.name(), path + ".name"), d.description(), d.category(), d.brand(),
        required(d.link(), path + ".link"), required(d.price(), path + ".price"),
        required(d.quantity(), path + ".quantity"), time(d.deliveryDate(), path + ".delivery_date").getOrNull(),
        d.pictureUrl());
  }

  private static BillReqDto bill(Bill b) {
    return new BillReqDto(b.billingAddressCollection(), b.firstName(), b.middleName(), b.lastName(), b.addressLine1(),
        b.addressLine2(), b.country(), b.state(), b.city(), b.postalCode(), b.email(), b.areaCode(), b.phoneNumber(),
        b.descriptor());
  }

  private static Bill bill(BillReqDto b) {
    return new Bill(b.billingAddressCollection(), b.firstName(), b.middleName(), b.lastName(), b.addressLine1(),
        b.addressLine2(), b.country(), b.state(), b.city(), b.postalCode(), b.email(), b.areaCode(), b.phoneNumber(),
        b.descriptor());
  }

  private static ShippingReqDto shipping(Shipping s) {
    return new ShippingReqDto(s.firstName(), s.middleName(), s.lastName(), s.addressLine1(), s.addressLine2(),
        s.country(), s.state(), s.city(), s.postalCode(), s.email(), s.areaCode(), s.phoneNumber());
  }

  private static Shipping shipping(ShippingReqDto s) {
    return new Shipping(s.firstName(), s.middleName(), s.lastName(), s.addressLine1(), s.addressLine2(),
        s.country(), s.state(), s.city(), s.postalCode(), s.email(), s.areaCode(), s.phoneNumber());
  }

  private static CustomerReqDto customer(Customer c) {
    return new CustomerReqDto(c.id(), writeTime(c.registrationTime()), c.pastTransactions(), c.areaCode(),
        c.phoneNumber(), c.dateOfBirth(), c.gender(), writeTime(c.firstShoppingTime()),
        writeTime(c.lastShoppingTime()), c.level(), c.email(), c.payIp(), c.orderIp());
  }

  private static Customer customer(CustomerReqDto c) {
    return new Customer(c.id(), time(c.registrationTime(), "$.customer.registration_time").getOrNull(),
        c.pastTransactions(), c.areaCode(), c.phoneNumber(), c.dateOfBirth(), c.gender(),
        time(c.firstShoppingTime(), "$.customer.first_shopping_time").getOrNull(),
        time(c.lastShoppingTime(), "$.customer.last_shopping_time").getOrNull(), c.level(), c.email(), c.payIp(),
        c.orderIp());
  }

  private static AuthenticationReqDto authentication(Authentication a) {
    return new AuthenticationReqDto(a.challengeIndicator(), a.authenticationOnly(), a.exemption());
  }

  private static Authentication authentication(AuthenticationReqDto a) {
    return new Authentication(a.challengeIndicator(), a.authenticationOnly(), a.exemption());
  }

  private static AmountBreakdownReqDto amountBreakdown(AmountBreakdown a) {
    return new AmountBreakdownReqDto(a.goodsAmount(), a.shippingAmount(), a.taxAmount(), a.discountAmount());
  }

  private static AmountBreakdown amountBreakdown(AmountBreakdownReqDto a) {
    return new AmountBreakdown(a.goodsAmount(), a.shippingAmount(), a.taxAmount(), a.discountAmount());
  }

  /** Seconds and a {@code +HHMM} offset, as the seeds write times; null stays null. */
  private static @Nullable String writeTime(@Nullable OffsetDateTime t) {
    return t == null ? null : WRITE_TIME.format(t);
  }

  private static PaymentType paymentType(io.github.paykka.domain.request.PaymentType t) {
    return PaymentType.valueOf(t.name());
  }

  private static io.github.paykka.domain.request.PaymentType paymentType(@Nullable PaymentType t, String field) {
    PaymentType v = required(t, field);
    if (v == PaymentType.UNKNOWN) throw new Failure(new MappingError.Unrepresentable(field, "unknown payment type"));
    return io.github.paykka.domain.request.PaymentType.valueOf(v.name());
  }

  private static void authorisationType(@Nullable AuthorisationType t) {
    // absent means PayKKa's default, FINAL_AUTH, the only value the domain knows
    if (t != null && t != AuthorisationType.FINAL_AUTH) {
      throw new Failure(new MappingError.Unrepresentable("$.authorisation_type", "only FINAL_AUTH is supported"));
    }
  }

  private static CaptureMethod captureMethod(io.github.paykka.domain.order.CaptureMethod c) {
    return CaptureMethod.valueOf(c.name());
  }

  private static io.github.paykka.domain.token.@Nullable TokenUsage tokenUsage(@Nullable TokenUsage u, String field) {
    if (u == null) return null;
    if (u == TokenUsage.UNKNOWN) throw new Failure(new MappingError.Unrepresentable(field, "unknown token usage"));
    return io.github.paykka.domain.token.TokenUsage.valueOf(u.name());
  }

  // ---- tokens and recurring agreements ----

  /** The body of {@code /payments/token/query}. */
  public QueryTokenReqDto tokenQuery(MerchantId merchantId, long timestamp, ShopperReference shopper) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(shopper, "shopper == null");
    return new QueryTokenReqDto(merchantId.value(), timestamp, shopper.value());
  }

  /** The body of {@code /payments/token/remove}. */
  public TokenRemoveReqDto tokenRemove(MerchantId merchantId, long timestamp, CardToken token, ShopperReference shopper) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(token, "token == null");
    requireNonNull(shopper, "shopper == null");
    return new TokenRemoveReqDto(merchantId.value(), timestamp, token.value(), shopper.value());
  }

  /** The body of {@code /payments/recurring/cancel}. */
  public RecurringCancelReqDto recurringCancel(MerchantId merchantId, long timestamp, RecurringAgreementId agreement,
      ShopperReference shopper) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(agreement, "agreement == null");
    requireNonNull(shopper, "shopper == null");
    return new RecurringCancelReqDto(merchantId.value(), timestamp, agreement.value(), shopper.value());
  }

  /**
   * One item of a token query's {@code data} list, for {@code shopper} (the item does not repeat the shopper the
   * query named). Only {@code token} is required (missing or refused by the domain: a {@link MappingError}); the
   * rest is read tolerantly: {@code payment_method} in any spelling, or unknown with PayKKa's text; {@code token_usage}
   * and {@code status} known, or absent with PayKKa's text kept as unrecognised (a token whose status is not known is
   * never usable).
   */
  public Either<MappingError, StoredCardToken> storedToken(QueryTokenRespDto d, ShopperReference shopper) {
    requireNonNull(d, "d == null");
    requireNonNull(shopper, "shopper == null");
    return guard(() -> storedToken(d, shopper, "$"));
  }

  /**
   * The whole {@code data} list of a token query, each item read as {@link #storedToken}; the first item without a
   * usable {@code token} (or {@code null} in the list) names its index.
   */
  public Either<MappingError, List<StoredCardToken>> storedTokens(List<QueryTokenRespDto> items, ShopperReference shopper) {
    requireNonNull(items, "items == null");
    requireNonNull(shopper, "shopper == null");
    return guard(() -> {
      List<StoredCardToken> tokens = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        tokens.add(storedToken(required(items.get(i), "$[" + i + "]"), shopper, "$[" + i + "]"));
      }
      return List.copyOf(tokens);
    });
  }

  /** The shopper a received {@code /payments/token/query} names (the sandbox's side). */
  public Either<MappingError, ShopperReference> tokenQueryShopper(QueryTokenReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> id(d.shopperReference(), "$.shopper_reference", ShopperReference::of));
  }

  /** The token a received {@code /payments/token/remove} names (the sandbox's side). */
  public Either<MappingError, TokenReference> tokenRemoval(TokenRemoveReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> new TokenReference(id(d.token(), "$.token", CardToken::of),
        id(d.shopperReference(), "$.shopper_reference", ShopperReference::of)));
  }

  /** The agreement a received {@code /payments/recurring/cancel} names (the sandbox's side). */
  public Either<MappingError, AgreementReference> recurringCancellation(RecurringCancelReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> new AgreementReference(
        id(d.recurringAgreementId(), "$.recurring_agreement_id", RecurringAgreementId::of),
        id(d.shopperReference(), "$.shopper_reference", ShopperReference::of)));
  }

  // ---- the other requests, as the sandbox receives them ----

  /** The {@code merchant_id} of any received request or notification. */
  public Either<MappingError, MerchantId> merchantId(@Nullable String merchantId) {
    return guard(() -> id(merchantId, "$.merchant_id", MerchantId::of));
  }

  /**
   * The command a received {@code /payments/capture} asks for; {@code capture_final} absent reads as true, PayKKa's
   * default. Without {@code amount} it is a capture of the rest ({@link CaptureCommand#rest(OrderId)}, whatever
   * {@code capture_final} says: nothing remains after it); a {@code currency} without {@code amount} must still be a
   * known one, and an {@code amount} needs its {@code currency}.
   */
  public Either<MappingError, CaptureCommand> captureCommand(PaymentsCaptureReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      OrderId order = id(d.orderId(), "$.order_id", OrderId::of);
      if (d.amount() == null) {
        if (d.currency() != null) currency(d.currency(), "$.currency");
        return CaptureCommand.rest(order);
      }
      Currency currency = currency(d.currency(), "$.currency");
      return CaptureCommand.of(order, money(d.amount(), currency, "$.amount"), !Boolean.FALSE.equals(d.captureFinal()));
    });
  }

  /** The command a received {@code /payments/void} asks for; {@code reason} absent or unknown reads as OTHER. */
  public Either<MappingError, VoidCommand> voidCommand(PaymentsVoidReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> VoidCommand.of(id(d.orderId(), "$.order_id", OrderId::of), reasonCode(d.reason())));
  }

  /**
   * The lookup a received {@code /payments/query} asks for: by {@code order_id}, else {@code trans_id}, else
   * {@code session_id} (the first present wins); none is {@link MappingError.Missing} on {@code $.trans_id}.
   */
  public Either<MappingError, PaymentLookup> paymentLookup(PaymentsQueryReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      if (present(d.orderId())) return PaymentLookup.byOrderId(id(d.orderId(), "$.order_id", OrderId::of));
      if (present(d.transId())) return PaymentLookup.byTransId(id(d.transId(), "$.trans_id", TransId::of));
      if (present(d.sessionId())) return PaymentLookup.bySessionId(id(d.sessionId(), "$.session_id", SessionId::of));
      throw new Failure(new MappingError.Missing("$.trans_id"));
    });
  }

  /** The command a received {@code /payments/refund} asks for; {@code reason} absent or unknown reads as OTHER. */
  public Either<MappingError, RefundCommand> refundCommand(RefundReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      Currency currency = currency(d.currency(), "$.currency");
      return new RefundCommand(id(d.refundTransId(), "$.refund_trans_id", RefundTransId::of),
          id(d.oriOrderId(), "$.ori_order_id", OrderId::of), money(d.refundAmount(), currency, "$.refund_amount"),
          reasonCode(d.reason()), Option.of(d.notifyUrl()).filter(WireMapper::present));
    });
  }

  /** The lookup a received {@code /payments/refund/query} asks for: by {@code refund_order_id}, else {@code refund_trans_id}. */
  public Either<MappingError, RefundLookup> refundLookup(RefundQueryReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      if (present(d.refundOrderId())) {
        return RefundLookup.byRefundOrderId(id(d.refundOrderId(), "$.refund_order_id", RefundOrderId::of));
      }
      if (present(d.refundTransId())) {
        return RefundLookup.byRefundTransId(id(d.refundTransId(), "$.refund_trans_id", RefundTransId::of));
      }
      throw new Failure(new MappingError.Missing("$.refund_trans_id"));
    });
  }

  private static boolean present(@Nullable String s) {
    return s != null && !s.isEmpty();
  }

  private static StoredCardToken storedToken(QueryTokenRespDto d, ShopperReference shopper, String path) {
    CardToken token = id(d.token(), path + ".token", CardToken::of);
    Option<io.github.paykka.domain.token.TokenUsage> usage = Lenient.tokenUsage(d.tokenUsage());
    Option<io.github.paykka.domain.token.TokenStatus> status = Lenient.tokenStatus(d.status());
    return new StoredCardToken(token, shopper, Lenient.paymentMethod(d.paymentMethod()), usage, status,
        Lenient.unrecognised(d.tokenUsage(), usage), Lenient.unrecognised(d.status(), status));
  }

  // ---- checkout sessions ----

  /**
   * PayKKa's session {@code status} values and our reading of them. Only {@code PROCESSING} is public (seed 003);
   * the others are an <b>assumption</b>, kept in this one table: {@code PROCESSING} (also {@code OPEN}) is OPEN;
   * {@code SUCCESS}, {@code COMPLETED}, {@code PAID} are COMPLETED; {@code EXPIRED}, {@code CLOSED}, {@code CANCELED}
   * are EXPIRED. Any other value (say {@code PAYING}) reads as OPEN with the text kept in
   * {@link CheckoutSession#unrecognisedStatus()}: never COMPLETED (an unknown word proves no payment), never EXPIRED
   * (the merchant might open a second checkout for the order). We write PROCESSING, SUCCESS, EXPIRED.
   */
  private static final Map<String, SessionStatus> SESSION_STATUS = Map.of(
      "PROCESSING", SessionStatus.OPEN, "OPEN", SessionStatus.OPEN,
      "SUCCESS", SessionStatus.COMPLETED, "COMPLETED", SessionStatus.COMPLETED, "PAID", SessionStatus.COMPLETED,
      "EXPIRED", SessionStatus.EXPIRED, "CLOSED", SessionStatus.EXPIRED, "CANCELED", SessionStatus.EXPIRED);

  private static final Map<SessionStatus, String> SESSION_STATUS_WRITTEN = Map.of(
      SessionStatus.OPEN, "PROCESSING", SessionStatus.COMPLETED, "SUCCESS", SessionStatus.EXPIRED, "EXPIRED");

  /**
   * The body of {@code POST /payments/session}. {@code authorisation_type} is always {@code FINAL_AUTH};
   * {@code payment} carries {@code store_payment_method}, {@code token_usage}, {@code shopper_reference} when any is
   * set; the method lists are written in a fixed order (the domain holds sets) and omitted when empty; times as in
   * {@link #initiate}.
   */
  public SessionCreateReqDto checkoutSession(MerchantId merchantId, long timestamp, CheckoutSessionRequest r) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(r, "r == null");
    PaymentInfoReqDto payment = null;
    if (r.storePaymentMethod() || r.tokenUsage().isDefined() || r.shopperReference().isDefined()) {
      payment = new PaymentInfoReqDto(null, r.storePaymentMethod() ? Boolean.TRUE : null,
          r.tokenUsage().map(u -> TokenUsage.valueOf(u.name())).getOrNull(),
          r.shopperReference().map(ShopperReference::value).getOrNull(), null, null, null, null, null, null, null,
          null, null, null, null, null, null);
    }
    return new SessionCreateReqDto(merchantId.value(), paymentType(r.paymentType()), AuthorisationType.FINAL_AUTH,
        captureMethod(r.captureMethod()), r.transId().value(), timestamp, r.amount().currency().code(),
        r.amount().minorUnits(), r.notifyUrl(), r.returnUrl(), writeTime(r.expireTime().getOrNull()),
        SessionMode.valueOf(r.sessionMode().name()), r.displayMerchantName().getOrNull(),
        r.displayLocale().getOrNull(), r.themeId().getOrNull(), goodsList(r.goods()),
        r.bill().map(WireMapper::bill).getOrNull(), r.shipping().map(WireMapper::shipping).getOrNull(),
        r.customer().map(WireMapper::customer).getOrNull(), payment,
        r.authentication().map(WireMapper::authentication).getOrNull(), methods(r.allowedPaymentMethods()),
        methods(r.blockedPaymentMethods()));
  }

  /**
   * The domain request a received {@code POST /payments/session} body asks for (the sandbox's side), through
   * {@link CheckoutSessionRequest#builder()} and its {@code validate()}; as {@link #paymentRequest}. An absent
   * {@code session_mode} reads as HOSTED, PayKKa's first mode; an absent {@code payment_type} as PURCHASE.
   */
  public Either<MappingError, CheckoutSessionRequest> checkoutSessionRequest(SessionCreateReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      CheckoutSessionRequest.Builder b = CheckoutSessionRequest.builder()
          .captureMethod(captureMethod(d.captureMethod()))
          .expireTime(time(d.expireTime(), "$.expire_time").getOrNull())
          .displayMerchantName(d.displayMerchantName())
          .displayLocale(d.displayLocale())
          .themeId(d.themeId());
      if (d.paymentType() != null) b.paymentType(paymentType(d.paymentType(), "$.payment_type"));
      authorisationType(d.authorisationType());
      if (d.sessionMode() != null) b.sessionMode(sessionMode(d.sessionMode()));
      if (d.transId() != null) b.transId(d.transId());
      Currency currency = currency(d.currency(), "$.currency");
      long amount = required(d.amount(), "$.amount");
      b.amount(build("$.amount", () -> Money.of(amount, currency)));
      if (d.notifyUrl() != null) b.notifyUrl(d.notifyUrl());
      if (d.returnUrl() != null) b.returnUrl(d.returnUrl());
      if (d.goods() != null) {
        for (int i = 0; i < d.goods().size(); i++) b.addGoods(goods(d.goods().get(i), "$.goods[" + i + "]"));
      }
      b.bill(d.bill() == null ? null : bill(d.bill()))
          .shipping(d.shipping() == null ? null : shipping(d.shipping()))
          .customer(d.customer() == null ? null : customer(d.customer()))
          .authentication(d.authentication() == null ? null : authentication(d.authentication()))
          .allowedPaymentMethods(methods(d.allowedPaymentMethods(), "$.allowed_payment_methods"))
          .blockedPaymentMethods(methods(d.blockedPaymentMethods(), "$.blocked_payment_methods"));
      PaymentInfoReqDto p = d.payment();
      if (p != null) {
        b.storePaymentMethod(Boolean.TRUE.equals(p.storePaymentMethod()))
            .tokenUsage(tokenUsage(p.tokenUsage(), "$.payment.token_usage"))
            .shopperReference(p.shopperReference());
      }
      Validation<Seq<FieldError>, CheckoutSessionRequest> v = b.validate();
      if (v.isInvalid()) throw new Failure(new MappingError.Invalid(v.getError()));
      return v.get();
    });
  }

  /** The body of {@code /payments/session/query} (endpoint and fields assumed, see {@link SessionQueryReqDto}). */
  public SessionQueryReqDto sessionQuery(MerchantId merchantId, long timestamp, SessionLookup lookup) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(lookup, "lookup == null");
    if (lookup instanceof SessionLookup.BySessionId s) {
      return new SessionQueryReqDto(merchantId.value(), timestamp, s.sessionId().value(), null);
    }
    SessionLookup.ByTransId t = (SessionLookup.ByTransId) lookup;
    return new SessionQueryReqDto(merchantId.value(), timestamp, null, t.transId().value());
  }

  /** The lookup a received {@code /payments/session/query} asks for: by {@code session_id}, else {@code trans_id}. */
  public Either<MappingError, SessionLookup> sessionLookup(SessionQueryReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      if (present(d.sessionId())) return SessionLookup.bySessionId(id(d.sessionId(), "$.session_id", SessionId::of));
      if (present(d.transId())) return SessionLookup.byTransId(id(d.transId(), "$.trans_id", TransId::of));
      throw new Failure(new MappingError.Missing("$.session_id"));
    });
  }

  /**
   * The session {@code POST /payments/session} created. Required: {@code session_id}, {@code trans_id},
   * {@code currency}, {@code amount} and {@code status} (read as the table above says, an unknown one as OPEN with its
   * text kept); {@code session_mode}, {@code session_url} and {@code expire_time} are read tolerantly.
   */
  public Either<MappingError, CheckoutSession> checkoutSession(SessionRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> checkoutSession(d.sessionId(), d.transId(), d.amount(), d.currency(), d.sessionMode(),
        d.sessionUrl(), d.expireTime(), d.status()));
  }

  /** The session {@code /payments/session/query} found; read as {@link #checkoutSession(SessionRespDto)}. */
  public Either<MappingError, CheckoutSession> checkoutSession(SessionQueryRespDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> checkoutSession(d.sessionId(), d.transId(), d.amount(), d.currency(), d.sessionMode(),
        d.sessionUrl(), d.expireTime(), d.status()));
  }

  // ---- Apple Pay ----

  /** The body of {@code /payments/apple-pay/create-session}. */
  public SessionApplePayReqDto applePaySession(MerchantId merchantId, long timestamp, ApplePaySessionRequest r) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(r, "r == null");
    return new SessionApplePayReqDto(merchantId.value(), timestamp, r.displayName().getOrNull(), r.domainName());
  }

  /** The request a received {@code /payments/apple-pay/create-session} makes (the sandbox's side), validated. */
  public Either<MappingError, ApplePaySessionRequest> applePaySessionRequest(SessionApplePayReqDto d) {
    requireNonNull(d, "d == null");
    return guard(() -> {
      Validation<Seq<FieldError>, ApplePaySessionRequest> v =
          ApplePaySessionRequest.of(required(d.domainName(), "$.domain_name"), d.displayName());
      if (v.isInvalid()) throw new Failure(new MappingError.Invalid(v.getError()));
      return v.get();
    });
  }

  /**
   * The merchant session in {@code data}, as text for Apple Pay JS: an object is kept verbatim; a JSON string in its
   * place (seed 000 types the response "string") is taken as the session's text; anything else is a {@link
   * MappingError} on {@code $.data}.
   */
  public Either<MappingError, ApplePayMerchantSession> applePayMerchantSession(ApplePaySessionRespDto d) {
    requireNonNull(d, "d == null");
    JsonNode n = d.merchantSession();
    if (n.isObject()) return Either.right(new ApplePayMerchantSession(n.toString()));
    if (n.isTextual() && !n.asText().isBlank()) return Either.right(new ApplePayMerchantSession(n.asText()));
    if (n.isNull() || n.isMissingNode()) return Either.left(new MappingError.Missing("$.data"));
    return Either.left(new MappingError.Unrepresentable("$.data", "not a merchant session object"));
  }

  /**
   * The {@code data} the sandbox answers with: the session's JSON object when its text is one, else the text as a
   * JSON string (both read back to the same session).
   */
  public ApplePaySessionRespDto applePaySessionResponse(ApplePayMerchantSession session) {
    requireNonNull(session, "session == null");
    try {
      JsonNode n = JSON.readTree(session.json());
      if (n != null && n.isObject()) return new ApplePaySessionRespDto(n);
    } catch (JsonProcessingException notJson) {
      // not an object: sent as a JSON string below
    }
    return new ApplePaySessionRespDto(TextNode.valueOf(session.json()));
  }

  private CheckoutSession checkoutSession(@Nullable String sessionId, @Nullable String transId, @Nullable Long amount,
      @Nullable String currencyCode, @Nullable String mode, @Nullable String sessionUrl,
      @Nullable String expireTime, @Nullable String status) {
    SessionId session = id(sessionId, "$.session_id", SessionId::of);
    TransId trans = id(transId, "$.trans_id", TransId::of);
    Currency currency = currency(currencyCode, "$.currency");
    Money money = money(amount, currency, "$.amount");
    String raw = present(status, "$.status");
    SessionStatus known = SESSION_STATUS.get(raw.strip().toUpperCase(Locale.ROOT));
    return new CheckoutSession(session, trans, money, Lenient.sessionMode(mode), Lenient.uri(sessionUrl),
        Lenient.time(expireTime).map(OffsetDateTime::toInstant), known == null ? SessionStatus.OPEN : known,
        known == null ? Option.some(Lenient.printable(raw.strip())) : Option.none());
  }

  private static io.github.paykka.domain.checkout.SessionMode sessionMode(SessionMode m) {
    if (m == SessionMode.UNKNOWN) throw new Failure(new MappingError.Unrepresentable("$.session_mode", "unknown session mode"));
    return io.github.paykka.domain.checkout.SessionMode.valueOf(m.name());
  }

  private static @Nullable List<PaymentMethod> methods(Set<io.github.paykka.domain.instrument.PaymentMethod> set) {
    if (set.isEmpty()) return null;
    return set.stream().sorted().map(m -> PaymentMethod.valueOf(m.name())).toList();
  }

  private static Set<io.github.paykka.domain.instrument.PaymentMethod> methods(@Nullable List<PaymentMethod> list,
      String field) {
    if (list == null) return Set.of();
    Set<io.github.paykka.domain.instrument.PaymentMethod> set =
        EnumSet.noneOf(io.github.paykka.domain.instrument.PaymentMethod.class);
    for (int i = 0; i < list.size(); i++) set.add(paymentMethod(required(list.get(i), field + "[" + i + "]"), field + "[" + i + "]"));
    return set;
  }

  // ---- outbound for the sandbox: domain state -> responses and notifications ----

  /**
   * The {@code data} of a {@code POST /payments} answer for {@code result}: every field the result holds
   * ({@code session_id} is not part of this response), {@code authorisation_type} FINAL_AUTH, and the balances with
   * their {@code able_to_*} amounts as the order computes them.
   */
  public PaymentsRespDto paymentsResponse(MerchantId merchantId, PaymentResult result) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(result, "result == null");
    PaymentOrder o = result.order();
    return new PaymentsRespDto(result.errorCode().getOrNull(), result.errorDescription().getOrNull(),
        merchantId.value(), o.transId().value(), o.orderId().value(), orderStatus(o.status()).wire(),
        AuthorisationType.FINAL_AUTH.wire(), captureMethod(o.captureMethod()).wire(), o.amount().minorUnits(),
        o.amount().currency().code(), writeTime(result.payFinishTime().getOrNull()),
        result.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(),
        result.token().map(CardToken::value).getOrNull(), result.shopperReference().map(ShopperReference::value).getOrNull(),
        result.authentication().map(WireMapper::authenticationRecord).getOrNull(),
        writeTime(result.expireTime().getOrNull()), paymentInfo(result.paymentMethod()), cardInfo(result.card()),
        balances(o));
  }

  /** The {@code data} of a {@code /payments/query} answer for {@code result}; as {@link #paymentsResponse}, with {@code session_id}. */
  public PaymentsQueryRespDto paymentsQueryResponse(MerchantId merchantId, PaymentResult result) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(result, "result == null");
    PaymentsRespDto r = paymentsResponse(merchantId, result);
    return new PaymentsQueryRespDto(r.errorCode(), r.errorDescription(), r.merchantId(), r.transId(), r.orderId(),
        r.status(), r.authorisationType(), r.captureMethod(), r.amount(), r.currency(), r.payFinishTime(),
        r.recurringAgreementId(), r.token(), r.shopperReference(), r.authenticationResult(), r.expireTime(),
        result.sessionId().map(SessionId::value).getOrNull(), r.payment(), r.cardInfo(), r.balances());
  }

  /**
   * The {@code data} of a {@code /payments/refund} or {@code /payments/refund/query} answer for {@code refund}: PayKKa's
   * published fields ({@code amount}), plus {@code refund_amount}, {@code ori_order_id} and {@code reason}.
   */
  public RefundRespDto refundResponse(MerchantId merchantId, Refund refund) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(refund, "refund == null");
    return new RefundRespDto(null, null, merchantId.value(), refund.refundTransId().value(),
        refund.refundOrderId().map(RefundOrderId::value).getOrNull(), refundStatus(refund.status()).wire(),
        refund.amount().minorUnits(), refund.amount().currency().code(), refund.amount().minorUnits(),
        refund.originalOrderId().map(OrderId::value).getOrNull(), null, reason(refund.reason()).wire());
  }

  /** One item of a {@code /payments/token/query} answer's {@code data} list (the item does not carry the shopper). */
  public QueryTokenRespDto tokenItem(StoredCardToken token) {
    requireNonNull(token, "token == null");
    PaymentInfoRespDto method = paymentInfo(token.paymentMethod());
    return new QueryTokenRespDto(token.token().value(), method == null ? null : method.paymentMethod(),
        token.usage().map(u -> TokenUsage.valueOf(u.name()).wire()).orElse(token.unrecognisedUsage()).getOrNull(),
        token.status().map(t -> TokenStatus.valueOf(t.name()).wire()).orElse(token.unrecognisedStatus()).getOrNull());
  }

  /**
   * The {@code data} of a {@code POST /payments/session} answer for {@code session}: status as the assumed table
   * writes it (OPEN as PROCESSING, COMPLETED as SUCCESS, EXPIRED as EXPIRED; an unrecognised status as PayKKa sent
   * it), {@code expire_time} in UTC ({@code +0000}); {@code capture_method} is not known to the session and is omitted.
   */
  public SessionRespDto sessionResponse(MerchantId merchantId, CheckoutSession session) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(session, "session == null");
    return new SessionRespDto(null, null, merchantId.value(), session.transId().value(), session.sessionId().value(),
        session.mode().map(m -> SessionMode.valueOf(m.name()).wire()).getOrNull(),
        session.unrecognisedStatus().getOrElse(() -> SESSION_STATUS_WRITTEN.get(session.status())),
        session.amount().minorUnits(), session.amount().currency().code(), writeTime(session.expiresAt()),
        AuthorisationType.FINAL_AUTH.wire(), null, session.sessionUrl().map(URI::toString).getOrNull());
  }

  /** The {@code data} of a {@code /payments/session/query} answer; {@code orderId} is the payment made in it, if any. */
  public SessionQueryRespDto sessionQueryResponse(MerchantId merchantId, CheckoutSession session, Option<OrderId> orderId) {
    requireNonNull(orderId, "orderId == null");
    SessionRespDto r = sessionResponse(merchantId, session);
    return new SessionQueryRespDto(null, null, r.merchantId(), r.transId(), r.sessionId(), r.sessionMode(), r.status(),
        r.amount(), r.currency(), r.expireTime(), r.authorisationType(), r.captureMethod(), r.sessionUrl(),
        orderId.map(OrderId::value).getOrNull());
  }

  /**
   * The body of a payment notification (the sandbox's webhook), with the notification's own {@code merchant_id} and
   * {@code timestamp}. Balances, when known, are written with the {@code able_to_*} amounts they carry as reported.
   */
  public PaymentsNotifyReqDto paymentNotification(PaymentNotification n) {
    requireNonNull(n, "n == null");
    return new PaymentsNotifyReqDto(n.timestamp(), NotifyType.fromWire(n.type().wireName()), n.errorCode().getOrNull(),
        n.errorDescription().getOrNull(), n.merchantId().value(), n.transId().value(), n.orderId().value(),
        n.sessionId().map(SessionId::value).getOrNull(), orderStatus(n.status()).wire(), n.amount().minorUnits(),
        n.amount().currency().code(), null, null, n.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(),
        n.token().map(CardToken::value).getOrNull(), n.shopperReference().map(ShopperReference::value).getOrNull(),
        n.authentication().map(WireMapper::authenticationRecord).getOrNull(), paymentInfo(n.paymentMethod()),
        cardInfo(n.card()), n.balances().map(b -> new BalanceResp(b.authed().minorUnits(), b.captured().minorUnits(),
            minor(b.reportedAbleToCapture()), b.voided().minorUnits(), minor(b.reportedAbleToVoid()),
            b.refunded().minorUnits(), minor(b.reportedAbleToRefund()))).getOrNull());
  }

  /**
   * The body of a refund notification: {@code trans_id} the merchant's refund number, the original order in both
   * {@code order_id} and {@code ori_order_id} (PAYKKA-FACTS.md names both), {@code refund_order_id} when assigned.
   */
  public RefundNotifyReqDto refundNotification(RefundNotification n) {
    requireNonNull(n, "n == null");
    return new RefundNotifyReqDto(n.timestamp(), NotifyType.fromWire(n.type().wireName()), n.merchantId().value(),
        n.refundTransId().value(), n.originalOrderId().value(), n.originalOrderId().value(),
        n.refundOrderId().map(RefundOrderId::value).getOrNull(), refundStatus(n.status()).wire(), n.amount().minorUnits(),
        n.amount().currency().code(), n.errorCode().getOrNull(), n.errorDescription().getOrNull());
  }

  private static BalanceResp balances(PaymentOrder o) {
    Balances b = o.balances();
    return new BalanceResp(b.authed().minorUnits(), b.captured().minorUnits(), o.ableToCapture().minorUnits(),
        b.voided().minorUnits(), o.ableToVoid().minorUnits(), b.refunded().minorUnits(), o.ableToRefund().minorUnits());
  }

  /** A known method in its wire spelling; an unknown one as PayKKa spelled it. */
  private static @Nullable PaymentInfoRespDto paymentInfo(Option<ReportedPaymentMethod> m) {
    return m.map(v -> new PaymentInfoRespDto(
        v.known().map(k -> PaymentMethod.valueOf(k.name()).wire()).getOrElse(v::text))).getOrNull();
  }

  private static AuthenticationRecordDto authenticationRecord(AuthenticationResult a) {
    return new AuthenticationRecordDto(a.authenticationUrl().map(URI::toString).getOrNull(),
        a.enrollStatus().getOrNull(), a.authenticationStatus().getOrNull(), a.version().getOrNull(),
        a.eci().getOrNull(), a.exemption().getOrNull(), a.exemptionApplied().getOrNull(), a.mode().getOrNull(),
        a.upgraded().getOrNull(), a.downgraded().getOrNull(), a.upgradeReason().getOrNull(), a.xid().getOrNull(),
        a.cryptogram().getOrNull());
  }

  private static @Nullable Long minor(Option<Money> m) {
    return m.map(Money::minorUnits).getOrNull();
  }

  private static @Nullable CardInfoRespDto cardInfo(Option<CardSummary> card) {
    return card.map(c -> new CardInfoRespDto(c.bin(), c.last4(), c.brand())).getOrNull();
  }

  private static @Nullable String writeTime(Option<Instant> t) {
    return t.map(i -> WRITE_TIME.format(i.atOffset(ZoneOffset.UTC))).getOrNull();
  }

  private static OrderStatus orderStatus(io.github.paykka.domain.order.OrderStatus s) {
    return OrderStatus.valueOf(s.name());
  }

  private static RefundStatus refundStatus(io.github.paykka.domain.refund.RefundStatus s) {
    return RefundStatus.valueOf(s.name());
  }

  // ---- helpers ----

  private PaymentResult paymentResult(@Nullable String orderId, @Nullable String transId, @Nullable Long amount,
      @Nullable String currencyCode, @Nullable String captureMethod, @Nullable String status,
      @Nullable BalanceResp balances, @Nullable AuthenticationRecordDto auth, @Nullable String errorCode,
      @Nullable String errorDescription, @Nullable String token, @Nullable String agreement,
      @Nullable String shopper, @Nullable String sessionId, @Nullable CardInfoRespDto card,
      @Nullable PaymentInfoRespDto payment, @Nullable String payFinishTime, @Nullable String expireTime) {
    // what money safety needs, strictly and in this order: the unknown status comes last, so that it carries ids
    OrderId order = id(orderId, "$.order_id", OrderId::of);
    TransId trans = id(transId, "$.trans_id", TransId::of);
    Currency currency = currency(currencyCode, "$.currency");
    Money money = money(amount, currency, "$.amount");
    io.github.paykka.domain.order.OrderStatus orderStatus = orderStatus(status);
    Balances b = Lenient.balances(balances, orderStatus, money)
        .getOrElse(() -> Balances.impliedBy(orderStatus, money));
    PaymentOrder o = new PaymentOrder(order, trans, money, Lenient.captureMethod(captureMethod), orderStatus, b);
    return new PaymentResult(o, Lenient.authentication(auth), Option.of(errorCode), Option.of(errorDescription),
        Lenient.id(token, CardToken::of), Lenient.id(agreement, RecurringAgreementId::of),
        Lenient.id(shopper, ShopperReference::of), Lenient.id(sessionId, SessionId::of), Lenient.card(card),
        Lenient.paymentMethod(payment), Lenient.time(payFinishTime), Lenient.time(expireTime));
  }

  /** A time of a request (the sandbox's side): absent when blank, else it must parse ({@link Lenient#TIME}). */
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

  private static <T> T required(@Nullable T value, String field) {
    if (value == null) throw new Failure(new MappingError.Missing(field));
    return value;
  }

  private static <T> T id(@Nullable String value, String field, Function<String, T> of) {
    String v = required(value, field);
    return build(field, () -> of.apply(v));
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

  /** A payment's status: required; a value this version does not know is {@link MappingError.UnknownStatus}. */
  private static io.github.paykka.domain.order.OrderStatus orderStatus(@Nullable String raw) {
    return switch (OrderStatus.fromWire(present(raw, "$.status"))) {
      case PROCESSING -> io.github.paykka.domain.order.OrderStatus.PROCESSING;
      case SUCCESS -> io.github.paykka.domain.order.OrderStatus.SUCCESS;
      case AUTHORIZED -> io.github.paykka.domain.order.OrderStatus.AUTHORIZED;
      case FAILURE -> io.github.paykka.domain.order.OrderStatus.FAILURE;
      case REFUNDED -> io.github.paykka.domain.order.OrderStatus.REFUNDED;
      case PARTIALLY_REFUNDED -> io.github.paykka.domain.order.OrderStatus.PARTIALLY_REFUNDED;
      case CANCELED -> io.github.paykka.domain.order.OrderStatus.CANCELED;
      case PARTIALLY_REVERSED -> io.github.paykka.domain.order.OrderStatus.PARTIALLY_REVERSED;
      case UNKNOWN -> throw unknownStatus(raw);
    };
  }

  /** A refund's status: required; a value this version does not know is {@link MappingError.UnknownStatus}. */
  private static io.github.paykka.domain.refund.RefundStatus refundStatus(@Nullable String raw) {
    return switch (RefundStatus.fromWire(present(raw, "$.status"))) {
      case REVIEWING -> io.github.paykka.domain.refund.RefundStatus.REVIEWING;
      case PROCESSING -> io.github.paykka.domain.refund.RefundStatus.PROCESSING;
      case SUCCESS -> io.github.paykka.domain.refund.RefundStatus.SUCCESS;
      case FAILURE -> io.github.paykka.domain.refund.RefundStatus.FAILURE;
      case UNKNOWN -> throw unknownStatus(raw);
    };
  }

  private static Failure unknownStatus(@Nullable String raw) {
    return new Failure(new MappingError.UnknownStatus("$.status", Lenient.printable(String.valueOf(raw).strip())));
  }

  /** A required text: absent, null or blank is {@link MappingError.Missing}. */
  private static String present(@Nullable String raw, String field) {
    if (raw == null || raw.isBlank()) throw new Failure(new MappingError.Missing(field));
    return raw;
  }

  private static io.github.paykka.domain.order.CaptureMethod captureMethod(@Nullable CaptureMethod c) {
    // absent means PayKKa's default, AUTOMATIC
    if (c == null || c == CaptureMethod.AUTOMATIC) return io.github.paykka.domain.order.CaptureMethod.AUTOMATIC;
    if (c == CaptureMethod.MANUAL) return io.github.paykka.domain.order.CaptureMethod.MANUAL;
    throw new Failure(new MappingError.Unrepresentable("$.capture_method", "unknown capture method"));
  }

  private static io.github.paykka.domain.instrument.PaymentMethod paymentMethod(PaymentMethod m) {
    return paymentMethod(m, "$.payment.payment_method");
  }

  private static io.github.paykka.domain.instrument.PaymentMethod paymentMethod(PaymentMethod m, String field) {
    if (m == PaymentMethod.UNKNOWN) throw new Failure(new MappingError.Unrepresentable(field, "unknown payment method"));
    return build(field, () -> io.github.paykka.domain.instrument.PaymentMethod.valueOf(m.name()));
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
