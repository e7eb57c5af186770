package io.github.paykka.testkit.sandbox;

import static io.github.paykka.testkit.sandbox.Html.button;
import static io.github.paykka.testkit.sandbox.Html.esc;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.order.OrderTransition;
import io.github.paykka.domain.recurring.RecurringAgreement;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.simulation.AdvanceableClock;
import io.github.paykka.testkit.simulation.OrderStep;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard at the sandbox's root: its clock and settings, orders with balances and each one's path through the
 * order's state machine (server-side SVG), refunds, sessions, tokens, agreements, the notification log (one row per
 * delivery attempt) and the faults, with a button for every trigger. Every text that comes from outside is escaped,
 * and card data is shown masked.
 */
final class Dashboard {
  private final SimulatedPaykka engine;
  private final NotificationDispatcher dispatcher;
  private final Faults faults;
  private final AdvanceableClock clock;
  private final List<String> merchantIds;
  private final URI baseUrl;
  private final Supplier<Quirks> quirks;

  Dashboard(SimulatedPaykka engine, NotificationDispatcher dispatcher, Faults faults, AdvanceableClock clock,
      List<String> merchantIds, URI baseUrl, Supplier<Quirks> quirks) {
    this.quirks = quirks;
    this.engine = engine;
    this.dispatcher = dispatcher;
    this.faults = faults;
    this.clock = clock;
    this.merchantIds = merchantIds;
    this.baseUrl = baseUrl;
  }

  String render(@Nullable String message, boolean error) {
    StringBuilder b = new StringBuilder(16 * 1024);
    if (message != null && !message.isBlank()) {
      b.append("<p class=\"msg").append(error ? " err" : "").append("\" id=\"message\">").append(esc(message))
          .append("</p>");
    }
    sandbox(b);
    orders(b);
    refunds(b);
    sessions(b);
    tokensAndAgreements(b);
    notifications(b);
    faults(b);
    return Html.page("Dashboard", b.toString());
  }

  private void sandbox(StringBuilder b) {
    b.append("<section id=\"sandbox\"><h2>Sandbox</h2><table><tr><th>API</th><td><code>").append(esc(baseUrl.toString()))
        .append("</code> (trigger API under <code>/sandbox/api/</code>, see docs/testing.md)</td></tr>")
        .append("<tr><th>Merchants</th><td>");
    merchantIds.forEach(m -> b.append("<code>").append(esc(m)).append("</code> "));
    b.append("</td></tr><tr><th>Clock</th><td id=\"clock\">").append(esc(clock.instant().toString()));
    if (!clock.offset().isZero()) b.append(" (").append(esc(clock.offset().toString())).append(" ahead)");
    b.append(" ").append(button("/sandbox/api/clock/advance", "+5 min", "", "by", "PT5M"))
        .append(button("/sandbox/api/clock/advance", "+1 hour", "", "by", "PT1H"))
        .append(button("/sandbox/api/clock/advance", "+1 day", "", "by", "P1D"))
        .append("<form class=\"inline\" method=\"post\" action=\"/sandbox/api/clock/advance\"><input name=\"by\" ")
        .append("size=\"8\" placeholder=\"PT90M\" aria-label=\"advance by\"> <button type=\"submit\">Advance</button>")
        .append("</form></td></tr><tr><th>Refunds</th><td id=\"refund-mode\">");
    boolean held = engine.refundsHeld();
    b.append(held ? "new refunds stay <b>REVIEWING</b> until you move them "
            : "new refunds complete at once (those of a payment made with the REFUND_FAILS test card fail) ")
        .append(button("/sandbox/api/refunds/hold", held ? "Complete refunds at once" : "Hold new refunds", "",
            "held", held ? "false" : "true"))
        .append("</td></tr><tr><th>Quirks</th><td id=\"quirks\">");
    Quirks q = quirks.get();
    b.append(q.isEmpty() ? "none: answers and notifications as the library writes them"
        : "<b>" + esc(String.join(", ", q.asSet().stream().map(Quirk::cliName).toList())) + "</b>")
        .append(" <form class=\"inline\" method=\"post\" action=\"/sandbox/api/quirks\"><input name=\"quirks\" ")
        .append("size=\"40\" placeholder=\"extra-fields,unknown-values\" aria-label=\"quirks\"> ")
        .append("<button type=\"submit\">Set</button></form> ")
        .append(button("/sandbox/api/quirks", "All but unknown-status", "", "quirks",
            Quirks.all().without(Quirk.UNKNOWN_STATUS).asSet().stream().map(Quirk::cliName)
                .reduce((x, y) -> x + "," + y).orElse("")))
        .append(button("/sandbox/api/quirks", "None", "", "quirks", "none"))
        .append("<br><span class=\"muted\">").append(esc(Quirks.names())).append("</span>")
        .append("</td></tr></table></section>");
  }

