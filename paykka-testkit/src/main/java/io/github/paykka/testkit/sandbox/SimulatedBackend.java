package io.github.paykka.testkit.sandbox;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.testkit.simulation.IdGenerator;
import io.github.paykka.testkit.simulation.PaymentChange;
import io.github.paykka.testkit.simulation.RefundChange;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.testkit.simulation.SimulatedRefusal;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.WireError;
import io.github.paykka.wire.error.RetCode;
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
import io.github.paykka.wire.operation.WireOperation;
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
final class SimulatedBackend implements SandboxBackend {
  /**
   * The longest {@code notify_url}: seed 000's limit on a payment's, assumed for a refund's (neither the mapping nor
   * {@code RefundCommand} checks it).
   */
  private static final int NOTIFY_URL_MAX = 200;

  private final SimulatedPaykka engine;
  private final WireCodec codec;
  private final SandboxMapper mapper = SandboxMapper.create();
  private final BackendContext ctx;

  SimulatedBackend(BackendContext ctx) {
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
  public ApiReply handle(WireOperation<?, ?> operation, String merchantId, byte[] body) {
    try {
      MerchantId merchant = mapped(mapper.merchantId(merchantId));
      return switch (operation.operation()) {
        case INITIATE -> initiate(merchant, decode(body, WireOperation.INITIATE));
        case QUERY -> query(merchant, decode(body, WireOperation.QUERY));
        case CAPTURE -> capture(merchant, decode(body, WireOperation.CAPTURE));
        case VOID -> voidPayment(merchant, decode(body, WireOperation.VOID));
        case REFUND -> refund(merchant, decode(body, WireOperation.REFUND));
        case REFUND_QUERY -> refundQuery(merchant, decode(body, WireOperation.REFUND_QUERY));
        case TOKEN_LIST -> tokenQuery(merchant, decode(body, WireOperation.TOKEN_LIST));
        case TOKEN_REMOVE -> tokenRemove(merchant, decode(body, WireOperation.TOKEN_REMOVE));
        case RECURRING_CANCEL -> recurringCancel(merchant, decode(body, WireOperation.RECURRING_CANCEL));
        case APPLE_PAY_SESSION -> applePay(merchant, decode(body, WireOperation.APPLE_PAY_SESSION));
        case CHECKOUT_CREATE -> sessionCreate(merchant, decode(body, WireOperation.CHECKOUT_CREATE));
        case CHECKOUT_QUERY -> sessionQuery(merchant, decode(body, WireOperation.CHECKOUT_QUERY));
      };
    } catch (Bad e) {
      return ApiReply.error(RetCode.INVALID_REQUEST, e.getMessage());
    }
  }

  /** The request message of {@code operation}, as the table names its type. */
  private <Q> Q decode(byte[] body, WireOperation<Q, ?> operation) {
    Either<WireError, Q> d = codec.decode(body, operation.requestType());
    if (d.isLeft()) throw new Bad(d.getLeft().describe());
    return d.get();
  }

  /** The value an inbound mapping made, or {@link Bad} naming the field it could not map. */
  private static <T> T mapped(Either<MappingError, T> mapping) {
    if (mapping.isLeft()) throw new Bad(mapping.getLeft().describe());
    return mapping.get();
  }

  /** The engine's result as a reply: a refusal with its {@code ret_code}, else {@code data} of the value. */
  private static <T> ApiReply answer(Either<SimulatedRefusal, T> result, Function<? super T, ?> data) {
    return result.fold(SimulatedBackend::refused, v -> ApiReply.ok(data.apply(v)));
  }

  private static ApiReply refused(SimulatedRefusal r) {
    String msg = r.field().isDefined() && !r.message().startsWith(r.field().get())
        ? r.field().get() + ": " + r.message() : r.message();
    return ApiReply.error(r.retCode(), msg);
  }

  private ApiReply initiate(MerchantId merchant, PaymentsReqDto d) {
    return answer(engine.initiate(merchant, mapped(mapper.paymentRequest(d))),
        r -> mapper.paymentsResponse(merchant, r));
  }

  private ApiReply query(MerchantId merchant, PaymentsQueryReqDto d) {
    return answer(engine.query(merchant, mapped(mapper.paymentLookup(d))),
        r -> mapper.paymentsQueryResponse(merchant, r));
  }

  private ApiReply capture(MerchantId merchant, PaymentsCaptureReqDto d) {
    return answer(engine.capture(merchant, mapped(mapper.captureCommand(d))),
        r -> mapper.paymentsResponse(merchant, r));
  }

  private ApiReply voidPayment(MerchantId merchant, PaymentsVoidReqDto d) {
    return answer(engine.voidPayment(merchant, mapped(mapper.voidCommand(d))),
        r -> mapper.paymentsResponse(merchant, r));
  }

  private ApiReply refund(MerchantId merchant, RefundReqDto d) {
    // characters as the seeds count them: code points
    if (d.notifyUrl() != null && d.notifyUrl().codePointCount(0, d.notifyUrl().length()) > NOTIFY_URL_MAX) {
      throw new Bad(new MappingError.Unrepresentable("$.notify_url", "longer than " + NOTIFY_URL_MAX).describe());
    }
    return answer(engine.refund(merchant, mapped(mapper.refundCommand(d))), r -> mapper.refundResponse(merchant, r));
  }

  private ApiReply refundQuery(MerchantId merchant, RefundQueryReqDto d) {
    return answer(engine.queryRefund(merchant, mapped(mapper.refundLookup(d))),
        r -> mapper.refundResponse(merchant, r));
  }

  private ApiReply tokenQuery(MerchantId merchant, QueryTokenReqDto d) {
    return ApiReply.ok(engine.listTokens(merchant, mapped(mapper.tokenQueryShopper(d))).stream()
        .map(mapper::tokenItem).toList());
  }

  private ApiReply tokenRemove(MerchantId merchant, TokenRemoveReqDto d) {
    TokenReference ref = mapped(mapper.tokenRemoval(d));
    return answer(engine.removeToken(merchant, ref.token(), ref.shopper()), t -> null);
  }

  private ApiReply recurringCancel(MerchantId merchant, RecurringCancelReqDto d) {
    AgreementReference ref = mapped(mapper.recurringCancellation(d));
    return answer(engine.cancelAgreement(merchant, ref.agreement(), ref.shopper()), a -> null);
  }

  private ApiReply applePay(MerchantId merchant, SessionApplePayReqDto d) {
    return ApiReply.ok(mapper.applePaySessionResponse(
        engine.applePaySession(merchant, mapped(mapper.applePaySessionRequest(d)))));
  }

  private ApiReply sessionCreate(MerchantId merchant, SessionCreateReqDto d) {
    return answer(engine.createSession(merchant, mapped(mapper.checkoutSessionRequest(d))),
        s -> mapper.sessionResponse(merchant, s));
  }

  private ApiReply sessionQuery(MerchantId merchant, SessionQueryReqDto d) {
    return answer(engine.querySession(merchant, mapped(mapper.sessionLookup(d))),
        s -> mapper.sessionQueryResponse(merchant, s, paidIn(s)));
  }

  /** The order paid through {@code session}, if any. */
  private Option<OrderId> paidIn(CheckoutSession session) {
    return engine.orderOfSession(session.sessionId());
  }

  // ------------------------------------------------------------------------------------------------- notifications

  private void notifyPayment(PaymentChange change) {
    PaymentChange now = new PaymentChange(change.merchantId(), change.previous(), change.result(), change.notifyUrl(),
        ctx.clock().base().instant());
    now.notification().forEach(n -> send(change.notifyUrl(), n.type().wireName(), n.orderId(),
        n.merchantId().value(), n.timestamp(), codec.encode(mapper.paymentNotification(n))));
  }

  private void notifyRefund(RefundChange change) {
    var n = new RefundChange(change.merchantId(), change.refund(), change.notifyUrl(), ctx.clock().base().instant())
        .notification();
    send(change.notifyUrl(), n.type().wireName(), n.originalOrderId(), n.merchantId().value(), n.timestamp(),
        codec.encode(mapper.refundNotification(n)));
  }

  private void send(String url, String type, OrderId orderId, String merchantId, long ts, byte[] body) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return; // the domain validated notify_url as an absolute http(s) URL; nothing else can arrive here
    }
    ctx.notifications().send(uri, type, orderId, merchantId, ts, body);
  }
}
