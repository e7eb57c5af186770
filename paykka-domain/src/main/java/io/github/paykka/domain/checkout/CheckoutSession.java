package io.github.paykka.domain.checkout;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;

/**
 * A hosted checkout session: OPEN until the shopper pays (COMPLETED) or it expires (EXPIRED). One {@code trans_id}
 * makes at most one session.
 *
 * @param sessionId PayKKa's session ({@code CS...})
 * @param transId the merchant's order number
 * @param amount what the shopper is asked to pay
 * @param mode how the checkout is shown
 * @param sessionUrl where to send the shopper, if PayKKa gave one
 * @param expiresAt when the session expires, if known
 * @param status where it is
 */
public record CheckoutSession(
    SessionId sessionId,
    TransId transId,
    Money amount,
    SessionMode mode,
    Option<URI> sessionUrl,
    Option<Instant> expiresAt,
    SessionStatus status) {

  public CheckoutSession {
    requireNonNull(sessionId, "sessionId == null");
    requireNonNull(transId, "transId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(mode, "mode == null");
    requireNonNull(sessionUrl, "sessionUrl == null");
    requireNonNull(expiresAt, "expiresAt == null");
    requireNonNull(status, "status == null");
  }

  /** The shopper paid. */
  public Either<Rejection, CheckoutSession> complete() {
    return move("complete", SessionStatus.COMPLETED);
  }

  /** The session expired unpaid. */
  public Either<Rejection, CheckoutSession> expire() {
    return move("expire", SessionStatus.EXPIRED);
  }

  /** This session as of {@code now}: an open session past its expiry is EXPIRED; anything else is unchanged. */
  public CheckoutSession asOf(Instant now) {
    requireNonNull(now, "now == null");
    if (status == SessionStatus.OPEN && expiresAt.exists(now::isAfter)) return expire().get();
    return this;
  }

  private Either<Rejection, CheckoutSession> move(String command, SessionStatus to) {
    if (SessionTransition.MACHINE.between(status, to).isEmpty()) {
      return Either.left(new Rejection.NotAllowedInState(command, status.name()));
    }
    return Either.right(new CheckoutSession(sessionId, transId, amount, mode, sessionUrl, expiresAt, to));
  }
}