  private void orders(StringBuilder b) {
    List<PaymentResult> orders = engine.orders();
    b.append("<section id=\"orders\"><h2>Orders (").append(orders.size()).append(")</h2>");
    if (orders.isEmpty()) {
      b.append("<p class=\"muted\">No payment yet.</p></section>");
      return;
    }
    b.append("<table><tr><th>order_id</th><th>trans_id</th><th>merchant</th><th>status</th><th>amount</th>")
        .append("<th>authorised / captured / voided / refunded</th><th>card</th><th>actions</th></tr>");
    for (PaymentResult r : orders) {
      String id = r.order().orderId().value();
      Balances bal = r.order().balances();
      b.append("<tr class=\"order\" id=\"order-").append(esc(id)).append("\"><td><code>").append(esc(id))
          .append("</code></td><td><code>").append(esc(r.order().transId().value())).append("</code></td><td>")
          .append(esc(engine.merchantOf(r.order().orderId()).map(m -> m.value()).getOrElse(""))).append("</td>")
          .append("<td class=\"status\">").append(r.order().status());
      r.errorCode().forEach(c -> b.append(" <span class=\"muted\">").append(esc(c)).append("</span>"));
      b.append("</td><td>").append(esc(r.order().amount().toString())).append(" <span class=\"muted\">")
          .append(r.order().captureMethod()).append("</span></td><td>").append(bal.authed().minorUnits()).append(" / ")
          .append(bal.captured().minorUnits()).append(" / ").append(bal.voided().minorUnits()).append(" / ")
          .append(bal.refunded().minorUnits()).append("</td><td class=\"card\">")
          .append(esc(r.card().map(ShopperPages::masked).getOrElse(r.paymentMethod().map(m -> m.text()).getOrElse(""))))
          .append("</td><td>");
      if (r.order().status() == OrderStatus.PROCESSING && r.authenticationUrl().isDefined()) {
        b.append("<a href=\"").append(esc(r.authenticationUrl().get().toString())).append("\">3DS page</a> ")
            .append(button("/sandbox/api/orders/" + id + "/challenge/pass", "Pass 3DS", ""))
            .append(button("/sandbox/api/orders/" + id + "/challenge/fail", "Fail 3DS", ""))
            .append(button("/sandbox/api/orders/" + id + "/challenge/abandon", "Abandon 3DS", "danger"));
      } else if (r.order().status() == OrderStatus.PROCESSING) {
        b.append(button("/sandbox/api/orders/" + id + "/settle", "Settle", ""));
      }
      b.append("</td></tr><tr class=\"path\"><td colspan=\"8\"><details><summary>path of ").append(esc(id))
          .append(" through the order's state machine</summary>");
      List<OrderStep> steps = engine.history(r.order().orderId());
      b.append(StateMachineSvg.render(OrderTransition.MACHINE, steps.stream().map(OrderStep::status).toList(),
          "Order " + id));
      b.append("<ol class=\"steps\">");
      for (OrderStep s : steps) {
        b.append("<li>").append(esc(s.transition())).append(" &rarr; <b>").append(s.status()).append("</b> <span ")
            .append("class=\"muted\">").append(esc(s.at().toString())).append("</span></li>");
      }
      b.append("</ol></details></td></tr>");
    }
    b.append("</table></section>");
  }

