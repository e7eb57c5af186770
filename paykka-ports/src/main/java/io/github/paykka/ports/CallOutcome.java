package io.github.paykka.ports;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.util.Locale;

/**
 * How a call through a driven port ended: a result, or the kind of its {@link GatewayFailure}. One value per kind, so
 * that metrics and events tag calls alike whatever implementation made them (the HTTP adapter, the fakes, a user's own).
 */
public enum CallOutcome {
  /** The call answered a result ({@code Right}). */
  SUCCESS,
  /** {@link GatewayFailure.Declined}: the payment was processed and failed. */
  DECLINED,
  /** {@link GatewayFailure.Rejected}: PayKKa refused the request. */
  REJECTED,
  /** {@link GatewayFailure.NotSent}: nothing reached PayKKa. */
  NOT_SENT,
  /** {@link GatewayFailure.OutcomeUnknown}: sent, and no answer that says. */
  OUTCOME_UNKNOWN,
  /** {@link GatewayFailure.Unauthentic}: an answer whose signature did not verify. */
  UNAUTHENTIC,
  /** {@link GatewayFailure.Invalid}: refused by the domain's rules before any I/O. */
  INVALID,
  /** {@link GatewayFailure.Refused}: the order cannot take the command; refused by the domain before any I/O. */
  REFUSED,
  /** {@link GatewayFailure.UnknownStatus}: PayKKa answered a status this version does not know. */
  UNKNOWN_STATUS;

  /** The outcome of {@code answer}. */
  public static CallOutcome of(Either<GatewayFailure, ?> answer) {
    requireNonNull(answer, "answer == null");
    return answer.isRight() ? SUCCESS : of(answer.getLeft());
  }

  /** The outcome of {@code failure}. */
  public static CallOutcome of(GatewayFailure failure) {
    requireNonNull(failure, "failure == null");
    // GatewayFailure is sealed: CallOutcomeTest checks that every permitted kind has its own value
    if (failure instanceof GatewayFailure.Declined) return DECLINED;
    if (failure instanceof GatewayFailure.Rejected) return REJECTED;
    if (failure instanceof GatewayFailure.NotSent) return NOT_SENT;
    if (failure instanceof GatewayFailure.OutcomeUnknown) return OUTCOME_UNKNOWN;
    if (failure instanceof GatewayFailure.Unauthentic) return UNAUTHENTIC;
    if (failure instanceof GatewayFailure.Invalid) return INVALID;
    if (failure instanceof GatewayFailure.Refused) return REFUSED;
    return UNKNOWN_STATUS;
  }

  /** The name as a metric tag: lower case, e.g. {@code not_sent}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
