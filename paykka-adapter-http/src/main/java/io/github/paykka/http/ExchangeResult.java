package io.github.paykka.http;

import static java.util.Objects.requireNonNull;

import io.github.paykka.wire.message.Envelope;
import io.vavr.control.Option;

/**
 * What one exchange (one signed request and its answer) produced, before any policy decides what to do about it: the
 * {@link Transport}'s verdict, which {@link ResilientCalls} turns into a result, a retry, a query or a failure.
 */
sealed interface ExchangeResult<D> {

  /** A short description for logs and failures; never card data. */
  String describe();

  /** An authentic, decoded answer, whatever its {@code ret_code}. */
  record Answered<D>(Envelope<D> envelope, int httpStatus) implements ExchangeResult<D> {
    public Answered {
      requireNonNull(envelope, "envelope == null");
    }

    @Override
    public String describe() {
      return "ret_code " + envelope.retCode() + ", HTTP " + httpStatus;
    }
  }

  /**
   * Nothing reached PayKKa.
   *
   * @param repeatable false when sending again cannot help by itself (a proxy that wants credentials)
   */
  record NotSent<D>(String reason, boolean repeatable) implements ExchangeResult<D> {
    NotSent(String reason) {
      this(reason, true);
    }

    @Override
    public String describe() {
      return reason;
    }
  }

  /**
   * It may have reached PayKKa and no usable answer came: timeout, connection lost after sending, 5xx.
   *
   * @param staleConnection the request went on a pooled connection that had served an earlier request, and failed
   *     (end of stream, reset) before any answer arrived: most likely the server or a load balancer had closed the idle
   *     connection, and the request was never read; still not certain, so money-moving calls query first
   */
  record Ambiguous<D>(String reason, int httpStatus, boolean staleConnection) implements ExchangeResult<D> {
    Ambiguous(String reason, int httpStatus) {
      this(reason, httpStatus, false);
    }

    @Override
    public String describe() {
      return reason;
    }
  }

  /** PayKKa asked to slow down ({@code 010001} or HTTP 429); nothing was processed. */
  record BackPressure<D>(String retCode, int httpStatus) implements ExchangeResult<D> {
    @Override
    public String describe() {
      return "back-pressure (" + (retCode.isEmpty() ? "HTTP " + httpStatus : "ret_code " + retCode) + ")";
    }
  }

  /**
   * An answer came whose signature did not verify; what it claims is kept to be shown, never acted on.
   *
   * @param reason why, and where the answer most likely came from
   * @param claimedRetCode the {@code ret_code} the body claims, if it is an envelope
   * @param claimedRetMsg its {@code ret_msg} (untrusted text; {@code GatewayFailure.Unauthentic} bounds it)
   */
  record Unauthentic<D>(String reason, int httpStatus, Option<String> claimedRetCode, Option<String> claimedRetMsg)
      implements ExchangeResult<D> {
    public Unauthentic {
      requireNonNull(reason, "reason == null");
      requireNonNull(claimedRetCode, "claimedRetCode == null");
      requireNonNull(claimedRetMsg, "claimedRetMsg == null");
    }

    @Override
    public String describe() {
      return reason;
    }
  }
}