  private void refunds(StringBuilder b) {
    List<Refund> refunds = engine.refunds();
    b.append("<section id=\"refunds\"><h2>Refunds (").append(refunds.size()).append(")</h2>");
    if (refunds.isEmpty()) {
      b.append("<p class=\"muted\">No refund yet.</p></section>");
      return;
    }
    b.append("<table><tr><th>refund_trans_id</th><th>refund_order_id</th><th>order</th><th>amount</th>")
        .append("<th>status</th><th>actions</th></tr>");
    for (Refund r : refunds) {
      String t = r.refundTransId().value();
      String merchant = r.originalOrderId().flatMap(engine::merchantOf).map(m -> m.value()).getOrElse("");
      b.append("<tr class=\"refund\" id=\"refund-").append(esc(t)).append("\"><td><code>").append(esc(t))
          .append("</code></td><td><code>").append(esc(r.refundOrderId().map(Object::toString).getOrElse("")))
          .append("</code></td><td><code>").append(esc(r.originalOrderId().map(o -> o.value()).getOrElse(""))).append("</code></td><td>")
          .append(esc(r.amount().toString())).append("</td><td class=\"status\">").append(r.status())
          .append("</td><td>");
      String base = "/sandbox/api/refunds/" + t + "/";
      if (r.status() == RefundStatus.REVIEWING) {
        b.append(button(base + "accept", "Accept (PROCESSING)", "", "merchant_id", merchant));
      } else if (r.status() == RefundStatus.PROCESSING) {
        b.append(button(base + "succeed", "Succeed", "", "merchant_id", merchant))
            .append(button(base + "fail", "Fail", "danger", "merchant_id", merchant));
      }
      b.append("</td></tr>");
    }
    b.append("</table></section>");
  }

  private void sessions(StringBuilder b) {
    List<CheckoutSession> sessions = engine.sessions();
    b.append("<section id=\"sessions\"><h2>Checkout sessions (").append(sessions.size()).append(")</h2>");
    if (sessions.isEmpty()) {
      b.append("<p class=\"muted\">No checkout session yet.</p></section>");
      return;
    }
    b.append("<table><tr><th>session_id</th><th>trans_id</th><th>amount</th><th>status</th><th>expires</th>")
        .append("<th>order</th><th>actions</th></tr>");
    for (CheckoutSession s : sessions) {
      String id = s.sessionId().value();
      b.append("<tr class=\"session\" id=\"session-").append(esc(id)).append("\"><td><code>").append(esc(id))
          .append("</code></td><td><code>").append(esc(s.transId().value())).append("</code></td><td>")
          .append(esc(s.amount().toString())).append("</td><td class=\"status\">").append(s.status())
          .append("</td><td>").append(esc(s.expiresAt().map(Object::toString).getOrElse(""))).append("</td><td><code>")
          .append(esc(engine.orderOfSession(s.sessionId()).map(o -> o.value()).getOrElse(""))).append("</code></td><td>");
      s.sessionUrl().forEach(u -> b.append("<a href=\"").append(esc(u.toString())).append("\">checkout page</a> "));
      if (s.status() == SessionStatus.OPEN) {
        b.append(button("/sandbox/api/sessions/" + id + "/expire", "Expire", "danger"));
      }
      b.append("</td></tr>");
    }
    b.append("</table></section>");
  }

  private void tokensAndAgreements(StringBuilder b) {
    List<StoredCardToken> tokens = engine.tokens();
    List<RecurringAgreement> agreements = engine.agreements();
    b.append("<section id=\"tokens\"><h2>Tokens (").append(tokens.size()).append(") and agreements (")
        .append(agreements.size()).append(")</h2><div class=\"cols\"><table><tr><th>token</th><th>shopper</th>")
        .append("<th>usage</th><th>status</th></tr>");
    for (StoredCardToken t : tokens) {
      b.append("<tr class=\"token\"><td><code>").append(esc(t.token().value())).append("</code></td><td>")
          .append(esc(t.shopperReference().value())).append("</td><td>")
          .append(esc(t.usage().map(Enum::name).orElse(t.unrecognisedUsage()).getOrElse(""))).append("</td><td>")
          .append(esc(t.statusText())).append("</td></tr>");
    }
    b.append("</table><table id=\"agreements\"><tr><th>agreement</th><th>shopper</th><th>token</th><th>status</th>")
        .append("</tr>");
    for (RecurringAgreement a : agreements) {
      b.append("<tr class=\"agreement\"><td><code>").append(esc(a.id().value())).append("</code></td><td>")
          .append(esc(a.shopperReference().value())).append("</td><td><code>").append(esc(a.token().value()))
          .append("</code></td><td>").append(a.status()).append("</td></tr>");
    }
    b.append("</table></div></section>");
  }

