package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.RefundOrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.PaymentOrder;
import io.github.paykka.domain.order.ReasonCode;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.domain.token.TokenUsage;
import io.github.paykka.ports.checkout.SessionLookup;
import io.github.paykka.ports.payment.CaptureCommand;
import io.github.paykka.ports.payment.PaymentLookup;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.ports.payment.VoidCommand;
import io.github.paykka.ports.refund.RefundCommand;
import io.github.paykka.ports.refund.RefundLookup;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.engine.EngineRefusal;
import io.github.paykka.testkit.engine.IdGenerator;
import io.github.paykka.testkit.engine.PaymentChange;
import io.github.paykka.testkit.engine.RefundChange;
import io.github.paykka.testkit.engine.SimulatedPaykka;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.mapping.MappingError;
import io.github.paykka.wire.mapping.WireMapper;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.AuthenticationRecordDto;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.CardInfoRespDto;
import io.github.paykka.wire.message.CaptureMethod;
import io.github.paykka.wire.message.NotifyType;
import io.github.paykka.wire.message.OrderStatus;
import io.github.paykka.wire.message.PaymentInfoRespDto;
import io.github.paykka.wire.message.PaymentMethod;
import io.github.paykka.wire.message.PaymentType;
import io.github.paykka.wire.message.PaymentsCaptureReqDto;
import io.github.paykka.wire.message.PaymentsNotifyReqDto;
import io.github.paykka.wire.message.PaymentsQueryReqDto;
import io.github.paykka.wire.message.PaymentsQueryRespDto;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.PaymentsVoidReqDto;
import io.github.paykka.wire.message.QueryTokenReqDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import io.github.paykka.wire.message.Reason;
import io.github.paykka.wire.message.RecurringCancelReqDto;
import io.github.paykka.wire.message.RefundNotifyReqDto;
import io.github.paykka.wire.message.RefundQueryReqDto;
import io.github.paykka.wire.message.RefundReqDto;
import io.github.paykka.wire.message.RefundRespDto;
import io.github.paykka.wire.message.RefundStatus;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionMode;
import io.github.paykka.wire.message.SessionQueryReqDto;
import io.github.paykka.wire.message.SessionQueryRespDto;
import io.github.paykka.wire.message.SessionRespDto;
import io.github.paykka.wire.message.TokenRemoveReqDto;
import io.github.paykka.wire.message.TokenStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's state: an HTTP translation of {@link SimulatedPaykka} (the engine the in-memory fakes use too), so
 * that fakes and sandbox behave identically. Decodes wire requests into domain commands, answers engine results as
 * wire responses, turns engine changes into signed notifications, and serves the shopper's pages.
 *
 * <p>Assumptions of this translation: times are written as the seeds show them ({@code 2023-11-24T11:34:37+0000});
 * refunds, tokens, sessions and Apple Pay answer with the wire records of paykka-wire; a checkout session's
 * {@code status} is the engine's ({@code OPEN}, {@code COMPLETED}, {@code EXPIRED}), PayKKa's values not being public;
 * the checkout request's bill, shipping and customer are not kept (the engine does not use them).
 */
final class EngineBackend implements Backend {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

  private final SimulatedPaykka engine;
  private final WireCodec codec;
  private final WireMapper mapper = WireMapper.create();
  private final BackendContext ctx;

  EngineBackend(BackendContext ctx) {
    this.ctx = ctx;
    this.codec = ctx.codec();
    URI base = ctx.baseUrl();
    this.engine =
        SimulatedPaykka.builder()
            .clock(ctx.clock())
            .idGenerator(IdGenerator.sequential())
            .authenticationUrl(id -> base.resolve("sandbox/3ds/" + id.value()))
            .sessionUrl(id -> base.resolve("sandbox/checkout/" + id.value()))
            .build();
    engine.onPaymentChange(this::notifyPayment);
    engine.onRefundChange(this::notifyRefund);
  }

