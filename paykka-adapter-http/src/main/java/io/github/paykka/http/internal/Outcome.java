package io.github.paykka.http.internal;

import static java.util.Objects.requireNonNull;

import io.github.paykka.wire.message.Envelope;

/** What one request produced, before any policy decides what to do about it. */
public sealed interface Outcome<D> {

  /** A short description for logs and failures; never card data. */
  String describe();

  /** An authentic, decoded answer, whatever its {@code ret_code}. */
  record Answered<D>(Envelope<D> envelope, int httpStatus) implements Outcome<D> {
    public Answered {
      requireNonNull(envelope, "envelope == null");
    }

    @Override
    public String describe() {
      return "ret_code " + envelope.retCode() + ", HTTP " + httpStatus;
    }
  }

  /** Nothing reached PayKKa. */
  record NotSent<D>(String reason) implements Outcome<D> {
    @Override
    public String describe() {
      return reason;
    }
  }

  /** It may have reached PayKKa and no usable answer came: timeout, connection lost after sending, 5xx. */
  record Ambiguous<D>(String reason, int httpStatus) implements Outcome<D> {
    @Override
    public String describe() {
      return reason;
    }
  }

  /** PayKKa asked to slow down ({@code 010001} or HTTP 429); nothing was processed. */
  record BackPressure<D>(String retCode, int httpStatus) implements Outcome<D> {
    @Override
    public String describe() {
      return "back-pressure (" + (retCode.isEmpty() ? "HTTP " + httpStatus : "ret_code " + retCode) + ")";
    }
  }

  /** An answer came whose signature did not verify. */
  record Unauthentic<D>(String reason, int httpStatus) implements Outcome<D> {
    @Override
    public String describe() {
      return reason;
    }
  }
}
