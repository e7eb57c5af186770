package io.github.paykka.wire.mapping;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import io.github.paykka.domain.authentication.AuthenticationResult;
import io.github.paykka.domain.checkout.SessionMode;
import io.github.paykka.domain.instrument.CardSummary;
import io.github.paykka.domain.instrument.ReportedPaymentMethod;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.domain.order.CaptureMethod;
import io.github.paykka.domain.order.OrderStatus;
import io.github.paykka.domain.validation.InvalidValueException;
import io.github.paykka.wire.message.AuthenticationRecordDto;
import io.github.paykka.wire.message.BalanceResp;
import io.github.paykka.wire.message.CardInfoRespDto;
import io.github.paykka.wire.message.PaymentInfoRespDto;
import io.vavr.control.Option;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Readings of the informational fields of what PayKKa sends (DESIGN.md, "the tolerant reader"): each answers a value
 * or absent, never fails. A value that is absent, unparseable, out of the domain's range or of a kind this version
 * does not know degrades to absent, or to an "unknown" that keeps PayKKa's text. What money safety needs (identifiers,
 * {@code status}, {@code amount}, {@code currency}) is read strictly by {@link WireMapper}, not here.
 */
final class Lenient {
  /**
   * ISO-8601 date-time with any offset form PayKKa uses ({@code Z}, {@code +08:00}, {@code +0800}, {@code +08}),
   * seconds optional, and 0 to 9 fraction digits.
   */
  static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(MINUTE_OF_HOUR, 2)
      .optionalStart()
      .appendLiteral(':')
      .appendValue(SECOND_OF_MINUTE, 2)
      .optionalStart()
      .appendFraction(NANO_OF_SECOND, 0, 9, true)
      .optionalEnd()
      .optionalEnd()
      // each optional section either reads the offset or leaves the position where it was
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter(Locale.ROOT)
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  /** The most characters kept of a text PayKKa sends (a status, a method, a brand, a 3DS field). */
  static final int TEXT_LIMIT = 64;

  /** The most characters kept of PayKKa's free text (an {@code error_description}). */
  static final int FREE_TEXT_LIMIT = 256;