  SimulatedPaykka engine() {
    return engine;
  }

  // ------------------------------------------------------------------------------------------------- requests

  /** Bad input found while translating: answered {@code 010000}. */
  private static final class Bad extends RuntimeException {
    Bad(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public Reply handle(Endpoint endpoint, String merchantId, byte[] body) {
    MerchantId merchant = MerchantId.of(merchantId);
    try {
      return switch (endpoint) {
        case INITIATE -> initiate(merchant, decode(body, PaymentsReqDto.class));
        case QUERY -> query(merchant, decode(body, PaymentsQueryReqDto.class));
        case CAPTURE -> capture(merchant, decode(body, PaymentsCaptureReqDto.class));
        case VOID -> voidPayment(merchant, decode(body, PaymentsVoidReqDto.class));
        case TOKEN_QUERY -> tokenQuery(merchant, decode(body, QueryTokenReqDto.class));
        case TOKEN_REMOVE -> tokenRemove(merchant, decode(body, TokenRemoveReqDto.class));
        case RECURRING_CANCEL -> recurringCancel(merchant, decode(body, RecurringCancelReqDto.class));
        case APPLE_PAY_SESSION -> applePay(merchant, decode(body, SessionApplePayReqDto.class));
        case SESSION_CREATE -> sessionCreate(merchant, decode(body, SessionCreateReqDto.class));
        case SESSION_QUERY -> sessionQuery(merchant, decode(body, SessionQueryReqDto.class));
        case REFUND -> refund(merchant, decode(body, RefundReqDto.class));
        case REFUND_QUERY -> refundQuery(merchant, decode(body, RefundQueryReqDto.class));
      };
    } catch (Bad e) {
      return Reply.error(EngineRefusal.INVALID_PARAMETER, e.getMessage());
    }
  }

  private <T> T decode(byte[] body, Class<T> type) {
    Either<WireError, T> d = codec.decode(body, type);
    if (d.isLeft()) throw new Bad(d.getLeft().describe());
    return d.get();
  }

  private static <T> T req(@Nullable T value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) throw new Bad(field + ": required");
    return value;
  }

  private static <T> T id(@Nullable String value, String field, Function<String, T> of) {
    try {
      return of.apply(req(value, field));
    } catch (IllegalArgumentException e) {
      throw new Bad(field + ": " + e.getMessage());
    }
  }

  private static Money money(@Nullable Long amount, @Nullable String currency, String amountField) {
    long a = req(amount, amountField);
    if (a < 1) throw new Bad(amountField + ": must be at least 1");
    Either<String, Currency> c = Currency.parse(req(currency, "currency"));
    if (c.isLeft()) throw new Bad("currency: " + c.getLeft());
    return Money.of(a, c.get());
  }

  private static Reply refused(EngineRefusal r) {
    String msg = r.field().isDefined() && !r.message().startsWith(r.field().get())
        ? r.field().get() + ": " + r.message() : r.message();
    return Reply.error(r.retCode(), msg);
  }

  private Reply initiate(MerchantId merchant, PaymentsReqDto d) {
    Either<MappingError, io.github.paykka.domain.request.PaymentRequest> request = mapper.paymentRequest(d);
    if (request.isLeft()) throw new Bad(request.getLeft().describe());
    return engine.initiate(merchant, request.get()).fold(EngineBackend::refused, r -> Reply.ok(paymentsResp(merchant, r)));
  }

  private Reply query(MerchantId merchant, PaymentsQueryReqDto d) {
    PaymentLookup lookup;
    if (d.orderId() != null) lookup = PaymentLookup.byOrderId(id(d.orderId(), "order_id", OrderId::of));
    else if (d.transId() != null) lookup = PaymentLookup.byTransId(id(d.transId(), "trans_id", TransId::of));
    else if (d.sessionId() != null) lookup = PaymentLookup.bySessionId(id(d.sessionId(), "session_id", SessionId::of));
    else throw new Bad("trans_id: required (or order_id or session_id)");
    return engine.query(merchant, lookup).fold(EngineBackend::refused, r -> Reply.ok(queryResp(merchant, r)));
  }

