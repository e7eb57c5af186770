package io.github.paykka.ports.checkout;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;

/** Which session to look up: by PayKKa's session id or the merchant's order number. */
public sealed interface SessionLookup {

  /** The identifier, as text. */
  default String reference() {
    return this instanceof BySessionId s ? s.sessionId().value() : ((ByTransId) this).transId().value();
  }

  /** By PayKKa's {@code session_id}. */
  static SessionLookup bySessionId(SessionId id) {
    return new BySessionId(requireNonNull(id, "id == null"));
  }

  /** By the merchant's {@code trans_id}. */
  static SessionLookup byTransId(TransId id) {
    return new ByTransId(requireNonNull(id, "id == null"));
  }

  /** By {@code session_id}; made by {@link #bySessionId}, which checks it. */
  record BySessionId(SessionId sessionId) implements SessionLookup {}

  /** By {@code trans_id}; made by {@link #byTransId}, which checks it. */
  record ByTransId(TransId transId) implements SessionLookup {}
}