  private void notifications(StringBuilder b) {
    List<NotificationDispatcher.Delivery> deliveries = dispatcher.deliveries();
    b.append("<section id=\"notifications\"><h2>Notification log (").append(deliveries.size())
        .append(" delivery attempts)</h2>");
    if (deliveries.isEmpty()) {
      b.append("<p class=\"muted\">Nothing sent yet.</p></section>");
      return;
    }
    b.append("<table><tr><th>#</th><th>time</th><th>type</th><th>order</th><th>URL</th><th>attempt</th>")
        .append("<th>HTTP status</th><th>latency</th><th>signature</th><th>body</th><th></th></tr>");
    for (int i = deliveries.size() - 1; i >= 0; i--) {
      NotificationDispatcher.Delivery d = deliveries.get(i);
      NotificationAttempt a = d.attempt();
      Integer status = a.status();
      b.append("<tr class=\"delivery\" data-notification=\"").append(a.notificationId()).append("\"><td>")
          .append(a.notificationId()).append("</td><td class=\"time\">").append(esc(a.sentAt().toString()))
          .append("</td><td>").append(esc(a.notifyType())).append("</td><td><code>").append(esc(a.orderId().value()))
          .append("</code></td><td class=\"url\">").append(esc(a.url().toString())).append("</td><td>")
          .append(a.attempt()).append(d.manual() ? " (by hand)" : "").append("</td><td class=\"http-status\">");
      if (status != null) {
        b.append("<span class=\"").append(status == 200 ? "ok" : "bad").append("\">").append(status).append("</span>");
      } else {
        b.append("<span class=\"bad\">no answer</span> <span class=\"muted\">")
            .append(esc(a.error() == null ? "" : a.error())).append("</span>");
      }
      b.append("</td><td class=\"latency\">").append(d.latencyMillis()).append(" ms</td><td class=\"signature\">");
      if (d.signatureVerified()) {
        b.append("<span class=\"ok\">verified</span>");
        if (d.stale()) b.append(" <span class=\"muted\">(timestamp older than the freshness window)</span>");
      } else {
        b.append("<span class=\"bad\">does not verify</span> <span class=\"muted\">")
            .append(esc(d.signatureFailure())).append("</span>");
      }
      b.append("</td><td><details><summary>body</summary><pre class=\"body\">").append(esc(BodyMask.body(a.body())))
          .append("</pre>");
      if (d.response().length > 0) {
        b.append("<div class=\"muted\">answer:</div><pre class=\"response\">").append(esc(BodyMask.body(d.response())))
            .append("</pre>");
      }
      b.append("</details></td><td>")
          .append(button("/sandbox/api/notifications/" + a.notificationId() + "/redeliver", "Redeliver", ""))
          .append("</td></tr>");
    }
    b.append("</table></section>");
  }

  private void faults(StringBuilder b) {
    List<String> active = faults.active();
    b.append("<section id=\"faults\"><h2>Faults</h2>");
    if (active.isEmpty()) {
      b.append("<p class=\"muted\" id=\"no-faults\">None: every API call is answered normally.</p>");
    } else {
      b.append("<ul id=\"active-faults\">");
      for (String f : active) {
        String operation = f.substring(0, f.indexOf('='));
        b.append("<li><code>").append(esc(f)).append("</code> ")
            .append(button("/sandbox/api/faults/clear", "Clear " + operation, "", "operation", operation))
            .append("</li>");
      }
      b.append("</ul>").append(button("/sandbox/api/faults/clear", "Clear every fault", "danger"));
    }
    b.append("<form method=\"post\" action=\"/sandbox/api/faults\"><label for=\"fault\">Inject a fault: ")
        .append("OPERATION=FAULT[:PROBABILITY]</label><input id=\"fault\" name=\"fault\" size=\"36\" ")
        .append("placeholder=\"initiate=drop-after:0.2\"> <label for=\"times\">for the next N calls (empty: until ")
        .append("cleared)</label><input id=\"times\" name=\"times\" size=\"4\" inputmode=\"numeric\"> ")
        .append("<button type=\"submit\">Inject</button></form><p class=\"muted\">Operations: ");
    for (Operation o : Operation.values()) b.append("<code>").append(FaultRule.nameOf(o)).append("</code> ");
    b.append(". Faults: <code>server-error[/STATUS]</code> <code>delay/MILLIS</code> <code>drop-after</code> ")
        .append("<code>reset-before</code> <code>rate-limited</code>.</p></section>");
  }
}