  private Reply capture(MerchantId merchant, PaymentsCaptureReqDto d) {
    OrderId order = id(d.orderId(), "order_id", OrderId::of);
    Money amount = money(d.amount(), d.currency(), "amount");
    CaptureCommand command = CaptureCommand.of(order, amount, Boolean.TRUE.equals(d.captureFinal()));
    return engine.capture(merchant, command).fold(EngineBackend::refused, r -> Reply.ok(paymentsResp(merchant, r)));
  }

  private Reply voidPayment(MerchantId merchant, PaymentsVoidReqDto d) {
    OrderId order = id(d.orderId(), "order_id", OrderId::of);
    VoidCommand command = VoidCommand.of(order, reason(d.reason()));
    return engine.voidPayment(merchant, command)
        .fold(EngineBackend::refused, r -> Reply.ok(paymentsResp(merchant, r)));
  }

  private Reply refund(MerchantId merchant, RefundReqDto d) {
    RefundTransId refundTransId = id(d.refundTransId(), "refund_trans_id", RefundTransId::of);
    OrderId order = id(d.oriOrderId(), "ori_order_id", OrderId::of);
    Money amount = money(d.refundAmount(), d.currency(), "refund_amount");
    if (d.notifyUrl() != null && d.notifyUrl().length() > 200) throw new Bad("notify_url: longer than 200");
    RefundCommand command = new RefundCommand(refundTransId, order, amount, reason(d.reason()), Option.of(d.notifyUrl()));
    return engine.refund(merchant, command).fold(EngineBackend::refused, r -> Reply.ok(refundResp(merchant, r)));
  }

  private Reply refundQuery(MerchantId merchant, RefundQueryReqDto d) {
    RefundLookup lookup;
    if (d.refundOrderId() != null) {
      lookup = RefundLookup.byRefundOrderId(id(d.refundOrderId(), "refund_order_id", RefundOrderId::of));
    } else {
      lookup = RefundLookup.byRefundTransId(id(d.refundTransId(), "refund_trans_id", RefundTransId::of));
    }
    return engine.queryRefund(merchant, lookup).fold(EngineBackend::refused, r -> Reply.ok(refundResp(merchant, r)));
  }

  private Reply tokenQuery(MerchantId merchant, QueryTokenReqDto d) {
    ShopperReference shopper = id(d.shopperReference(), "shopper_reference", ShopperReference::of);
    return Reply.ok(engine.listTokens(merchant, shopper).stream().map(EngineBackend::tokenResp).toList());
  }

  private Reply tokenRemove(MerchantId merchant, TokenRemoveReqDto d) {
    CardToken token = id(d.token(), "token", CardToken::of);
    ShopperReference shopper = id(d.shopperReference(), "shopper_reference", ShopperReference::of);
    return engine.removeToken(merchant, token, shopper).fold(EngineBackend::refused, t -> Reply.ok(null));
  }

  private Reply recurringCancel(MerchantId merchant, RecurringCancelReqDto d) {
    RecurringAgreementId agreement =
        id(d.recurringAgreementId(), "recurring_agreement_id", RecurringAgreementId::of);
    ShopperReference shopper = id(d.shopperReference(), "shopper_reference", ShopperReference::of);
    return engine.cancelAgreement(merchant, agreement, shopper).fold(EngineBackend::refused, a -> Reply.ok(null));
  }

  private Reply applePay(MerchantId merchant, SessionApplePayReqDto d) {
    var request = ApplePaySessionRequest.of(req(d.domainName(), "domain_name"), d.displayName());
    if (request.isInvalid()) throw new Bad(fieldErrors(request.getError()));
    String json = engine.applePaySession(merchant, request.get()).json();
    return Reply.ok(new ApplePaySessionRespDto(codec.tree(json.getBytes(UTF_8)).get()));
  }

