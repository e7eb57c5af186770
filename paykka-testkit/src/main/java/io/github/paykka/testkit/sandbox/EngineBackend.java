package io.github.paykka.testkit.sandbox;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.testkit.engine.EngineRefusal;
import io.github.paykka.testkit.engine.IdGenerator;
import io.github.paykka.testkit.engine.PaymentChange;
import io.github.paykka.testkit.engine.RefundChange;
import io.github.paykka.testkit.engine.SimulatedPaykka;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.mapping.AgreementReference;
import io.github.paykka.wire.mapping.MappingError;
import io.github.paykka.wire.mapping.TokenReference;
import io.github.paykka.wire.mapping.SandboxMapper;
import io.github.paykka.wire.message.PaymentsCaptureReqDto;
import io.github.paykka.wire.message.PaymentsQueryReqDto;
import io.github.paykka.wire.message.PaymentsReqDto;
import io.github.paykka.wire.message.PaymentsVoidReqDto;
import io.github.paykka.wire.message.QueryTokenReqDto;
import io.github.paykka.wire.message.RecurringCancelReqDto;
import io.github.paykka.wire.message.RefundQueryReqDto;
import io.github.paykka.wire.message.RefundReqDto;
import io.github.paykka.wire.message.SessionApplePayReqDto;
import io.github.paykka.wire.message.SessionCreateReqDto;
import io.github.paykka.wire.message.SessionQueryReqDto;
import io.github.paykka.wire.message.TokenRemoveReqDto;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.function.Function;

/**
 * The sandbox's state: an HTTP translation of {@link SimulatedPaykka} (the engine the in-memory fakes use too), so
 * that fakes and sandbox behave identically. Decodes wire requests into domain commands, answers engine results as
 * wire responses, and turns engine changes into signed notifications (stamped with the sandbox's real time, not the
 * advanceable clock of the engine: a receiver checks their freshness against its own clock).
 *
 * <p>Every translation between wire messages and domain values is {@link SandboxMapper}'s (the one place that holds the
 * wire conventions: time form, defaults, the assumed checkout session statuses); a request it cannot map is answered
 * {@code 010000} with its {@link MappingError#describe() description}, which names the field.
 */
final class EngineBackend implements Backend {
  /**
   * The longest {@code notify_url}: seed 000's limit on a payment's, assumed for a refund's (neither the mapping nor
   * {@code RefundCommand} checks it).
   */
  private static final int NOTIFY_URL_MAX = 200;

