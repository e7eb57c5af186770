package io.github.paykka.ports.journal;

import static java.util.Objects.requireNonNull;

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
