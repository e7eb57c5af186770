package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.recurring.RecurringAgreement;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.domain.token.StoredCardToken;
import io.github.paykka.ports.payment.PaymentResult;
import io.github.paykka.testkit.simulation.AdvanceableClock;
import io.github.paykka.testkit.simulation.OrderStep;
import io.github.paykka.testkit.simulation.SimulatedPaykka;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything of the sandbox that is not PayKKa's API: the dashboard at {@code /}, the shopper's pages
 * ({@code /sandbox/3ds/<order_id>}, {@code /sandbox/checkout/<session_id>}), the settle action
 * ({@code POST /sandbox/settle/<order_id>}) and the trigger API under {@code /sandbox/api/} (including
 * {@code POST /sandbox/api/quirks}).
 *
 * <p>A trigger answers JSON ({@code {"ok":true,"message":...}} or {@code {"ok":false,"error":...}}, HTTP 200, 400, 404
 * or 409), except when it is posted as an HTML form (the dashboard's buttons): then it redirects back to the dashboard
 * with the outcome as a message, so that the pages work without JavaScript.
 */
final class SandboxPages implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(SandboxPages.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SimulatedPaykka engine;
  private final NotificationDispatcher dispatcher;
  private final Faults faults;
  private final AdvanceableClock clock;
  private final int maxBodyBytes;
  private final Triggers triggers;
  private final ShopperPages shopper;
  private final Dashboard dashboard;
  private final AtomicReference<Quirks> quirks;

  SandboxPages(SimulatedPaykka engine, NotificationDispatcher dispatcher, Faults faults, AdvanceableClock clock,
      List<String> merchantIds, URI baseUrl, int maxBodyBytes, AtomicReference<Quirks> quirks) {
    this.quirks = quirks;
    this.engine = engine;
    this.dispatcher = dispatcher;
    this.faults = faults;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.triggers = new Triggers(engine, dispatcher, faults, clock, merchantIds);
    this.shopper = new ShopperPages(engine);
    this.dashboard = new Dashboard(engine, dispatcher, faults, clock, merchantIds, baseUrl, quirks::get);
  }

  /** Whether {@code exchange} is for these pages rather than PayKKa's API: a GET or HEAD of {@code /}. */
  static boolean isDashboard(HttpExchange exchange) {
    String m = exchange.getRequestMethod();
    return "/".equals(exchange.getRequestURI().getPath()) && ("GET".equals(m) || "HEAD".equals(m));
  }

  @Override
  public void handle(HttpExchange ex) {
    try {
      route(ex);
    } catch (IOException e) {
      log.debug("I/O error on a sandbox page: {}", e.toString());
    } catch (RuntimeException e) {
      log.error("sandbox bug on page {}", ex.getRequestURI().getPath(), e);
      try {
        Html.send(ex, 500, Html.page("Sandbox error", "<p class=\"msg err\">A bug of the sandbox: see its log.</p>"));
      } catch (IOException | RuntimeException ignored) {
        // already answering or gone
      }
    } finally {
      ex.close();
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    Map<String, String> params = new LinkedHashMap<>(parseQuery(ex.getRequestURI().getRawQuery()));
    boolean form = false;
    if ("POST".equals(method)) {
      String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
      byte[] body = readCapped(ex);
      if (body == null) {
        Html.send(ex, 413, Html.page("Too large", "<p class=\"msg err\">The form is too large.</p>"));
        return;
      }
      form = type.startsWith("application/x-www-form-urlencoded");
      if (type.startsWith("application/json") && body.length > 0) {
        if (!readJson(body, params)) {
          json(ex, 400, error("the body is not a JSON object"));
          return;
        }
      } else if (!type.startsWith("application/json")) {
        params.putAll(parseQuery(new String(body, UTF_8)));
      }
    }
    if ("/".equals(path)) {
      String error = params.get("error");
      Html.send(ex, 200, dashboard.render(error != null ? error : params.get("message"), error != null));
      return;
    }
    String rest = path.startsWith("/sandbox/") ? path.substring("/sandbox/".length()) : "";
    String[] parts = rest.split("/", -1);
    switch (parts[0]) {
      case "" -> Html.redirect(ex, "/");
      case "3ds" -> {
        if (parts.length == 2 && !parts[1].isEmpty()) shopper.challenge(ex, parts[1], params);
        else notFound(ex);
      }
      case "checkout" -> {
        if (parts.length == 2 && !parts[1].isEmpty()) shopper.checkout(ex, parts[1], params);
        else notFound(ex);
      }
      case "settle" -> {
        if (parts.length != 2 || parts[1].isEmpty()) {
          notFound(ex);
        } else if (!"POST".equals(method)) {
          Html.sendBytes(ex, 405, "text/plain; charset=utf-8", "use POST".getBytes(UTF_8));
        } else {
          Triggers.TriggerResult o = triggers.settle(parts[1]);
          Html.sendBytes(ex, o.status(), "text/plain; charset=utf-8",
              (o.isOk() ? String.valueOf(o.data().get("status")) : o.message()).getBytes(UTF_8));
        }
      }
      case "api" -> api(ex, method, java.util.Arrays.copyOfRange(parts, 1, parts.length), params, form);
      default -> notFound(ex);
    }
  }

  // ------------------------------------------------------------------------------------------------ trigger API

  private void api(HttpExchange ex, String method, String[] p, Map<String, String> params, boolean form)
      throws IOException {
    String route = String.join("/", p);
    if (route.equals("state")) {
      if ("GET".equals(method) || "HEAD".equals(method)) json(ex, 200, state());
      else json(ex, 405, error("use GET"));
      return;
    }
    if (!"POST".equals(method)) {
      json(ex, 405, error("use POST"));
      return;
    }
    Triggers.TriggerResult outcome;
    String section;
    if (route.equals("refunds/hold")) {
      outcome = triggers.holdRefunds(!"false".equalsIgnoreCase(params.getOrDefault("held", "true").strip()));
      section = "sandbox";
    } else if (p.length == 3 && p[0].equals("refunds")) {
      outcome = triggers.refund(p[1], p[2], params.get("merchant_id"));
      section = "refunds";
    } else if (p.length == 3 && p[0].equals("sessions") && p[2].equals("expire")) {
      outcome = triggers.expireSession(p[1]);
      section = "sessions";
    } else if (p.length == 4 && p[0].equals("orders") && p[2].equals("challenge")) {
      outcome = triggers.challenge(p[1], p[3]);
      section = "orders";
    } else if (p.length == 3 && p[0].equals("orders") && p[2].equals("settle")) {
      outcome = triggers.settle(p[1]);
      section = "orders";
    } else if (p.length == 3 && p[0].equals("notifications") && p[2].equals("redeliver")) {
      outcome = triggers.redeliver(p[1]);
      section = "notifications";
    } else if (route.equals("clock/advance")) {
      outcome = triggers.advanceClock(params.getOrDefault("by", params.get("seconds")));
      section = "sandbox";
    } else if (route.equals("quirks")) {
      outcome = setQuirks(params.get("quirks"));
      section = "sandbox";
    } else if (route.equals("faults")) {
      outcome = triggers.setFault(params.get("fault"), params.get("times"));
      section = "faults";
    } else if (route.equals("faults/clear")) {
      outcome = triggers.clearFaults(params.get("operation"));
      section = "faults";
    } else {
      json(ex, 404, error("no such trigger: POST /sandbox/api/" + route));
      return;
    }
    if (form) {
      String key = outcome.isOk() ? "message" : "error";
      Html.redirect(ex, "/?" + key + "=" + URLEncoder.encode(outcome.message(), UTF_8) + "#" + section);
      return;
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("ok", outcome.isOk());
    answer.put(outcome.isOk() ? "message" : "error", outcome.message());
    outcome.data().forEach((k, v) -> answer.set(k, JSON.valueToTree(v)));
    json(ex, outcome.status(), answer);
  }

  /** Shows the quirks {@code names} lists ({@link Quirks#parse}: names, {@code all}, {@code none}) from now on. */
  private Triggers.TriggerResult setQuirks(@Nullable String names) {
    if (names == null) {
      return Triggers.TriggerResult.fail(400, "quirks: required, e.g. extra-fields,unknown-values or none");
    }
    Quirks q;
    try {
      q = Quirks.parse(names);
    } catch (IllegalArgumentException e) {
      return Triggers.TriggerResult.fail(400, "quirks: " + e.getMessage());
    }
    quirks.set(q);
    List<String> on = q.asSet().stream().map(Quirk::cliName).toList();
    return Triggers.TriggerResult.ok(on.isEmpty() ? "no quirk: answers as the library writes them" : "quirks: "
        + String.join(", ", on), Map.of("quirks", on));
  }

  /** Everything the dashboard shows, as JSON (card data masked as on the dashboard). */
  ObjectNode state() {
    ObjectNode s = JSON.createObjectNode();
    s.put("now", clock.instant().toString());
    s.put("clock_offset_seconds", clock.offset().getSeconds());
    s.put("refunds_held", engine.refundsHeld());
    ArrayNode quirkNames = s.putArray("quirks");
    quirks.get().asSet().forEach(q -> quirkNames.add(q.cliName()));
    ArrayNode orders = s.putArray("orders");
    for (PaymentResult r : engine.orders()) {
      ObjectNode o = orders.addObject();
      o.put("order_id", r.order().orderId().value());
      o.put("trans_id", r.order().transId().value());
      o.put("merchant_id", engine.merchantOf(r.order().orderId()).map(m -> m.value()).getOrElse(""));
      o.put("status", r.order().status().name());
      o.put("amount", r.order().amount().minorUnits());
      o.put("currency", r.order().amount().currency().code());
      o.put("authed", r.order().balances().authed().minorUnits());
      o.put("captured", r.order().balances().captured().minorUnits());
      o.put("voided", r.order().balances().voided().minorUnits());
      o.put("refunded", r.order().balances().refunded().minorUnits());
      r.card().forEach(c -> o.put("card", ShopperPages.masked(c)));
      r.errorCode().forEach(c -> o.put("error_code", c));
      r.authenticationUrl().forEach(u -> o.put("authentication_url", u.toString()));
      r.sessionId().forEach(id -> o.put("session_id", id.value()));
      ArrayNode path = o.putArray("path");
      for (OrderStep step : engine.history(r.order().orderId())) {
        path.addObject().put("status", step.status().name()).put("transition", step.transition())
            .put("at", step.at().toString());
      }
    }
    ArrayNode refunds = s.putArray("refunds");
    for (Refund r : engine.refunds()) {
      ObjectNode o = refunds.addObject();
      o.put("refund_trans_id", r.refundTransId().value());
      r.refundOrderId().forEach(id -> o.put("refund_order_id", id.value()));
      r.originalOrderId().forEach(id -> o.put("ori_order_id", id.value()));
      o.put("amount", r.amount().minorUnits());
      o.put("currency", r.amount().currency().code());
      o.put("status", r.status().name());
    }
    ArrayNode sessions = s.putArray("sessions");
    for (CheckoutSession c : engine.sessions()) {
      ObjectNode o = sessions.addObject();
      o.put("session_id", c.sessionId().value());
      o.put("trans_id", c.transId().value());
      o.put("status", c.status().name());
      o.put("amount", c.amount().minorUnits());
      o.put("currency", c.amount().currency().code());
      c.expiresAt().forEach(t -> o.put("expires_at", t.toString()));
      c.sessionUrl().forEach(u -> o.put("session_url", u.toString()));
    }
    ArrayNode tokens = s.putArray("tokens");
    for (StoredCardToken t : engine.tokens()) {
      tokens.addObject().put("token", t.token().value()).put("shopper_reference", t.shopperReference().value())
          .put("usage", t.usage().map(Enum::name).orElse(t.unrecognisedUsage()).getOrNull())
          .put("status", t.statusText());
    }
    ArrayNode agreements = s.putArray("agreements");
    for (RecurringAgreement a : engine.agreements()) {
      agreements.addObject().put("recurring_agreement_id", a.id().value())
          .put("shopper_reference", a.shopperReference().value()).put("token", a.token().value())
          .put("status", a.status().name());
    }
    ArrayNode notifications = s.putArray("notifications");
    for (NotificationDispatcher.Delivery d : dispatcher.deliveries()) {
      NotificationAttempt a = d.attempt();
      ObjectNode o = notifications.addObject();
      o.put("notification_id", a.notificationId());
      o.put("attempt", a.attempt());
      o.put("by_hand", d.manual());
      o.put("time", a.sentAt().toString());
      o.put("notify_type", a.notifyType());
      o.put("order_id", a.orderId().value());
      o.put("url", a.url().toString());
      if (a.status() != null) o.put("http_status", a.status());
      else o.putNull("http_status");
      if (a.error() != null) o.put("error", a.error());
      o.put("latency_ms", d.latencyMillis());
      o.put("signature_verified", d.signatureVerified());
      if (!d.signatureVerified()) o.put("signature_failure", d.signatureFailure());
      o.put("timestamp_stale", d.stale());
      o.put("body", BodyMask.body(a.body()));
      o.put("response", BodyMask.body(d.response()));
    }
    ArrayNode active = s.putArray("faults");
    faults.active().forEach(active::add);
    return s;
  }

  // ------------------------------------------------------------------------------------------------ plumbing

  private static ObjectNode error(String message) {
    ObjectNode e = JSON.createObjectNode();
    e.put("ok", false);
    e.put("error", message);
    return e;
  }

  private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    Html.sendBytes(ex, status, "application/json", JSON.writeValueAsBytes(body));
  }

  private static void notFound(HttpExchange ex) throws IOException {
    Html.send(ex, 404, Html.page("Not found", "<p class=\"msg err\">No such page. <a href=\"/\">Dashboard</a></p>"));
  }

  // Top-level scalars of a JSON object as text; false if the body is not a JSON object.
  private static boolean readJson(byte[] body, Map<String, String> params) {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (IOException e) {
      return false;
    }
    if (tree == null || !tree.isObject()) return false;
    tree.fields().forEachRemaining(f -> {
      if (f.getValue().isValueNode() && !f.getValue().isNull()) params.put(f.getKey(), f.getValue().asText());
      // a list of names ("quirks": ["extra-fields", ...]) reads as the names separated by commas
      if (f.getValue().isArray()) {
        List<String> items = new java.util.ArrayList<>();
        f.getValue().forEach(v -> items.add(v.asText()));
        params.put(f.getKey(), String.join(",", items));
      }
    });
    return true;
  }

  // The body, or null if it is over the limit.
  private byte @Nullable [] readCapped(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      return body.length > maxBodyBytes ? null : body;
    }
  }

  static Map<String, String> parseQuery(@Nullable String query) {
    Map<String, String> out = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) return out;
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
        out.putIfAbsent(k, v);
      } catch (IllegalArgumentException e) {
        // a malformed escape: skip the pair
      }
    }
    return out;
  }
}