  private Reply sessionCreate(MerchantId merchant, SessionCreateReqDto d) {
    CheckoutSessionRequest.Builder b =
        CheckoutSessionRequest.builder()
            .paymentType(d.paymentType() == PaymentType.RECURRING
                ? io.github.paykka.domain.request.PaymentType.RECURRING
                : io.github.paykka.domain.request.PaymentType.PURCHASE)
            .captureMethod(d.captureMethod() == CaptureMethod.MANUAL
                ? io.github.paykka.domain.order.CaptureMethod.MANUAL
                : io.github.paykka.domain.order.CaptureMethod.AUTOMATIC)
            .sessionMode(d.sessionMode() == null || d.sessionMode() == SessionMode.UNKNOWN
                ? io.github.paykka.domain.checkout.SessionMode.HOSTED
                : io.github.paykka.domain.checkout.SessionMode.valueOf(d.sessionMode().name()))
            .displayMerchantName(d.displayMerchantName())
            .displayLocale(d.displayLocale())
            .themeId(d.themeId());
    if (d.transId() != null) b.transId(d.transId());
    b.amount(money(d.amount(), d.currency(), "amount"));
    if (d.notifyUrl() != null) b.notifyUrl(d.notifyUrl());
    if (d.returnUrl() != null) b.returnUrl(d.returnUrl());
    if (d.expireTime() != null) {
      try {
        b.expireTime(OffsetDateTime.parse(d.expireTime(), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]")));
      } catch (RuntimeException e) {
        throw new Bad("expire_time: not a time like 2023-11-24T11:34:37+0800");
      }
    }
    if (d.payment() != null) {
      b.storePaymentMethod(Boolean.TRUE.equals(d.payment().storePaymentMethod()));
      b.shopperReference(d.payment().shopperReference());
      if (d.payment().tokenUsage() != null && d.payment().tokenUsage() != io.github.paykka.wire.message.TokenUsage.UNKNOWN) {
        b.tokenUsage(TokenUsage.valueOf(d.payment().tokenUsage().name()));
      }
    }
    if (d.goods() != null) {
      for (int i = 0; i < d.goods().size(); i++) {
        var g = d.goods().get(i);
        if (g == null) throw new Bad("goods[" + i + "]: required");
        b.addGoods(Goods.builder().id(g.id()).name(g.name()).description(g.description()).category(g.category())
            .brand(g.brand()).link(g.link()).price(g.price()).quantity(g.quantity()).build());
      }
    }
    var request = b.validate();
    if (request.isInvalid()) throw new Bad(fieldErrors(request.getError()));
    return engine.createSession(merchant, request.get())
        .fold(EngineBackend::refused, s -> Reply.ok(sessionResp(merchant, s, request.get())));
  }

  private Reply sessionQuery(MerchantId merchant, SessionQueryReqDto d) {
    SessionLookup lookup = d.sessionId() != null
        ? SessionLookup.bySessionId(id(d.sessionId(), "session_id", SessionId::of))
        : SessionLookup.byTransId(id(d.transId(), "trans_id", TransId::of));
    return engine.querySession(merchant, lookup).fold(EngineBackend::refused, s -> {
      String orderId = engine.orders().stream()
          .filter(r -> r.sessionId().contains(s.sessionId()))
          .map(r -> r.order().orderId().value()).findFirst().orElse(null);
      return Reply.ok(new SessionQueryRespDto(null, null, merchant.value(), s.transId().value(), s.sessionId().value(),
          SessionMode.valueOf(s.mode().name()), s.status().name(), s.amount().minorUnits(), s.amount().currency().code(),
          s.expiresAt().map(t -> TIME.format(t.atOffset(ZoneOffset.UTC))).getOrNull(), null, null,
          s.sessionUrl().map(URI::toString).getOrNull(), orderId));
    });
  }

  private static String fieldErrors(io.vavr.collection.Seq<io.github.paykka.domain.FieldError> errors) {
    return errors.map(e -> e.field() + ": " + e.message()).mkString("; ");
  }

  private static ReasonCode reason(@Nullable Reason r) {
    if (r == null || r == Reason.UNKNOWN) return ReasonCode.OTHER;
    return ReasonCode.valueOf(r.name());
  }

  // ------------------------------------------------------------------------------------------------- answers

  private static String time(OffsetDateTime t) {
    return TIME.format(t);
  }

  private static BalanceResp balances(PaymentOrder o) {
    Balances b = o.balances();
    return new BalanceResp(b.authed().minorUnits(), b.captured().minorUnits(), o.ableToCapture().minorUnits(),
        b.voided().minorUnits(), o.ableToVoid().minorUnits(), b.refunded().minorUnits(),
        o.ableToRefund().minorUnits());
  }

  private static @Nullable CardInfoRespDto card(PaymentResult r) {
    return r.card().map(c -> new CardInfoRespDto(c.bin(), c.last4(), c.brand())).getOrNull();
  }

  private static @Nullable PaymentInfoRespDto method(PaymentResult r) {
    return r.paymentMethod().map(m -> new PaymentInfoRespDto(PaymentMethod.valueOf(m.name()))).getOrNull();
  }

  private static @Nullable AuthenticationRecordDto auth(PaymentResult r) {
    return r.authenticationUrl().map(u -> new AuthenticationRecordDto(u.toString())).getOrNull();
  }

  static PaymentsRespDto paymentsResp(MerchantId merchant, PaymentResult r) {
    PaymentOrder o = r.order();
    return new PaymentsRespDto(r.errorCode().getOrNull(), r.errorDescription().getOrNull(), merchant.value(),
        o.transId().value(), o.orderId().value(), OrderStatus.valueOf(o.status().name()),
        io.github.paykka.wire.message.AuthorisationType.FINAL_AUTH, CaptureMethod.valueOf(o.captureMethod().name()),
        o.amount().minorUnits(), o.amount().currency().code(), r.payFinishTime().map(EngineBackend::time).getOrNull(),
        r.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(), r.token().map(CardToken::value).getOrNull(),
        r.shopperReference().map(ShopperReference::value).getOrNull(), auth(r),
        r.expireTime().map(EngineBackend::time).getOrNull(), method(r), card(r), balances(o));
  }

  static PaymentsQueryRespDto queryResp(MerchantId merchant, PaymentResult r) {
    PaymentOrder o = r.order();
    return new PaymentsQueryRespDto(r.errorCode().getOrNull(), r.errorDescription().getOrNull(), merchant.value(),
        o.transId().value(), o.orderId().value(), OrderStatus.valueOf(o.status().name()),
        io.github.paykka.wire.message.AuthorisationType.FINAL_AUTH, CaptureMethod.valueOf(o.captureMethod().name()),
        o.amount().minorUnits(), o.amount().currency().code(), r.payFinishTime().map(EngineBackend::time).getOrNull(),
        r.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(), r.token().map(CardToken::value).getOrNull(),
        r.shopperReference().map(ShopperReference::value).getOrNull(), auth(r),
        r.expireTime().map(EngineBackend::time).getOrNull(), r.sessionId().map(SessionId::value).getOrNull(), method(r),
        card(r), balances(o));
  }

  static RefundRespDto refundResp(MerchantId merchant, Refund r) {
    boolean failed = r.status() == io.github.paykka.domain.refund.RefundStatus.FAILURE;
    return new RefundRespDto(failed ? SimulatedPaykka.REFUND_FAILED_CODE : null, failed ? "Refund failed" : null,
        merchant.value(), r.refundTransId().value(), r.refundOrderId().map(RefundOrderId::value).getOrNull(),
        r.originalOrderId().value(), RefundStatus.valueOf(r.status().name()), r.amount().minorUnits(),
        r.amount().currency().code(), Reason.valueOf(r.reason().name()));
  }

  static QueryTokenRespDto tokenResp(StoredCardToken t) {
    return new QueryTokenRespDto(t.token().value(), PaymentMethod.valueOf(t.paymentMethod().name()),
        io.github.paykka.wire.message.TokenUsage.valueOf(t.usage().name()), TokenStatus.valueOf(t.status().name()));
  }

  static SessionRespDto sessionResp(MerchantId merchant, CheckoutSession s, CheckoutSessionRequest request) {
    return new SessionRespDto(null, null, merchant.value(), s.transId().value(), s.sessionId().value(),
        SessionMode.valueOf(s.mode().name()), s.status().name(), s.amount().minorUnits(), s.amount().currency().code(),
        s.expiresAt().map(t -> TIME.format(t.atOffset(ZoneOffset.UTC))).getOrNull(),
        io.github.paykka.wire.message.AuthorisationType.FINAL_AUTH,
        CaptureMethod.valueOf(request.captureMethod().name()), s.sessionUrl().map(URI::toString).getOrNull());
  }

  // ------------------------------------------------------------------------------------------------- notifications

  private void notifyPayment(PaymentChange change) {
    Option<io.github.paykka.domain.notification.NotifyType> type = change.notifyType();
    if (type.isEmpty()) return;
    PaymentResult r = change.result();
    PaymentOrder o = r.order();
    long ts = ctx.clock().millis();
    PaymentsNotifyReqDto dto = new PaymentsNotifyReqDto(ts, NotifyType.valueOf(type.get().name()),
        r.errorCode().getOrNull(), r.errorDescription().getOrNull(), change.merchantId().value(), o.transId().value(),
        o.orderId().value(), r.sessionId().map(SessionId::value).getOrNull(), OrderStatus.valueOf(o.status().name()),
        o.amount().minorUnits(), o.amount().currency().code(), r.payFinishTime().map(EngineBackend::time).getOrNull(),
        r.expireTime().map(EngineBackend::time).getOrNull(),
        r.recurringAgreementId().map(RecurringAgreementId::value).getOrNull(), r.token().map(CardToken::value).getOrNull(),
        r.shopperReference().map(ShopperReference::value).getOrNull(), auth(r), method(r), card(r), balances(o));
    send(change.notifyUrl(), type.get().wireName(), o.orderId().value(), change.merchantId().value(), ts, codec.encode(dto));
  }

  private void notifyRefund(RefundChange change) {
    Refund r = change.refund();
    long ts = ctx.clock().millis();
    boolean failed = r.status() == io.github.paykka.domain.refund.RefundStatus.FAILURE;
    RefundNotifyReqDto dto = new RefundNotifyReqDto(ts, NotifyType.valueOf(change.notifyType().name()),
        change.merchantId().value(), r.refundTransId().value(), r.originalOrderId().value(), r.originalOrderId().value(),
        r.refundOrderId().map(RefundOrderId::value).getOrNull(), RefundStatus.valueOf(r.status().name()),
        r.amount().minorUnits(), r.amount().currency().code(), failed ? SimulatedPaykka.REFUND_FAILED_CODE : null,
        failed ? "Refund failed" : null);
    send(change.notifyUrl(), change.notifyType().wireName(), r.originalOrderId().value(), change.merchantId().value(),
        ts, codec.encode(dto));
  }

  private void send(String url, String type, String orderId, String merchantId, long ts, byte[] body) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return; // the domain validated notify_url as an absolute http(s) URL; nothing else can arrive here
    }
    ctx.notifications().send(uri, type, orderId, merchantId, ts, body);
  }

