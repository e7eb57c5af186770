package io.github.paykka.ports.refund;

import io.github.paykka.domain.refund.Refund;
import io.github.paykka.ports.GatewayFailure;
import io.vavr.control.Either;

/**
 * Refunds at PayKKa ({@code POST /payments/refund}, {@code /payments/refund/query}: endpoints assumed by analogy,
 * see {@code docs/assumptions.md}).
 */
public interface RefundGateway {

  /**
   * Refunds part or all of a captured order. One refund per {@code refund_trans_id}: repeating a command never
   * refunds twice.
   *
   * @return the refund in whatever status PayKKa reports (REVIEWING, PROCESSING, SUCCESS or FAILURE)
   */
  Either<GatewayFailure, Refund> refund(RefundCommand command);

  /** Looks up a refund by the merchant's or PayKKa's refund number. */
  Either<GatewayFailure, Refund> query(RefundLookup lookup);
}
