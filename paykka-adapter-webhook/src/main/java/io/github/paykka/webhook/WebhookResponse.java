package io.github.paykka.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to one delivery: HTTP status, headers and body, and the {@link WebhookOutcome} behind them.
 *
 * <p>Immutable. A binding writes {@link #status()}, {@link #headers()} and {@link #body()} as they are; the body is
 * always a small JSON object {@code {"ret_code":...,"ret_msg":...}}, {@code 000000 / Success} on acknowledgement.
 */
public final class WebhookResponse {
  private final WebhookOutcome outcome;
  private final Map<String, String> headers;
  private final byte[] body;

  WebhookResponse(WebhookOutcome outcome, Map<String, String> headers, byte[] body) {
    this.outcome = requireNonNull(outcome, "outcome == null");
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(headers, "headers == null")));
    this.body = requireNonNull(body, "body == null").clone();
  }

  /** The HTTP status, the outcome's. */
  public int status() {
    return outcome.status();
  }

  /** What became of the delivery. */
  public WebhookOutcome outcome() {
    return outcome;
  }

  /** The response headers (name to value), unmodifiable; always {@code Content-Type}. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The response body, a fresh copy. */
  public byte[] body() {
    return body.clone();
  }

  /** The response body as text. */
  public String bodyText() {
    return new String(body, UTF_8);
  }

  @Override
  public String toString() {
    return "WebhookResponse[" + status() + ", " + bodyText() + "]";
  }
}
