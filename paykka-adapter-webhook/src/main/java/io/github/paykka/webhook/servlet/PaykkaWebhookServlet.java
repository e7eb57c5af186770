package io.github.paykka.webhook.servlet;

import static java.util.Objects.requireNonNull;

import io.github.paykka.webhook.PaykkaWebhookHandler;
import io.github.paykka.webhook.WebhookResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves a {@link PaykkaWebhookHandler} as a Jakarta Servlet 6: register {@code new PaykkaWebhookServlet(handler)}
 * at the notify URL.
 *
 * <p>Every method reaches the handler (which answers 405 to anything but POST). The body is read from the servlet's
 * input stream as sent, never through {@code getParameter} (which would consume and decode it), and never past the
 * handler's size limit plus one byte.
 */
public final class PaykkaWebhookServlet extends HttpServlet {
  @Serial private static final long serialVersionUID = 1L;

  private final transient PaykkaWebhookHandler handler;

  /** A servlet serving {@code handler}. */
  public PaykkaWebhookServlet(PaykkaWebhookHandler handler) {
    this.handler = requireNonNull(handler, "handler == null");
  }

  /**
   * Handles one request, whatever its method.
   *
   * @throws IOException if reading the headers or writing the response fails
   */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    WebhookResponse answer = handler.handle(request.getMethod(), headers(request), request.getInputStream());
    byte[] body = answer.body();
    response.setStatus(answer.status());
    for (Map.Entry<String, String> h : answer.headers().entrySet()) {
      response.setHeader(h.getKey(), h.getValue());
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Enumeration<String> names = request.getHeaderNames();
    if (names == null) return headers;
    for (String name : Collections.list(names)) {
      Enumeration<String> values = request.getHeaders(name);
      headers.put(name, values == null ? List.of() : new ArrayList<>(Collections.list(values)));
    }
    return headers;
  }

  @Override
  public String toString() {
    return "PaykkaWebhookServlet[" + handler + "]";
  }
}
