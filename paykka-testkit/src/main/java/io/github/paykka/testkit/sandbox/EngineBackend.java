package io.github.paykka.testkit.sandbox;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.MerchantId;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.testkit.TestCard;
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
import io.github.paykka.wire.mapping.WireMapper;
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
import java.util.Map;
import java.util.function.Function;

/**
 * The sandbox's state: an HTTP translation of {@link SimulatedPaykka} (the engine the in-memory fakes use too), so
 * that fakes and sandbox behave identically. Decodes wire requests into domain commands, answers engine results as
 * wire responses, turns engine changes into signed notifications, and serves the shopper's pages.
 *
 * <p>Every translation between wire messages and domain values is {@link WireMapper}'s (the one place that holds the
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
    change.notification().forEach(n -> send(change.notifyUrl(), n.type().wireName(), n.orderId().value(),
        n.merchantId().value(), n.timestamp(), codec.encode(mapper.paymentNotification(n))));
  }

  private void notifyRefund(RefundChange change) {
    var n = change.notification();
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
        .fold(EngineBackend::refusedPage,
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
        .fold(EngineBackend::refusedPage,
            r -> Page.html(html("Paid", "<p>Order <code>" + esc(r.order().orderId().value())
                + "</code> is <b id=\"status\">" + r.order().status() + "</b>.</p>"
                + r.authenticationUrl().map(u -> "<p><a href=\"" + esc(u.toString()) + "\">Authenticate</a></p>")
                    .getOrElse(""))));
  }

  private Page settle(String ref) {
    return engine.settlePending(OrderId.of(ref))
        .fold(EngineBackend::refusedPage, r -> Page.text(200, r.order().status().name()));
  }

  /** A refused page action: 404 for what does not exist, else 409 (the state does not allow it). */
  private static Page refusedPage(EngineRefusal r) {
    return Page.text(HttpStatusPolicy.statusOf(r.retCode()) == 404 ? 404 : 409, r.message());
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
