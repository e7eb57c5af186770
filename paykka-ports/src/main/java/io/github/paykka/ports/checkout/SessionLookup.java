package io.github.paykka.ports.checkout;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;

/** Which session to look up: by PayKKa's session id or the merchant's order number. */
public sealed interface SessionLookup {

  /** The identifier, as text. */
  String reference();

  static SessionLookup bySessionId(SessionId id) {
    return new BySessionId(id);
  }

  static SessionLookup byTransId(TransId id) {
    return new ByTransId(id);
  }

  /** By {@code session_id}. */
  record BySessionId(SessionId sessionId) implements SessionLookup {
    public BySessionId {
      requireNonNull(sessionId, "sessionId == null");
    }

    @Override
    public String reference() {
      return sessionId.value();
    }
  }

  /** By {@code trans_id}. */
  record ByTransId(TransId transId) implements SessionLookup {
    public ByTransId {
      requireNonNull(transId, "transId == null");
    }

    @Override
    public String reference() {
      return transId.value();
    }
  }
}