  private final SimulatedPaykka engine;
  private final WireCodec codec;
  private final SandboxMapper mapper = SandboxMapper.create();
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
    try {
      MerchantId merchant = mapped(mapper.merchantId(merchantId));
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

  /** The value an inbound mapping made, or {@link Bad} naming the field it could not map. */
  private static <T> T mapped(Either<MappingError, T> mapping) {
    if (mapping.isLeft()) throw new Bad(mapping.getLeft().describe());
    return mapping.get();
  }

  /** The engine's result as a reply: a refusal with its {@code ret_code}, else {@code data} of the value. */
  private static <T> Reply answer(Either<EngineRefusal, T> result, Function<? super T, ?> data) {
    return result.fold(EngineBackend::refused, v -> Reply.ok(data.apply(v)));
  }

  private static Reply refused(EngineRefusal r) {
    String msg = r.field().isDefined() && !r.message().startsWith(r.field().get())
        ? r.field().get() + ": " + r.message() : r.message();
    return Reply.error(r.retCode(), msg);
  }

  private Reply initiate(MerchantId merchant, PaymentsReqDto d) {
    return answer(engine.initiate(merchant, mapped(mapper.paymentRequest(d))),
        r -> mapper.paymentsResponse(merchant, r));
  }

  private Reply query(MerchantId merchant, PaymentsQueryReqDto d) {
    return answer(engine.query(merchant, mapped(mapper.paymentLookup(d))),
        r -> mapper.paymentsQueryResponse(merchant, r));
  }

  private Reply capture(MerchantId merchant, PaymentsCaptureReqDto d) {
    return answer(engine.capture(merchant, mapped(mapper.captureCommand(d))),
        r -> mapper.paymentsResponse(merchant, r));
  }

  private Reply voidPayment(MerchantId merchant, PaymentsVoidReqDto d) {
    return answer(engine.voidPayment(merchant, mapped(mapper.voidCommand(d))),
        r -> mapper.paymentsResponse(merchant, r));
  }

  private Reply refund(MerchantId merchant, RefundReqDto d) {
    // characters as the seeds count them: code points
    if (d.notifyUrl() != null && d.notifyUrl().codePointCount(0, d.notifyUrl().length()) > NOTIFY_URL_MAX) {
      throw new Bad(new MappingError.Unrepresentable("$.notify_url", "longer than " + NOTIFY_URL_MAX).describe());
    }
    return answer(engine.refund(merchant, mapped(mapper.refundCommand(d))), r -> mapper.refundResponse(merchant, r));
  }

  private Reply refundQuery(MerchantId merchant, RefundQueryReqDto d) {
    return answer(engine.queryRefund(merchant, mapped(mapper.refundLookup(d))),
        r -> mapper.refundResponse(merchant, r));
  }

  private Reply tokenQuery(MerchantId merchant, QueryTokenReqDto d) {
    return Reply.ok(engine.listTokens(merchant, mapped(mapper.tokenQueryShopper(d))).stream()
        .map(mapper::tokenItem).toList());
  }

  private Reply tokenRemove(MerchantId merchant, TokenRemoveReqDto d) {
    TokenReference ref = mapped(mapper.tokenRemoval(d));
    return answer(engine.removeToken(merchant, ref.token(), ref.shopper()), t -> null);
  }

  private Reply recurringCancel(MerchantId merchant, RecurringCancelReqDto d) {
    AgreementReference ref = mapped(mapper.recurringCancellation(d));
    return answer(engine.cancelAgreement(merchant, ref.agreement(), ref.shopper()), a -> null);
  }

  private Reply applePay(MerchantId merchant, SessionApplePayReqDto d) {
    return Reply.ok(mapper.applePaySessionResponse(
        engine.applePaySession(merchant, mapped(mapper.applePaySessionRequest(d)))));
  }

  private Reply sessionCreate(MerchantId merchant, SessionCreateReqDto d) {
    return answer(engine.createSession(merchant, mapped(mapper.checkoutSessionRequest(d))),
        s -> mapper.sessionResponse(merchant, s));
  }

  private Reply sessionQuery(MerchantId merchant, SessionQueryReqDto d) {
    return answer(engine.querySession(merchant, mapped(mapper.sessionLookup(d))),
        s -> mapper.sessionQueryResponse(merchant, s, paidIn(s)));
  }

  /** The order paid through {@code session}, if any. */
  private Option<OrderId> paidIn(CheckoutSession session) {
    SessionId id = session.sessionId();
    return Option.ofOptional(engine.orders().stream()
        .filter(r -> r.sessionId().contains(id))
        .map(r -> r.order().orderId()).findFirst());
  }

  // ------------------------------------------------------------------------------------------------- notifications

  private void notifyPayment(PaymentChange change) {
    PaymentChange now = new PaymentChange(change.merchantId(), change.previous(), change.result(), change.notifyUrl(),
        ctx.clock().base().instant());
    now.notification().forEach(n -> send(change.notifyUrl(), n.type().wireName(), n.orderId().value(),
        n.merchantId().value(), n.timestamp(), codec.encode(mapper.paymentNotification(n))));
  }

  private void notifyRefund(RefundChange change) {
    var n = new RefundChange(change.merchantId(), change.refund(), change.notifyUrl(), ctx.clock().base().instant())
        .notification();
    send(change.notifyUrl(), n.type().wireName(), n.originalOrderId().value(), n.merchantId().value(), n.timestamp(),
        codec.encode(mapper.refundNotification(n)));
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
}
