package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.Html.esc;

import com.sun.net.httpserver.HttpExchange;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import io.github.paykka.testkit.simulation.SimulatedRefusal;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shopper's pages: the 3DS challenge at a payment's {@code authentication_url} and the hosted checkout at a
 * session's {@code session_url}. After the shopper acts, the browser is sent (303) to the payment's
 * {@code return_url} as the merchant gave it (our assumption: PayKKa's redirect parameters are not public, so none are
 * added); the notifications go out as the engine's state changes. Card numbers are shown masked; a CVV never.
 *
 * <p>For scripts, a GET with the form's field in its query ({@code ?result=pass}, {@code ?card=<test card>}) acts too
 * and answers the outcome as a page (200) instead of redirecting; browsers use the forms (POST).
 */
final class ShopperPages {
  private final SimulatedPaykka engine;

  ShopperPages(SimulatedPaykka engine) {
    this.engine = engine;
  }

  // ------------------------------------------------------------------------------------------------ 3DS challenge

  void challenge(HttpExchange ex, String ref, Map<String, String> params) throws IOException {
    OrderId orderId;
    try {
      orderId = OrderId.of(ref);
    } catch (IllegalArgumentException e) {
      Html.send(ex, 400, Html.page("3-D Secure", "<p class=\"msg err\">Not an order number.</p>"));
      return;
    }
    Option<PaymentResult> found = engine.order(orderId);
    if (found.isEmpty()) {
      Html.send(ex, 404, Html.page("3-D Secure", "<p class=\"msg err\">Order " + esc(ref) + " does not exist.</p>"));
      return;
    }
    String result = params.get("result");
    boolean scripted = !"POST".equals(ex.getRequestMethod());
    if (result == null || "HEAD".equals(ex.getRequestMethod())) {
      // a challenge that is over is shown as such (200): the shopper may come back with the browser's history
      Html.send(ex, 200, challengePage(found.get()));
      return;
    }
    Either<SimulatedRefusal, PaymentResult> done = switch (result) {
      case "pass" -> engine.completeChallenge(orderId, true);
      case "fail" -> engine.completeChallenge(orderId, false);
      case "cancel", "abandon" -> engine.abandonChallenge(orderId);
      default -> null;
    };
    if (done == null) {
      Html.send(ex, 400, Html.page("3-D Secure", "<p class=\"msg err\">result must be pass, fail or cancel.</p>"));
      return;
    }
    if (done.isLeft()) {
      Html.send(ex, 409, Html.page("3-D Secure", "<p class=\"msg err\">" + esc(done.getLeft().message()) + "</p>"));
      return;
    }
    backToMerchant(ex, done.get(), scripted);
  }

  private String challengePage(PaymentResult r) {
    StringBuilder b = new StringBuilder();
    b.append(summary(r));
    if (r.authenticationUrl().isEmpty()) {
      b.append("<p class=\"msg err\" id=\"over\">This challenge is over: the payment is <span class=\"status\">")
          .append(esc(r.order().status().name())).append("</span>.</p>");
      returnLink(b, r.order().orderId());
      return Html.page("3-D Secure", b.toString());
    }
    b.append("<p>Your bank asks you to confirm this payment. This is the sandbox: nothing is charged. ")
        .append("Choose what the shopper does.</p><form method=\"post\" action=\"\" class=\"challenge\">")
        .append("<button type=\"submit\" name=\"result\" value=\"pass\" class=\"primary\" id=\"complete\">")
        .append("Complete authentication</button> ")
        .append("<button type=\"submit\" name=\"result\" value=\"fail\" id=\"fail\">Fail authentication</button> ")
        .append("<button type=\"submit\" name=\"result\" value=\"cancel\" class=\"danger\" id=\"cancel\">Cancel")
        .append("</button></form><p class=\"muted\">Complete approves the payment; Fail declines it (error code ")
        .append(TestCard.AUTHENTICATION_FAILED_CODE).append("); Cancel abandons the challenge (CANCELED). Then you go ")
        .append("back to the merchant's return URL.</p>");
    return Html.page("3-D Secure", b.toString());
  }

  private String summary(PaymentResult r) {
    String merchant = merchantName(r);
    return "<section><table class=\"summary\"><tr><th>Merchant</th><td id=\"merchant\">" + esc(merchant)
        + "</td></tr><tr><th>Amount</th><td id=\"amount\">" + esc(r.order().amount().toString())
        + "</td></tr><tr><th>Card</th><td id=\"card\">" + esc(r.card().map(ShopperPages::masked).getOrElse("-"))
        + "</td></tr><tr><th>Order</th><td><code>" + esc(r.order().orderId().value()) + "</code> (trans_id <code>"
        + esc(r.order().transId().value()) + "</code>)</td></tr></table></section>";
  }

  private String merchantName(PaymentResult r) {
    Option<String> display = r.sessionId().flatMap(engine::checkoutRequestOf)
        .flatMap(CheckoutSessionRequest::displayMerchantName);
    String id = engine.merchantOf(r.order().orderId()).map(m -> m.value()).getOrElse("?");
    return display.map(d -> d + " (" + id + ")").getOrElse(id);
  }

