package io.github.paykka.wire.mapping;

import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.refund.RefundStatus;
import io.github.paykka.domain.validation.InvalidValueException;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The strict field reader both sides of the mapping share: what money safety needs from an answer or notification
 * (identifiers, {@code status}, {@code amount}, {@code currency}), and every field of a request the sandbox receives.
 * A field that is missing or that the domain refuses becomes a {@link MappingError} naming it; nothing else is caught.
 *
 * <p>Only the domain's own refusal ({@link InvalidValueException}) is turned into "rejected by the domain": any other
 * exception (a {@code NullPointerException}, say) is a bug and surfaces as one, never as a rejected answer that an
 * adapter would report as an unknown outcome.
 */
final class Strict {
  private Strict() {}

  /** Runs {@code mapping}; a {@link MappingError} it raised, or a refusal of the domain, is the left side. */
  static <T> Either<MappingError, T> guard(Supplier<T> mapping) {
    try {
      return Either.right(mapping.get());
    } catch (Failure f) {
      return Either.left(f.error);
    } catch (InvalidValueException refused) {
      // a domain invariant spanning several fields (e.g. balances in another currency than the amount)
      return Either.left(new MappingError.Unrepresentable("$", "rejected by the domain"));
    }
  }

  /** Fails the mapping with {@code error}; for use inside {@link #guard}. */
  static Failure fail(MappingError error) {
    return new Failure(error);
  }

  /** Runs a domain constructor; its refusal becomes a MappingError on {@code field} (its message is not kept). */
  static <T> T build(String field, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidValueException refused) {
      throw new Failure(new MappingError.Unrepresentable(field, "rejected by the domain"));
    }
  }

  static <T> T required(@Nullable T value, String field) {
    if (value == null) throw new Failure(new MappingError.Missing(field));
    return value;
  }

  /** A required text: absent, null or blank is {@link MappingError.Missing}. */
  static String present(@Nullable String raw, String field) {
    if (raw == null || raw.isBlank()) throw new Failure(new MappingError.Missing(field));
    return raw;
  }

  /** Whether an optional text is there (not null, not empty). */
  static boolean isPresent(@Nullable String s) {
    return s != null && !s.isEmpty();
  }

  static <T> T id(@Nullable String value, String field, Function<String, T> of) {
    String v = required(value, field);
    return build(field, () -> of.apply(v));
  }

  static Currency currency(@Nullable String code, String field) {
    if (code == null) throw new Failure(new MappingError.Missing(field));
    Either<String, Currency> c = Currency.parse(code);
    if (c.isLeft()) throw new Failure(new MappingError.Unrepresentable(field, "unknown currency"));
    return c.get();
  }

  /** An amount of at least one minor unit. */
  static Money money(@Nullable Long minor, Currency currency, String field) {
    long m = required(minor, field);
    if (m < 1) throw new Failure(new MappingError.Unrepresentable(field, "not positive"));
    return build(field, () -> Money.of(m, currency));
  }

  /** A time of a request (the sandbox's side): absent when blank, else it must parse ({@link Lenient#TIME}). */
  static Option<OffsetDateTime> time(@Nullable String value, String field) {
    if (value == null || value.isBlank()) return Option.none();
    try {
      return Option.some(OffsetDateTime.parse(value, Lenient.TIME));
    } catch (DateTimeParseException unparseable) {
      throw new Failure(new MappingError.Unrepresentable(field, "not an ISO-8601 time with an offset"));
    }
  }

  /** A value of an enumerated field, in any spelling ({@link Spellings}); unknown is Unrepresentable. */
  static <E extends Enum<E>> E known(Option<E> read, String field, String what) {
    return read.getOrElseThrow(() -> new Failure(new MappingError.Unrepresentable(field, "unknown " + what)));
  }

  /** A payment's status: required; a value this version does not know is {@link MappingError.UnknownStatus}. */
  static OrderStatus orderStatus(@Nullable String raw) {
    String text = present(raw, "$.status");
    return Spellings.read(OrderStatus.class, text).getOrElseThrow(() -> unknownStatus(text));
  }

  /** A refund's status: required; a value this version does not know is {@link MappingError.UnknownStatus}. */
  static RefundStatus refundStatus(@Nullable String raw) {
    String text = present(raw, "$.status");
    return Spellings.read(RefundStatus.class, text).getOrElseThrow(() -> unknownStatus(text));
  }

  private static Failure unknownStatus(String raw) {
    return new Failure(new MappingError.UnknownStatus("$.status", Lenient.printable(raw.strip())));
  }

  /** Carries a MappingError out of nested helpers to {@link #guard}; never escapes the mapping package. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient MappingError error;

    Failure(MappingError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }
}
