package io.github.paykka.webhook.jdk;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Serves a {@link PaykkaWebhookHandler} on the JDK's {@code HttpServer}: {@code server.createContext("/paykka/notify",
 * PaykkaHttpHandler.of(handler))}.
 *
 * <p>The body is read as sent, never re-serialised, and never past the handler's size limit plus one byte.
 *
 * <p>Latency: the JDK server sends the response headers and the body in separate TCP segments; without
 * {@code -Dsun.net.httpserver.nodelay=true} (a JVM-wide setting, so this library does not set it) Nagle's algorithm
 * and the client's delayed ACK can add about 40 ms to each exchange. Set it when notifications come in bursts.
 */
public final class PaykkaHttpHandler implements HttpHandler {
  private final PaykkaWebhookHandler handler;

  private PaykkaHttpHandler(PaykkaWebhookHandler handler) {
    this.handler = handler;
  }

  /** A binding of {@code handler}. */
  public static PaykkaHttpHandler of(PaykkaWebhookHandler handler) {
    return new PaykkaHttpHandler(requireNonNull(handler, "handler == null"));
  }

  /**
   * Handles one exchange and closes it.
   *
   * @throws IOException if writing the response fails (the connection is gone; PayKKa will deliver again)
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      // Headers is a case-insensitive Map<String, List<String>>
      WebhookResponse response =
          handler.handle(exchange.getRequestMethod(), exchange.getRequestHeaders(), exchange.getRequestBody());
      byte[] body = response.body();
      for (Map.Entry<String, String> h : response.headers().entrySet()) {
        exchange.getResponseHeaders().set(h.getKey(), h.getValue());
      }
      exchange.sendResponseHeaders(response.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public String toString() {
    return "PaykkaHttpHandler[" + handler + "]";
  }
}
