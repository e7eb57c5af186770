package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.Locale;

/** Every PayKKa v1.2 endpoint the sandbox serves: the unit of fault injection. */
public enum Endpoint {
  /** {@code POST /payments}: initiate a transaction. */
  INITIATE("/payments"),
  /** {@code POST /payments/query}. */
  QUERY("/payments/query"),
  /** {@code POST /payments/capture}. */
  CAPTURE("/payments/capture"),
  /** {@code POST /payments/void}. */
  VOID("/payments/void"),
  /** {@code POST /payments/token/query}. */
  TOKEN_QUERY("/payments/token/query"),
  /** {@code POST /payments/token/remove}. */
  TOKEN_REMOVE("/payments/token/remove"),
  /** {@code POST /payments/recurring/cancel}. */
  RECURRING_CANCEL("/payments/recurring/cancel"),
  /** {@code POST /payments/apple-pay/create-session}. */
  APPLE_PAY_SESSION("/payments/apple-pay/create-session"),
  /** {@code POST /payments/session}: create a checkout session. */
  SESSION_CREATE("/payments/session"),
  /** {@code POST /payments/session/query} (path assumed by analogy, PAYKKA-FACTS.md). */
  SESSION_QUERY("/payments/session/query"),
  /** {@code POST /payments/refund} (path assumed by analogy, PAYKKA-FACTS.md). */
  REFUND("/payments/refund"),
  /** {@code POST /payments/refund/query} (path assumed by analogy, PAYKKA-FACTS.md). */
  REFUND_QUERY("/payments/refund/query");

  private final String path;

  Endpoint(String path) {
    this.path = path;
  }

  /** The request path, starting with {@code /}. */
  public String path() {
    return path;
  }

  /** The command-line name: lower case with hyphens ({@code initiate}, {@code token-query}, ...). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The endpoint served at {@code path}, if any. */
  public static Option<Endpoint> ofPath(String path) {
    requireNonNull(path, "path == null");
    for (Endpoint e : values()) {
      if (e.path.equals(path)) return Option.some(e);
    }
    return Option.none();
  }

  /** The endpoint whose {@link #cliName()} is {@code name} (case-insensitive), if any. */
  public static Option<Endpoint> ofCliName(String name) {
    requireNonNull(name, "name == null");
    for (Endpoint e : values()) {
      if (e.cliName().equalsIgnoreCase(name.strip())) return Option.some(e);
    }
    return Option.none();
  }
}
