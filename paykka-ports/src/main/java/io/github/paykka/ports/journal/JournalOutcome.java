package io.github.paykka.ports.journal;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.checkout.CheckoutSession;
import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.refund.Refund;
import io.github.paykka.ports.Accepted;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The definite outcome of a recorded intent: it happened at PayKKa, or it never did and never will. An ambiguous
 * failure ({@code GatewayFailure.OutcomeUnknown}) is not an outcome: the entry stays unresolved until a query says.
 */
public sealed interface JournalOutcome {
  /** The longest {@code paykkaReference} or {@code status} a journal must store. */
  int MAX_FIELD_LENGTH = 64;
  /** The longest {@code reason} a journal must store; longer ones are cut. */
  int MAX_REASON_LENGTH = 500;

  /** When it was learned, by the recorder's clock. */
  Instant at();

  /** How it was learned. */
  Source source();

  /** How an outcome was learned. */
  enum Source {
    /** From PayKKa's answer to the call itself. */
    ANSWER,
    /** From a later query to PayKKa (the adapter's own after an ambiguous failure, or the reconciler's). */
    QUERY
  }

  /** The outcome that PayKKa answered the call with {@code paykkaReference} in {@code status}. */
  static Happened happened(Instant at, Source source, Option<String> paykkaReference, Option<String> status) {
    return new Happened(at, source, paykkaReference, status);
  }

  /** The outcome that the call did not take effect, because {@code reason}. */
  static NeverHappened neverHappened(Instant at, Source source, String reason) {
    return new NeverHappened(at, source, reason);
  }

  /**
   * The definite outcome a port's answer to a money-moving call shows, if it shows one: what to record right after the
   * call.
   *
   * <ul>
   *   <li>a result ({@link PaymentResult}, {@link Refund}, {@link CheckoutSession}, {@link Accepted}): happened, with
   *       PayKKa's identifier and status where the result carries them;
   *   <li>{@link GatewayFailure.Declined}: happened (PayKKa made an order, FAILURE);
   *   <li>{@link GatewayFailure.UnknownStatus}: happened (PayKKa made it, in a status this version does not know);
   *   <li>{@link GatewayFailure.NotSent}, {@link GatewayFailure.Invalid} and {@link GatewayFailure.Refused}: never
   *       happened;
   *   <li>anything else ({@link GatewayFailure.OutcomeUnknown}, {@link GatewayFailure.Unauthentic}, and
   *       {@link GatewayFailure.Rejected}, whose code alone does not say here whether PayKKa processed anything): none,
   *       so that the entry stays open and the {@link JournalReconciler} asks PayKKa.
   * </ul>
   *
   * @return the outcome to record, or none
   */
  static Option<JournalOutcome> ofAnswer(Either<GatewayFailure, ?> answer, Instant at) {
    requireNonNull(answer, "answer == null");
    requireNonNull(at, "at == null");
    if (answer.isRight()) {
      Object result = answer.get();
      if (result instanceof PaymentResult r) {
        return Option.some(happened(at, Source.ANSWER, Option.some(r.order().orderId().value()),
            Option.some(r.order().status().name())));
      }
      if (result instanceof Refund r) {
        return Option.some(happened(at, Source.ANSWER, r.refundOrderId().map(id -> id.value()),
            Option.some(r.status().name())));
      }
      if (result instanceof CheckoutSession s) {
        return Option.some(happened(at, Source.ANSWER, Option.some(s.sessionId().value()),
            Option.some(s.status().name())));
      }
      if (result instanceof Accepted a) {
        return Option.some(happened(at, Source.ANSWER, Option.some(a.reference()), Option.none()));
      }
      return Option.some(happened(at, Source.ANSWER, Option.none(), Option.none()));
    }
    GatewayFailure f = answer.getLeft();
    if (f instanceof GatewayFailure.Declined d) {
      return Option.some(happened(at, Source.ANSWER, fitting(d.orderId().map(OrderId::value)), Option.some("FAILURE")));
    }
    if (f instanceof GatewayFailure.UnknownStatus u) {
      String status = u.status().length() > MAX_FIELD_LENGTH ? u.status().substring(0, MAX_FIELD_LENGTH) : u.status();
      return Option.some(happened(at, Source.ANSWER, fitting(u.orderId()), Option.some(status)));
    }
    if (f instanceof GatewayFailure.NotSent || f instanceof GatewayFailure.Invalid
        || f instanceof GatewayFailure.Refused) {
      return Option.some(neverHappened(at, Source.ANSWER, f.message()));
    }
    return Option.none();
  }

  /** An identifier PayKKa sent, if it fits the journal (PayKKa's ids are far shorter; a longer one is not kept). */
  private static Option<String> fitting(Option<String> id) {
    return id.filter(i -> i.length() <= MAX_FIELD_LENGTH);
  }

  /**
   * The call took effect at PayKKa: the order, refund or session exists (in whatever status, a declined order's
   * FAILURE included), or the capture or void shows in the order's balances.
   *
   * @param paykkaReference PayKKa's identifier of the result ({@code GW...}, {@code RG...}, {@code CS...}), when known;
   *     at most {@value #MAX_FIELD_LENGTH} characters
   * @param status the status PayKKa reported then (the order's, refund's or session's), when known; at most
   *     {@value #MAX_FIELD_LENGTH} characters
   */
  record Happened(Instant at, Source source, Option<String> paykkaReference, Option<String> status)
      implements JournalOutcome {
    /** @throws IllegalArgumentException if a field is longer than {@value #MAX_FIELD_LENGTH} characters */
    public Happened {
      requireNonNull(at, "at == null");
      requireNonNull(source, "source == null");
      requireNonNull(paykkaReference, "paykkaReference == null");
      requireNonNull(status, "status == null");
      if (paykkaReference.exists(r -> r.length() > MAX_FIELD_LENGTH)
          || status.exists(s -> s.length() > MAX_FIELD_LENGTH)) {
        throw new IllegalArgumentException(
            "paykkaReference and status are at most " + MAX_FIELD_LENGTH + " characters");
      }
    }
  }

  /**
   * The call did not take effect and will not: it was not sent, PayKKa refused it, or a later query found nothing.
   *
   * @param reason why we know, for people (cut to {@value #MAX_REASON_LENGTH} characters)
   */
  record NeverHappened(Instant at, Source source, String reason) implements JournalOutcome {
    /** Checks the arguments and cuts the reason. */
    public NeverHappened {
      requireNonNull(at, "at == null");
      requireNonNull(source, "source == null");
      requireNonNull(reason, "reason == null");
      if (reason.length() > MAX_REASON_LENGTH) reason = reason.substring(0, MAX_REASON_LENGTH);
    }
  }
}
