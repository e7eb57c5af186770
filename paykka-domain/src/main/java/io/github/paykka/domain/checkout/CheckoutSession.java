package io.github.paykka.domain.checkout;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.Rejection;
import io.github.paykka.domain.id.SessionId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A hosted checkout session: OPEN until the shopper pays (COMPLETED) or it expires (EXPIRED). One {@code trans_id}
 * makes at most one session.
 *
 * <p>PayKKa's session statuses are not public beyond {@code PROCESSING}. A status PayKKa reports that this version
 * does not know (say {@code PAYING}) reads as OPEN, never as COMPLETED or EXPIRED: an unknown word is no proof of
 * payment, and reading it as expired could make the merchant open a second checkout for the same order. The text
 * PayKKa sent stays visible in {@link #unrecognisedStatus()}.
 *
 * @param sessionId PayKKa's session ({@code CS...})
 * @param transId the merchant's order number
 * @param amount what the shopper is asked to pay
 * @param mode how the checkout is shown, when known ({@code session_mode}; absent when PayKKa named a mode this
 *     version does not know)
 * @param sessionUrl where to send the shopper, if PayKKa gave one: an absolute URL, as PayKKa sent it (text: the
 *     domain does no networking; {@code URI.create(url)} makes it a {@code java.net.URI})
 * @param expiresAt when the session expires, if known
 * @param status where it is
 * @param unrecognisedStatus PayKKa's status text when this version does not know it (then {@code status} is OPEN);
 *     absent otherwise
 */
public record CheckoutSession(
    SessionId sessionId,
    TransId transId,
    Money amount,
    Option<SessionMode> mode,
    Option<String> sessionUrl,
    Option<Instant> expiresAt,
    SessionStatus status,
    Option<String> unrecognisedStatus) {

  /** @throws IllegalArgumentException if an unrecognised status comes with another status than OPEN */
  public CheckoutSession {
    requireNonNull(sessionId, "sessionId == null");
    requireNonNull(transId, "transId == null");
    requireNonNull(amount, "amount == null");
    requireNonNull(mode, "mode == null");
    requireNonNull(sessionUrl, "sessionUrl == null");
    requireNonNull(expiresAt, "expiresAt == null");
    requireNonNull(status, "status == null");
    requireNonNull(unrecognisedStatus, "unrecognisedStatus == null");
    if (unrecognisedStatus.isDefined() && status != SessionStatus.OPEN) {
      throw InvalidValueException.of("status", "an unrecognised status reads as OPEN, not " + status);
    }
  }

  /** A session in a status this version knows. */
  public CheckoutSession(SessionId sessionId, TransId transId, Money amount, SessionMode mode, Option<String> sessionUrl,
      Option<Instant> expiresAt, SessionStatus status) {
    this(sessionId, transId, amount, Option.some(requireNonNull(mode, "mode == null")), sessionUrl, expiresAt, status,
        Option.none());
  }

  /** The shopper paid. */
  public Either<Rejection, CheckoutSession> complete() {
    return move("complete", SessionStatus.COMPLETED);
  }

  /** The session expired unpaid. */
  public Either<Rejection, CheckoutSession> expire() {
    return move("expire", SessionStatus.EXPIRED);
  }

  /**
   * This session as of {@code now}: an open session past its expiry is EXPIRED; anything else is unchanged, and so is
   * a session whose status PayKKa reported in words this version does not know (PayKKa may still be taking the
   * payment).
   */
  public CheckoutSession asOf(Instant now) {
    requireNonNull(now, "now == null");
    if (status == SessionStatus.OPEN && unrecognisedStatus.isEmpty() && expiresAt.exists(now::isAfter)) {
      return expire().get();
    }
    return this;
  }

  private Either<Rejection, CheckoutSession> move(String command, SessionStatus to) {
    if (SessionTransition.MACHINE.between(status, to).isEmpty()) {
      return Either.left(new Rejection.NotAllowedInState(command, status.name()));
    }
    return Either.right(new CheckoutSession(sessionId, transId, amount, mode, sessionUrl, expiresAt, to, Option.none()));
  }
}
