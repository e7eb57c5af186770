package io.github.paykka.micrometer;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Either;

/**
 * How a call through a driven port ended, as the {@code outcome} tag of {@value PaykkaCallMetrics#CALLS}: a success, or
 * one value per kind of {@link GatewayFailure}, or {@link #ERROR} when the implementation threw instead of answering.
 */
public enum CallOutcome {
  /** The call answered a result ({@code Right}). */
  SUCCESS("success"),
  /** {@link GatewayFailure.Declined}: the payment was processed and failed. */
  DECLINED("declined"),
  /** {@link GatewayFailure.Rejected}: PayKKa refused the request. */
  REJECTED("rejected"),
  /** {@link GatewayFailure.NotSent}: nothing reached PayKKa. */
  NOT_SENT("not_sent"),
  /** {@link GatewayFailure.OutcomeUnknown}: sent, and no answer that says. */
  OUTCOME_UNKNOWN("outcome_unknown"),
  /** {@link GatewayFailure.Unauthentic}: an answer whose signature did not verify. */
  UNAUTHENTIC("unauthentic"),
  /** {@link GatewayFailure.Invalid}: refused by the domain's rules before any I/O. */
  INVALID("invalid"),
  /** {@link GatewayFailure.UnknownStatus}: PayKKa answered a status this version does not know. */
  UNKNOWN_STATUS("unknown_status"),
  /**
   * The implementation threw (a port should answer every failure as a value; a user's own may not), or answered a
   * kind of failure this version does not know.
   */
  ERROR("error");

  private final String tag;

  CallOutcome(String tag) {
    this.tag = tag;
  }

  /** The tag value, e.g. {@code not_sent}. */
  public String tag() {
    return tag;
  }

  /** The outcome of {@code result}; never {@link #ERROR}. */
  public static CallOutcome of(Either<GatewayFailure, ?> result) {
    requireNonNull(result, "result == null");
    return result.isRight() ? SUCCESS : of(result.getLeft());
  }

  /** The outcome of {@code failure}. */
  public static CallOutcome of(GatewayFailure failure) {
    requireNonNull(failure, "failure == null");
    // no pattern switch in Java 17; CallOutcomeTest checks that every permitted subtype has its own value
    if (failure instanceof GatewayFailure.Declined) return DECLINED;
    if (failure instanceof GatewayFailure.Rejected) return REJECTED;
    if (failure instanceof GatewayFailure.NotSent) return NOT_SENT;
    if (failure instanceof GatewayFailure.OutcomeUnknown) return OUTCOME_UNKNOWN;
    if (failure instanceof GatewayFailure.Unauthentic) return UNAUTHENTIC;
    if (failure instanceof GatewayFailure.Invalid) return INVALID;
    if (failure instanceof GatewayFailure.UnknownStatus) return UNKNOWN_STATUS;
    // a failure kind added after this version: counted, never mistaken for a success
    return ERROR;
  }

  @Override
  public String toString() {
    return tag;
  }
}