  // ------------------------------------------------------------------------------------------------- pages

  @Override
  public Page page(String method, String path, Map<String, String> params) {
    String[] parts = path.split("/", 2);
    if (parts.length != 2 || parts[1].isEmpty()) return Page.text(404, "not found");
    String ref = parts[1];
    try {
      return switch (parts[0]) {
        case "3ds" -> challenge(method, ref, params);
        case "checkout" -> checkout(method, ref, params);
        case "settle" -> "POST".equals(method) ? settle(ref) : Page.text(405, "use POST");
        default -> Page.text(404, "not found");
      };
    } catch (IllegalArgumentException e) {
      return Page.text(400, "bad reference: " + e.getMessage());
    }
  }

  private Page challenge(String method, String ref, Map<String, String> params) {
    OrderId orderId = OrderId.of(ref);
    String result = params.get("result");
    if (result == null) {
      if (engine.order(orderId).isEmpty()) return Page.text(404, "order " + ref + " does not exist");
      return Page.html(html("3-D Secure challenge", "<p>Order <code>" + esc(ref) + "</code> asks you to authenticate.</p>"
          + form("", "result", "pass", "Pass the challenge") + form("", "result", "fail", "Fail the challenge")));
    }
    if (!result.equals("pass") && !result.equals("fail")) return Page.text(400, "result must be pass or fail");
    return engine.completeChallenge(orderId, result.equals("pass"))
        .fold(r -> Page.text(HttpStatusPolicy.statusOf(r.retCode()) == 404 ? 404 : 409, r.message()),
            r -> Page.html(html("Challenge " + (result.equals("pass") ? "passed" : "failed"),
                "<p>Order <code>" + esc(ref) + "</code> is now <b id=\"status\">" + r.order().status() + "</b>.</p>")));
  }