  /** A card as the logs show it: brand, BIN and last four. */
  static String masked(CardSummary c) {
    return (c.brand().isEmpty() ? "" : c.brand() + " ") + c.bin() + "******" + c.last4();
  }

  // ------------------------------------------------------------------------------------------------ hosted checkout

  void checkout(HttpExchange ex, String ref, Map<String, String> params) throws IOException {
    SessionId sessionId;
    try {
      sessionId = SessionId.of(ref);
    } catch (IllegalArgumentException e) {
      Html.send(ex, 400, Html.page("Checkout", "<p class=\"msg err\">Not a session number.</p>"));
      return;
    }
    Option<CheckoutSession> session = engine.session(sessionId);
    Option<CheckoutSessionRequest> request = engine.checkoutRequestOf(sessionId);
    if (session.isEmpty() || request.isEmpty()) {
      Html.send(ex, 404, Html.page("Checkout", "<p class=\"msg err\">Checkout session " + esc(ref)
          + " does not exist.</p>"));
      return;
    }
    if (session.get().status() != SessionStatus.OPEN) {
      Html.send(ex, session.get().status() == SessionStatus.EXPIRED ? 410 : 409,
          closedPage(session.get(), request.get()));
      return;
    }
    boolean scripted = !"POST".equals(ex.getRequestMethod());
    if ((scripted && params.get("card") == null) || "HEAD".equals(ex.getRequestMethod())) {
      Html.send(ex, 200, checkoutPage(session.get(), request.get(), List.of()));
      return;
    }
    List<String> errors = new ArrayList<>();
    PaymentInstrument.PlainCard card = card(params, errors);
    if (card == null) {
      Html.send(ex, 400, checkoutPage(session.get(), request.get(), errors));
      return;
    }
    Either<SimulatedRefusal, PaymentResult> paid = engine.payThroughSession(sessionId, card);
    if (paid.isLeft()) {
      // expired or paid between the page and the form
      CheckoutSession now = engine.session(sessionId).get();
      Html.send(ex, now.status() == SessionStatus.EXPIRED ? 410 : 409, closedPage(now, request.get()));
      return;
    }
    if (paid.get().authenticationUrl().isDefined() && !scripted) {
      Html.redirect(ex, paid.get().authenticationUrl().get().toString());
      return;
    }
    backToMerchant(ex, paid.get(), scripted);
  }

  // The card of the form, or null with the errors (never quoting what was typed).
  private static PaymentInstrument.PlainCard card(Map<String, String> params, List<String> errors) {
    String legacy = params.get("card");
    String number = params.getOrDefault("card_no", legacy == null ? "" : legacy).replace(" ", "").replace("-", "");
    CardNumber cardNumber = null;
    CardExpiry expiry = null;
    Cvv cvv = null;
    try {
      cardNumber = CardNumber.of(number);
    } catch (IllegalArgumentException e) {
      errors.add("Card number: " + e.getMessage() + ".");
    }
    String month = params.getOrDefault("exp_month", legacy == null ? "" : "03").strip();
    String year = params.getOrDefault("exp_year", legacy == null ? "" : "2030").strip();
    try {
      expiry = CardExpiry.of(Integer.parseInt(month), Integer.parseInt(year));
    } catch (IllegalArgumentException e) {
      errors.add("Expiry: month 01-12 and a four-digit year.");
    }
    try {
      cvv = Cvv.of(params.getOrDefault("cvv", legacy == null ? "" : "123").strip());
    } catch (IllegalArgumentException e) {
      errors.add("CVV: " + e.getMessage() + ".");
    }
    if (!errors.isEmpty()) return null;
    return new PaymentInstrument.PlainCard(cardNumber, expiry, cvv);
  }

