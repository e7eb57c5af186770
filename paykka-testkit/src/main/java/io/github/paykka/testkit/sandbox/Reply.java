package io.github.paykka.testkit.sandbox;

import io.github.paykka.wire.message.Envelope;

/** What a backend answers to one verified API request: an envelope; the HTTP status follows from its ret_code. */
record Reply(Envelope<?> envelope) {
  static Reply ok(Object data) {
    return new Reply(Envelope.success(data));
  }

  static Reply error(String retCode, String retMsg) {
    return new Reply(Envelope.failure(retCode, retMsg));
  }
}