  private Page checkout(String method, String ref, Map<String, String> params) {
    SessionId sessionId = SessionId.of(ref);
    String card = params.get("card");
    if (card == null) {
      Option<CheckoutSession> s = engine.session(sessionId);
      if (s.isEmpty()) return Page.text(404, "session " + ref + " does not exist");
      StringBuilder sb = new StringBuilder("<p>Pay " + esc(s.get().amount().toString()) + " with a test card:</p>");
      for (TestCard c : TestCard.values()) sb.append(form("", "card", c.number(), c.name() + " " + c.number()));
      return Page.html(html("Checkout " + ref, sb.toString()));
    }
    Option<TestCard> testCard = TestCard.find(card);
    if (testCard.isEmpty()) return Page.text(400, "not a test card of the testkit");
    return engine.payThroughSession(sessionId, testCard.get().instrument())
        .fold(r -> Page.text(HttpStatusPolicy.statusOf(r.retCode()) == 404 ? 404 : 409, r.message()),
            r -> Page.html(html("Paid", "<p>Order <code>" + esc(r.order().orderId().value())
                + "</code> is <b id=\"status\">" + r.order().status() + "</b>.</p>"
                + r.authenticationUrl().map(u -> "<p><a href=\"" + esc(u.toString()) + "\">Authenticate</a></p>")
                    .getOrElse(""))));
  }

  private Page settle(String ref) {
    return engine.settlePending(OrderId.of(ref))
        .fold(r -> Page.text(HttpStatusPolicy.statusOf(r.retCode()) == 404 ? 404 : 409, r.message()),
            r -> Page.text(200, r.order().status().name()));
  }

  private static String form(String action, String name, String value, String label) {
    return "<form method=\"post\" action=\"" + action + "\"><input type=\"hidden\" name=\"" + name + "\" value=\""
        + esc(value) + "\"><button type=\"submit\">" + esc(label) + "</button></form>";
  }

  private static String html(String title, String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>PayKKa sandbox: " + esc(title)
        + "</title></head><body><h1>" + esc(title) + "</h1>" + body + "</body></html>";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
