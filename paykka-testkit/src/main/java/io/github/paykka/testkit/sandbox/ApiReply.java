package io.github.paykka.testkit.sandbox;

import io.github.paykka.wire.message.Envelope;

/** What a backend answers to one verified API request: an envelope; the HTTP status follows from its ret_code. */
record ApiReply(Envelope<?> envelope) {
  static ApiReply ok(Object data) {
    return new ApiReply(Envelope.success(data));
  }

  static ApiReply error(String retCode, String retMsg) {
    return new ApiReply(Envelope.failure(retCode, retMsg));
  }
}
