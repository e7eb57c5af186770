package io.github.paykka.wire.mapping;

import static io.github.paykka.wire.mapping.Strict.currency;
import static io.github.paykka.wire.mapping.Strict.guard;
import static io.github.paykka.wire.mapping.Strict.id;
import static io.github.paykka.wire.mapping.Strict.known;
import static io.github.paykka.wire.mapping.Strict.money;
import static io.github.paykka.wire.mapping.Strict.orderStatus;
import static io.github.paykka.wire.mapping.Strict.present;
import static io.github.paykka.wire.mapping.Strict.refundStatus;
import static io.github.paykka.wire.mapping.Strict.required;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paykka.domain.checkout.CheckoutSession;
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
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.instrument.TokenAuthentication;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.notification.NotifyType;
import io.github.paykka.domain.notification.PaymentNotification;
import io.github.paykka.domain.notification.RefundNotification;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.request.AmountBreakdown;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.Authentication;
import io.github.paykka.domain.request.Bill;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.Contact;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentDetails;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.request.PaymentType;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenStatus;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.applepay.ApplePayMerchantSession;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.wire.message.AmountBreakdownReqDto;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.AuthenticationRecordDto;
import io.github.paykka.wire.message.AuthenticationReqDto;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.BillReqDto;
import io.github.paykka.wire.message.BrowserReqDto;
import io.github.paykka.wire.message.CardInfoRespDto;
import io.github.paykka.wire.message.CustomerReqDto;
import io.github.paykka.wire.message.GoodsReqDto;
import io.github.paykka.wire.message.PaymentInfoReqDto;
import io.github.paykka.wire.message.PaymentInfoRespDto;
import io.github.paykka.wire.message.PaymentsCaptureReqDto;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.PaymentsQueryReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.PaymentsVoidReqDto;
import io.github.paykka.wire.message.QueryTokenReqDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.RecurringCancelReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.message.RefundQueryReqDto;
import io.github.paykka.wire.message.RefundReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionQueryReqDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.github.paykka.wire.message.ShippingReqDto;
import io.github.paykka.wire.message.TokenAuthenticationDto;
import io.github.paykka.wire.message.TokenRemoveReqDto;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The client's side of the mapping between wire messages and the domain and ports: requests out (commands and
 * domain requests to request records), answers and notifications in. The sandbox's side (requests in, answers and
 * notifications out) is {@link SandboxMapper}; both share the strict field reader ({@code Strict}), the tolerant
 * reader ({@link Lenient}) and the one table of spellings ({@code Spellings}), all package-private.
 *
 * <p>Outbound (commands to request records) cannot fail: the domain has validated the values. Inbound answers and
 * notification bodies (what PayKKa sends) are read by the tolerant-reader rule (DESIGN.md): only what money safety
 * needs is required and read strictly, namely the identifiers, {@code status}, {@code amount} and {@code currency};
 * missing, unknown (a currency, a status: {@link MappingError.UnknownStatus}) or unrepresentable, each is a {@link
 * MappingError} naming the field. Every other field that is absent, {@code null}, unparseable or of a value no
 * document names degrades to absent, or to an unknown value keeping PayKKa's text (see {@link Lenient}), and never
 * fails the answer. Only the domain's own refusal ({@link io.github.paykka.domain.validation.InvalidValueException}) becomes a
 * {@link MappingError}: any other exception is a bug and is thrown as one.
 *
 * <p>Conventions and assumptions, each held here only:
 * <ul>
 *   <li>Times are written {@code 2023-11-24T11:34:37+0800} (the seeds' most common form): to the second, offset
 *       {@code +HHMM}, UTC as {@code +0000}; a fraction of a second is dropped. Any ISO-8601 offset form ({@code
 *       +0800}, {@code +08:00}, {@code +08}, {@code Z}) with 0 to 9 fraction digits is read; in an answer an
 *       unparseable time is absent.
 *   <li>{@code authorisation_type} is always written {@code FINAL_AUTH}; in an answer it is not interpreted. An
 *       absent or unknown {@code capture_method} in an answer reads as AUTOMATIC, PayKKa's default.
 *   <li>{@code store_payment_method} is written only when true. {@code mit} is written in every RECURRING payment
 *       (false on the first, true on the subsequent ones) and never in a PURCHASE.
 *   <li>Enumerated values ({@code payment_method} per field, {@code notify_type}, statuses): see {@code Spellings},
 *       the one table.
 *   <li>A capture of the rest omits {@code amount}; a refund {@code reason} absent or unknown reads as OTHER.
 *   <li>Checkout session status: see {@code Spellings} (only {@code PROCESSING} is public).
 * </ul>
 *
 * <p>Stateless and thread-safe. Over 600 lines on purpose: one short method per message of PayKKa's twelve
 * operations in the client's two directions, each with its Javadoc naming the fields it reads or writes; the shared
 * readers and the spelling table already live in their own package-private classes.
 */
public final class WireMapper {
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
    return new PaymentsVoidReqDto(merchantId.value(), command.orderId().value(), timestamp, Spellings.write(command.reason()));
  }

  /** The body of {@code /payments/refund}. */
  public RefundReqDto refund(MerchantId merchantId, long timestamp, RefundCommand command) {
    requireNonNull(merchantId, "merchantId == null");
    requireNonNull(command, "command == null");
    return new RefundReqDto(merchantId.value(), timestamp, command.refundTransId().value(),
        command.originalOrderId().value(), Spellings.write(command.reason()), command.amount().minorUnits(),
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
      NotifyType type = notifyType(d.notifyType());
      if (type.isRefund()) throw Strict.fail(new MappingError.Unrepresentable("$.notify_type", "a refund type"));
      MerchantId merchant = id(d.merchantId(), "$.merchant_id", MerchantId::of);
      long timestamp = required(d.timestamp(), "$.timestamp");
      TransId transId = id(d.transId(), "$.trans_id", TransId::of);
      OrderId orderId = id(d.orderId(), "$.order_id", OrderId::of);
      Currency currency = currency(d.currency(), "$.currency");
      Money amount = money(d.amount(), currency, "$.amount");
      OrderStatus status = orderStatus(d.status());
      return new PaymentNotification(type, merchant, timestamp, transId, orderId, status, amount,
          Lenient.balances(d.balances(), status, amount), Lenient.freeText(d.errorCode()),
          Lenient.freeText(d.errorDescription()),
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
      NotifyType type = notifyType(d.notifyType());
      if (!type.isRefund()) throw Strict.fail(new MappingError.Unrepresentable("$.notify_type", "a payment type"));
      MerchantId merchant = id(d.merchantId(), "$.merchant_id", MerchantId::of);
      long timestamp = required(d.timestamp(), "$.timestamp");
      RefundTransId refundTransId = id(d.transId(), "$.trans_id", RefundTransId::of);
      Option<OrderId> original = Lenient.id(d.oriOrderId(), OrderId::of).orElse(Lenient.id(d.orderId(), OrderId::of));
      if (original.isEmpty()) {
        // neither names a usable order: report the one that was sent, else the older name
        if (d.oriOrderId() != null && !d.oriOrderId().isEmpty()) id(d.oriOrderId(), "$.ori_order_id", OrderId::of);
        if (d.orderId() != null && !d.orderId().isEmpty()) id(d.orderId(), "$.order_id", OrderId::of);
        throw Strict.fail(new MappingError.Missing("$.order_id"));
      }
      Currency currency = currency(d.currency(), "$.currency");
      Money amount = money(d.amount(), currency, "$.amount");
      RefundStatus status = refundStatus(d.status());
      return new RefundNotification(type, merchant, timestamp, refundTransId, original.get(),
          Lenient.id(d.refundOrderId(), RefundOrderId::of), status, amount, Lenient.freeText(d.errorCode()),
          Lenient.freeText(d.errorDescription()));
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
        throw Strict.fail(new MappingError.Unrepresentable("$.amount", "amount and refund_amount differ"));
      }
      Money amount = d.amount() != null || d.refundAmount() == null
          ? money(d.amount(), currency, "$.amount")
          : money(d.refundAmount(), currency, "$.refund_amount");
      RefundStatus status = refundStatus(d.status());
      return new Refund(refundTransId, Lenient.id(d.refundOrderId(), RefundOrderId::of),
          Lenient.id(d.oriOrderId(), OrderId::of).orElse(Lenient.id(d.orderId(), OrderId::of)), amount,
          reasonCode(d.reason()), status);
    });
  }

  // ---- initiate ----

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
    return new PaymentsReqDto(merchantId.value(), Spellings.write(request.paymentType()), Spellings.FINAL_AUTH,
        Spellings.write(request.captureMethod()), request.transId().value(), timestamp,
        request.amount().currency().code(), request.amount().minorUnits(), request.notifyUrl(),
        request.returnUrl().getOrNull(), paymentInfo(request.payment()), request.browser().map(WireMapper::browser).getOrNull(),
        goodsList(request.goods()), request.bill().map(WireMapper::bill).getOrNull(),
        request.shipping().map(WireMapper::shipping).getOrNull(), request.customer().map(WireMapper::customer).getOrNull(),
        request.authentication().map(WireMapper::authentication).getOrNull(),
        request.amountBreakdown().map(WireMapper::amountBreakdown).getOrNull(),
        request.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(),
        request.paymentType() == PaymentType.RECURRING ? request.mit() : null);
  }

  private static @Nullable List<GoodsReqDto> goodsList(List<Goods> goods) {
    return goods.isEmpty() ? null : goods.stream().map(WireMapper::goods).toList();
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
    return new PaymentInfoReqDto(Spellings.paymentSpelling(i.paymentMethod()),
        p.storePaymentMethod() ? Boolean.TRUE : null, p.tokenUsage().map(Spellings::write).getOrNull(),
        p.shopperReference().map(ShopperReference::value).getOrNull(), tokenData, token, cardNo, expYear, expMonth, cvv,
        encNo, encYear, encMonth, encCvv, p.holderName().getOrNull(), p.holderEmail().getOrNull(), auth);
  }

  private static BrowserReqDto browser(Browser b) {
    return new BrowserReqDto(b.userAgent().getOrNull(), b.colorDepth().getOrNull(), b.language().getOrNull(),
        b.javaEnabled().getOrNull(), b.deviceType().getOrNull(), b.terminalType().getOrNull(), b.deviceOs().getOrNull(),
        b.timezoneOffset().getOrNull(), b.screenHeight().getOrNull(), b.screenWidth().getOrNull(),
        b.cookies().getOrNull(), b.deviceFingerPrintId().getOrNull(), b.paykkaRadarId().getOrNull());
  }

  private static GoodsReqDto goods(Goods g) {
    return new GoodsReqDto(g.id().getOrNull(), g.name(), g.description().getOrNull(), g.category().getOrNull(),
        g.brand().getOrNull(), g.link(), g.price(), g.quantity(), Spellings.writeTime(g.deliveryDate().getOrNull()),
        g.pictureUrl().getOrNull());
  }

  private static BillReqDto bill(Bill b) {
    Contact c = b.contact();
    return new BillReqDto(b.billingAddressCollection().getOrNull(), c.firstName().getOrNull(),
        c.middleName().getOrNull(), c.lastName().getOrNull(), c.addressLine1().getOrNull(),
        c.addressLine2().getOrNull(), c.country().getOrNull(), c.state().getOrNull(), c.city().getOrNull(),
        c.postalCode().getOrNull(), c.email().getOrNull(), c.areaCode().getOrNull(), c.phoneNumber().getOrNull(),
        b.descriptor().getOrNull());
  }

  private static ShippingReqDto shipping(Contact c) {
    return new ShippingReqDto(c.firstName().getOrNull(), c.middleName().getOrNull(), c.lastName().getOrNull(),
        c.addressLine1().getOrNull(), c.addressLine2().getOrNull(), c.country().getOrNull(), c.state().getOrNull(),
        c.city().getOrNull(), c.postalCode().getOrNull(), c.email().getOrNull(), c.areaCode().getOrNull(),
        c.phoneNumber().getOrNull());
  }

  private static CustomerReqDto customer(Customer c) {
    return new CustomerReqDto(c.id().getOrNull(), Spellings.writeTime(c.registrationTime().getOrNull()),
        c.pastTransactions().getOrNull(), c.areaCode().getOrNull(), c.phoneNumber().getOrNull(),
        c.dateOfBirth().getOrNull(), c.gender().getOrNull(), Spellings.writeTime(c.firstShoppingTime().getOrNull()),
        Spellings.writeTime(c.lastShoppingTime().getOrNull()), c.level().getOrNull(), c.email().getOrNull(),
        c.payIp().getOrNull(), c.orderIp().getOrNull());
  }

  private static AuthenticationReqDto authentication(Authentication a) {
    return new AuthenticationReqDto(a.challengeIndicator().getOrNull(), a.authenticationOnly().getOrNull(),
        a.exemption().getOrNull());
  }

  private static AmountBreakdownReqDto amountBreakdown(AmountBreakdown a) {
    return new AmountBreakdownReqDto(a.goodsAmount().getOrNull(), a.shippingAmount().getOrNull(),
        a.taxAmount().getOrNull(), a.discountAmount().getOrNull());
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

  private static StoredCardToken storedToken(QueryTokenRespDto d, ShopperReference shopper, String path) {
    CardToken token = id(d.token(), path + ".token", CardToken::of);
    Option<TokenUsage> usage = Lenient.tokenUsage(d.tokenUsage());
    Option<TokenStatus> status = Lenient.tokenStatus(d.status());
    return new StoredCardToken(token, shopper, Lenient.paymentMethod(d.paymentMethod()), usage, status,
        Lenient.unrecognised(d.tokenUsage(), usage), Lenient.unrecognised(d.status(), status));
  }

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
          r.tokenUsage().map(Spellings::write).getOrNull(),
          r.shopperReference().map(ShopperReference::value).getOrNull(), null, null, null, null, null, null, null,
          null, null, null, null, null, null);
    }
    return new SessionCreateReqDto(merchantId.value(), Spellings.write(r.paymentType()), Spellings.FINAL_AUTH,
        Spellings.write(r.captureMethod()), r.transId().value(), timestamp, r.amount().currency().code(),
        r.amount().minorUnits(), r.notifyUrl(), r.returnUrl(), Spellings.writeTime(r.expireTime().getOrNull()),
        Spellings.write(r.sessionMode()), r.displayMerchantName().getOrNull(),
        r.displayLocale().getOrNull(), r.themeId().getOrNull(), goodsList(r.goods()),
        r.bill().map(WireMapper::bill).getOrNull(), r.shipping().map(WireMapper::shipping).getOrNull(),
        r.customer().map(WireMapper::customer).getOrNull(), payment,
        r.authentication().map(WireMapper::authentication).getOrNull(), methods(r.allowedPaymentMethods()),
        methods(r.blockedPaymentMethods()));
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

  private CheckoutSession checkoutSession(@Nullable String sessionId, @Nullable String transId, @Nullable Long amount,
      @Nullable String currencyCode, @Nullable String mode, @Nullable String sessionUrl,
      @Nullable String expireTime, @Nullable String status) {
    SessionId session = id(sessionId, "$.session_id", SessionId::of);
    TransId trans = id(transId, "$.trans_id", TransId::of);
    Currency currency = currency(currencyCode, "$.currency");
    Money money = money(amount, currency, "$.amount");
    String raw = present(status, "$.status");
    Option<SessionStatus> known = Spellings.sessionStatus(raw);
    return new CheckoutSession(session, trans, money, Lenient.sessionMode(mode), Lenient.url(sessionUrl),
        Lenient.time(expireTime).map(OffsetDateTime::toInstant), known.getOrElse(SessionStatus.OPEN),
        known.isEmpty() ? Option.some(Lenient.printable(raw.strip())) : Option.none());
  }

  private static @Nullable List<String> methods(Set<PaymentMethod> set) {
    if (set.isEmpty()) return null;
    return set.stream().sorted().map(Spellings::enumSpelling).toList();
  }

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
    OrderStatus orderStatus = orderStatus(status);
    Balances b = Lenient.balances(balances, orderStatus, money)
        .getOrElse(() -> Balances.impliedBy(orderStatus, money));
    PaymentOrder o = new PaymentOrder(order, trans, money, Lenient.captureMethod(captureMethod), orderStatus, b);
    return new PaymentResult(o, Lenient.authentication(auth), Lenient.freeText(errorCode),
        Lenient.freeText(errorDescription),
        Lenient.id(token, CardToken::of), Lenient.id(agreement, RecurringAgreementId::of),
        Lenient.id(shopper, ShopperReference::of), Lenient.id(sessionId, SessionId::of), Lenient.card(card),
        Lenient.paymentMethod(payment), Lenient.time(payFinishTime), Lenient.time(expireTime),
        Lenient.amountsReported(balances, money));
  }

  private static NotifyType notifyType(@Nullable String t) {
    return known(Spellings.notifyType(required(t, "$.notify_type")), "$.notify_type", "notify type");
  }

  private static ReasonCode reasonCode(@Nullable String r) {
    // the refund response may omit the reason; absent or unknown, OTHER is the neutral reading
    return Spellings.read(ReasonCode.class, r).getOrElse(ReasonCode.OTHER);
  }

  @Override
  public String toString() {
    return "WireMapper";
  }
}