  /** Twelve digits or more, possibly grouped by spaces or dashes: it could be a card number. */
  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9](?:[ -]?[0-9]){11,}");

  private Lenient() {}

  /** A time in any form {@link #TIME} reads; absent when blank, unparseable or without an offset. */
  static Option<OffsetDateTime> time(@Nullable String raw) {
    if (raw == null || raw.isBlank()) return Option.none();
    String text = raw.strip();
    OffsetDateTime quick = commonForm(text);
    if (quick != null) return Option.some(quick);
    try {
      return Option.some(OffsetDateTime.parse(text, TIME));
    } catch (DateTimeParseException unparseable) {
      return Option.none();
    }
  }

  /**
   * The usual form, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]} and {@code Z} or {@code ±HH:MM} (every answer carries one
   * or two), read by position: the general formatter costs more than the rest of reading an answer. Null for anything
   * else, and for an invalid value, so that {@link #TIME} decides: this only ever answers what {@link #TIME} would.
   */
  static @Nullable OffsetDateTime commonForm(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) return null;
    int p = 19;
    int nanos = 0;
    if (s.charAt(p) == '.') {
      int start = ++p;
      while (p < n && p - start < 9 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
        nanos = nanos * 10 + s.charAt(p++) - '0';
      }
      if (p == start) return null;
      for (int scale = p - start; scale < 9; scale++) nanos *= 10;
    }
    ZoneOffset offset;
    if (p == n - 1 && (s.charAt(p) == 'Z' || s.charAt(p) == 'z')) {
      offset = ZoneOffset.UTC;
    } else if (p == n - 6 && (s.charAt(p) == '+' || s.charAt(p) == '-') && s.charAt(p + 3) == ':') {
      int oh = digits(s, p + 1, 2);
      int om = digits(s, p + 4, 2);
      if ((oh | om) < 0 || om > 59) return null;
      int sign = s.charAt(p) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
      } catch (DateTimeException outOfRange) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /** The value of {@code count} decimal digits at {@code at}, or -1. */
  private static int digits(String s, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + c - '0';
    }
    return v;
  }

  /**
   * {@code raw} reduced to what is safe to show and log: printable ASCII, anything else as {@code ?}, every run of
   * twelve or more digits masked as {@code ***} (PayKKa's text may quote a card number back), at most
   * {@link #TEXT_LIMIT} characters.
   */
  static String printable(String raw) {
    StringBuilder sb = new StringBuilder(Math.min(raw.length(), TEXT_LIMIT + 64));
    // masked before it is cut, so that a number cut at the limit is still found
    for (int i = 0; i < raw.length() && sb.length() < TEXT_LIMIT + 64; i++) {
      char c = raw.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    String masked = LONG_DIGIT_RUN.matcher(sb).replaceAll("***");
    return masked.length() <= TEXT_LIMIT ? masked : masked.substring(0, TEXT_LIMIT);
  }

  /** A text field: absent when null or blank, else {@link #printable}. */
  static Option<String> text(@Nullable String raw) {
    if (raw == null || raw.isBlank()) return Option.none();
    return Option.some(printable(raw.strip()));
  }

  /**
   * PayKKa's free text ({@code error_code}, {@code error_description}): absent when null or blank, else its text in
   * any script, with control and invisible format characters as spaces and every run of twelve or more digits masked
   * as {@code ***} (it may quote a card number back), at most {@link #FREE_TEXT_LIMIT} code points.
   */
  static Option<String> freeText(@Nullable String raw) {
    if (raw == null || raw.isBlank()) return Option.none();
    StringBuilder sb = new StringBuilder(Math.min(raw.length(), FREE_TEXT_LIMIT + 64));
    raw.codePoints().limit(FREE_TEXT_LIMIT + 64L).forEach(cp -> {
      int type = Character.getType(cp);
      boolean invisible = Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
      sb.appendCodePoint(invisible ? ' ' : cp);
    });
    String masked = LONG_DIGIT_RUN.matcher(sb).replaceAll("***");
    return Option.some(masked.substring(0, masked.offsetByCodePoints(0,
        Math.min(FREE_TEXT_LIMIT, masked.codePointCount(0, masked.length())))));
  }

  /** An identifier the domain accepts; absent when blank or refused (too long, say). */
  static <T> Option<T> id(@Nullable String raw, Function<String, T> of) {
    if (raw == null || raw.isEmpty()) return Option.none();
    try {
      return Option.some(of.apply(raw));
    } catch (InvalidValueException refused) {
      return Option.none();
    }
  }

  /** An absolute URL's text; absent when blank, not a URI, or relative. */
  static Option<String> url(@Nullable String raw) {
    if (raw == null || raw.isBlank()) return Option.none();
    try {
      URI uri = new URI(raw.strip());
      return uri.isAbsolute() ? Option.some(uri.toString()) : Option.none();
    } catch (URISyntaxException notAUri) {
      return Option.none();
    }
  }

  /** The card summary; each part that is absent or not digits of the right length reads as empty; all empty: absent. */
  static Option<CardSummary> card(@Nullable CardInfoRespDto c) {
    if (c == null) return Option.none();
    String bin = digits(c.bin(), 8);
    String last4 = digits(c.last4(), 4);
    String brand = text(c.cardBrand()).getOrElse("");
    if (bin.isEmpty() && last4.isEmpty() && brand.isEmpty()) return Option.none();
    return Option.some(new CardSummary(bin, last4, brand));
  }

  private static String digits(@Nullable String raw, int max) {
    if (raw == null || raw.isEmpty() || raw.length() > max) return "";
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) < '0' || raw.charAt(i) > '9') return "";
    }
    return raw;
  }

  /** The 3DS result; absent when nothing in it is readable. */
  static Option<AuthenticationResult> authentication(@Nullable AuthenticationRecordDto a) {
    if (a == null) return Option.none();
    AuthenticationResult r = new AuthenticationResult(url(a.authenticationUrl()), text(a.enrollStatus()),
        text(a.authenticationStatus()), text(a.version()), text(a.eci()), text(a.exemption()),
        Option.of(a.exemptionApplied()), text(a.mode()), Option.of(a.upgraded()), Option.of(a.downgraded()),
        text(a.upgradeReason()), secret(a.xid()), secret(a.cryptogram()));
    return r.isEmpty() ? Option.none() : Option.some(r);
  }

  private static Option<String> secret(@Nullable String raw) {
    // kept as sent: a secret is never printed, so it needs no reduction, and a reduced one would be useless
    return raw == null || raw.isBlank() ? Option.none() : Option.some(raw);
  }

  /** The payment method: one this version knows in any spelling, else PayKKa's text; absent when blank. */
  static Option<ReportedPaymentMethod> paymentMethod(@Nullable PaymentInfoRespDto p) {
    return p == null ? Option.none() : paymentMethod(p.paymentMethod());
  }

  /** A payment method's text: one this version knows in any spelling, else PayKKa's text; absent when blank. */
  static Option<ReportedPaymentMethod> paymentMethod(@Nullable String raw) {
    if (raw == null || raw.isBlank()) return Option.none();
    return Option.some(Spellings.paymentMethod(raw).map(ReportedPaymentMethod::of)
        .getOrElse(() -> ReportedPaymentMethod.unknown(printable(raw.strip()))));
  }

  /** A stored token's usage, when it is one this version knows (in any spelling); absent otherwise. */
  static Option<io.github.paykka.domain.token.TokenUsage> tokenUsage(@Nullable String raw) {
    return Spellings.read(io.github.paykka.domain.token.TokenUsage.class, raw);
  }

  /** A stored token's status, when it is one this version knows (in any spelling); absent otherwise. */
  static Option<io.github.paykka.domain.token.TokenStatus> tokenStatus(@Nullable String raw) {
    return Spellings.read(io.github.paykka.domain.token.TokenStatus.class, raw);
  }

  /** PayKKa's text of a value that was sent but not {@code known} ({@link #printable}); absent when blank or known. */
  static Option<String> unrecognised(@Nullable String raw, Option<?> known) {
    return known.isDefined() ? Option.none() : text(raw);
  }

  /** The capture method: MANUAL when PayKKa says so, else AUTOMATIC (PayKKa's default; absent or unknown). */
  static CaptureMethod captureMethod(@Nullable String raw) {
    return Spellings.read(CaptureMethod.class, raw).getOrElse(CaptureMethod.AUTOMATIC);
  }

  /** The session mode, when it is one this version knows. */
  static Option<SessionMode> sessionMode(@Nullable String raw) {
    return Spellings.read(SessionMode.class, raw);
  }

  /**
   * The balances of an order of {@code amount} in {@code status}, as PayKKa reported them. PayKKa's {@code able_to_*}
   * figures are kept as reported, each one that is a non-negative integer. The four amounts are read when at least one
   * is present (an absent one is zero); when none is, or when they are garbled (negative, or breaking the invariants
   * {@code captured + voided <= authed <= amount}, {@code refunded <= captured}), the amounts are the least the
   * status implies ({@link Balances#impliedBy}). Absent when PayKKa sent no balances, or nothing in them is readable.
   */
  static Option<Balances> balances(@Nullable BalanceResp b, OrderStatus status, Money amount) {
    if (b == null) return Option.none();
    Currency currency = amount.currency();
    Option<Money> ableToCapture = figure(b.ableToCaptureAmount(), currency);
    Option<Money> ableToVoid = figure(b.ableToVoidAmount(), currency);
    Option<Money> ableToRefund = figure(b.ableToRefundAmount(), currency);
    Option<Balances> amounts = amounts(b, amount);
    if (amounts.isEmpty() && ableToCapture.isEmpty() && ableToVoid.isEmpty() && ableToRefund.isEmpty()) {
      return Option.none();
    }
    return Option.some(amounts.getOrElse(() -> Balances.impliedBy(status, amount))
        .withReported(ableToCapture, ableToVoid, ableToRefund));
  }

  /** Whether {@code b} holds readable balance amounts of PayKKa's own, not ones the status implies. */
  static boolean amountsReported(@Nullable BalanceResp b, Money amount) {
    return b != null && amounts(b, amount).isDefined();
  }

  private static Option<Balances> amounts(BalanceResp b, Money amount) {
    if (b.authedAmount() == null && b.capturedAmount() == null && b.voidedAmount() == null
        && b.refundedAmount() == null) {
      return Option.none();
    }
    long authed = orZero(b.authedAmount());
    long captured = orZero(b.capturedAmount());
    long voided = orZero(b.voidedAmount());
    long refunded = orZero(b.refundedAmount());
    if (authed < 0 || captured < 0 || voided < 0 || refunded < 0 || authed > amount.minorUnits()) return Option.none();
    Currency c = amount.currency();
    try {
      return Option.some(new Balances(Money.of(authed, c), Money.of(captured, c), Money.of(voided, c),
          Money.of(refunded, c)));
    } catch (InvalidValueException inconsistent) {
      return Option.none();
    }
  }

  private static long orZero(@Nullable Long value) {
    return value == null ? 0L : value;
  }

  private static Option<Money> figure(@Nullable Long value, Currency currency) {
    return value == null || value < 0 ? Option.none() : Option.some(Money.of(value, currency));
  }
}