  private String checkoutPage(CheckoutSession s, CheckoutSessionRequest r, List<String> errors) {
    StringBuilder b = new StringBuilder();
    for (String e : errors) b.append("<p class=\"msg err\">").append(esc(e)).append("</p>");
    b.append("<div class=\"cols\"><div>");
    b.append("<section><h2 id=\"merchant\">").append(esc(r.displayMerchantName()
        .getOrElse(() -> engine.merchantOfSession(s.sessionId()).map(m -> m.value()).getOrElse("")))).append("</h2>");
    b.append("<table id=\"goods\"><tr><th>Item</th><th>Quantity</th><th>Price</th></tr>");
    for (Goods g : r.goods()) {
      b.append("<tr><td>").append(esc(g.name())).append("</td><td>").append(g.quantity()).append("</td><td>")
          .append(esc(price(g.price(), s.amount()))).append("</td></tr>");
    }
    b.append("<tr><th colspan=\"2\">Total</th><th id=\"total\">").append(esc(s.amount().toString()))
        .append("</th></tr></table>");
    s.expiresAt().forEach(t -> b.append("<p class=\"muted\">This page expires at ").append(esc(t.toString()))
        .append(" (sandbox clock).</p>"));
    b.append("</section><section><form method=\"post\" action=\"\" autocomplete=\"off\" id=\"pay-form\">")
        .append("<label for=\"card_no\">Card number</label><input id=\"card_no\" name=\"card_no\" ")
        .append("inputmode=\"numeric\" autocomplete=\"cc-number\" size=\"22\" maxlength=\"23\" required>")
        .append("<div class=\"cols\"><div><label for=\"exp_month\">Expiry month</label><input id=\"exp_month\" ")
        .append("name=\"exp_month\" inputmode=\"numeric\" size=\"3\" maxlength=\"2\" placeholder=\"MM\" required>")
        .append("</div><div><label for=\"exp_year\">Expiry year</label><input id=\"exp_year\" name=\"exp_year\" ")
        .append("inputmode=\"numeric\" size=\"5\" maxlength=\"4\" placeholder=\"YYYY\" required></div>")
        .append("<div><label for=\"cvv\">CVV</label><input id=\"cvv\" name=\"cvv\" inputmode=\"numeric\" ")
        .append("autocomplete=\"cc-csc\" size=\"5\" maxlength=\"4\" required></div></div>")
        .append("<p><button type=\"submit\" class=\"primary\" id=\"pay\">Pay ").append(esc(s.amount().toString()))
        .append("</button></p></form></section></div>");
    b.append("<section><h2>Test cards</h2><p class=\"muted\">Any expiry in the future, any CVV. These are the ")
        .append("testkit's conventions, not PayKKa's.</p><table id=\"test-cards\"><tr><th>Number</th><th>What ")
        .append("happens</th></tr>");
    for (TestCard c : TestCard.values()) {
      b.append("<tr><td><code>").append(c.number()).append("</code></td><td>").append(esc(describe(c)))
          .append("</td></tr>");
    }
    b.append("</table></section></div>");
    return Html.page("Checkout", b.toString());
  }

  private String closedPage(CheckoutSession s, CheckoutSessionRequest r) {
    StringBuilder b = new StringBuilder("<p class=\"msg err\" id=\"closed\">");
    if (s.status() == SessionStatus.EXPIRED) {
      b.append("This checkout session expired")
          .append(s.expiresAt().map(t -> " at " + t).getOrElse("")).append(": it cannot be paid any more. ")
          .append("Ask the shop for a new one.");
    } else {
      b.append("This checkout session was paid already").append(engine.orderOfSession(s.sessionId())
          .flatMap(engine::order).map(o -> ": order " + o.order().orderId().value() + " is " + o.order().status())
          .getOrElse("")).append(". It cannot be paid twice.");
    }
    b.append("</p>");
    if (isWeb(r.returnUrl())) {
      b.append("<p><a href=\"").append(esc(r.returnUrl())).append("\">Back to the shop</a></p>");
    }
    return Html.page("Checkout", b.toString());
  }

  static String describe(TestCard c) {
    return switch (c) {
      case VISA_SUCCESS, MASTERCARD_SUCCESS -> "approved";
      case DECLINED -> "declined, error code " + TestCard.DECLINED_CODE;
      case INSUFFICIENT_FUNDS -> "declined for insufficient funds, error code " + TestCard.INSUFFICIENT_FUNDS_CODE;
      case THREE_DS_CHALLENGE -> "3-D Secure challenge page first; approved if you complete it";
      case PROCESSING_THEN_APPROVED -> "stays PROCESSING; approved when settled (dashboard)";
      case REFUND_FAILS -> "approved; every refund of it fails";
    };
  }

  // A goods price in the session's currency (goods prices are minor units of it).
  private static String price(long minorUnits, Money like) {
    try {
      return Money.of(minorUnits, like.currency()).toString();
    } catch (IllegalArgumentException e) {
      return BigDecimal.valueOf(minorUnits).toPlainString();
    }
  }

  // ------------------------------------------------------------------------------------------------ return

  // The browser goes back to the shop; a script (or a payment without return_url) gets the outcome as a page.
  private void backToMerchant(HttpExchange ex, PaymentResult r, boolean scripted) throws IOException {
    Option<String> back = engine.returnUrlOf(r.order().orderId()).filter(ShopperPages::isWeb);
    if (back.isDefined() && !scripted) {
      Html.redirect(ex, back.get());
      return;
    }
    StringBuilder b = new StringBuilder(summary(r)).append("<p>The payment is <b class=\"status\" id=\"status\">")
        .append(esc(r.order().status().name())).append("</b>.</p>");
    r.authenticationUrl().forEach(u -> b.append("<p><a href=\"").append(esc(u.toString()))
        .append("\">Authenticate (3-D Secure)</a></p>"));
    back.forEach(u -> b.append("<p><a href=\"").append(esc(u)).append("\">Back to the shop</a></p>"));
    Html.send(ex, 200, Html.page("Payment " + r.order().status(), b.toString()));
  }

  private void returnLink(StringBuilder b, OrderId orderId) {
    engine.returnUrlOf(orderId).filter(ShopperPages::isWeb).forEach(u ->
        b.append("<p><a href=\"").append(esc(u)).append("\">Back to the shop</a></p>"));
  }

  private static boolean isWeb(String url) {
    try {
      URI u = URI.create(url);
      return u.isAbsolute() && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
