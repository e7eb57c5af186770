package io.github.paykka.wire.mapping;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.checkout.SessionStatus;
import io.github.paykka.domain.instrument.PaymentMethod;
import io.github.paykka.domain.notification.NotifyType;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one table of how enumerated values are spelled on the wire, both ways: the messages hold the wire text, the
 * domain its enums, and this class alone translates. Package-private, so that each enum name a user imports exists
 * once (the domain's).
 *
 * <p>Reading matches any spelling ignoring case, {@code _}, {@code -}, {@code .} and space ({@code BankCard},
 * {@code BANK_CARD} and {@code bankcard} meet); a value this version does not know is absent, and each caller decides
 * what absent means (a refusal in a request, a degraded field in an answer). Writing uses the spellings of the seeds:
 * <ul>
 *   <li>most values are written as the domain's constant name, which is PayKKa's spelling ({@code AUTOMATIC},
 *       {@code RECURRING}, {@code SUBSCRIPTION}, {@code PROCESSING}, ...);
 *   <li>{@code notify_type} is written dotted, as PayKKa sends it ({@code PAYMENT.SUCCESS});
 *   <li>{@code payment_method}, per field (issue 10, item 19): seed 000's enum lists {@code BankCard}, {@code eftpos},
 *       {@code ApplePay}, {@code GooglePay}, {@code WechatPayGlobal}, {@code AlipayPlus}, {@code SEPA},
 *       {@code Bancontact}, {@code EPS}, {@code iDEAL}, {@code P24}, {@code Sofort} ({@link #enumSpelling}); its and
 *       seed 001's examples send {@code BANKCARD}, {@code APPLE_PAY}, {@code GOOGLE_PAY} in
 *       {@code payment.payment_method}, and seed 003 sends {@code "allowed_payment_methods":["BankCard"]}. So
 *       {@code payment.payment_method} and the answers' {@code payment_method} take the example's spelling where the
 *       seeds show one, the enum's otherwise ({@link #paymentSpelling}); the method lists take the enum's;
 *   <li>times: {@code 2023-11-24T11:34:37+0800} (the seeds' most common form), to the second, {@code +0000} for UTC.
 * </ul>
 */
final class Spellings {
  /** {@code authorisation_type}: the only value PayKKa v1.2 knows. */
  static final String FINAL_AUTH = "FINAL_AUTH";

  /** What we write: the seeds' form, e.g. {@code 2023-11-24T11:34:37+0800} (seconds; {@code +0000} for UTC). */
  private static final DateTimeFormatter WRITE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

  private static final Map<PaymentMethod, String> ENUM_SPELLING = new EnumMap<>(Map.ofEntries(
      Map.entry(PaymentMethod.BANKCARD, "BankCard"), Map.entry(PaymentMethod.EFTPOS, "eftpos"),
      Map.entry(PaymentMethod.APPLE_PAY, "ApplePay"), Map.entry(PaymentMethod.GOOGLE_PAY, "GooglePay"),
      Map.entry(PaymentMethod.WECHAT_PAY_GLOBAL, "WechatPayGlobal"), Map.entry(PaymentMethod.ALIPAY_PLUS, "AlipayPlus"),
      Map.entry(PaymentMethod.SEPA, "SEPA"), Map.entry(PaymentMethod.BANCONTACT, "Bancontact"),
      Map.entry(PaymentMethod.EPS, "EPS"), Map.entry(PaymentMethod.IDEAL, "iDEAL"), Map.entry(PaymentMethod.P24, "P24"),
      Map.entry(PaymentMethod.SOFORT, "Sofort")));

  /** The examples' spellings of {@code payment.payment_method}, where the seeds show one. */
  private static final Map<PaymentMethod, String> EXAMPLE_SPELLING = Map.of(
      PaymentMethod.BANKCARD, "BANKCARD", PaymentMethod.APPLE_PAY, "APPLE_PAY", PaymentMethod.GOOGLE_PAY, "GOOGLE_PAY");

  private static final Map<String, PaymentMethod> PAYMENT_METHODS = index(PaymentMethod.values(), ENUM_SPELLING);

  /**
   * PayKKa's session {@code status} values and our reading of them. Only {@code PROCESSING} is public (seed 003);
   * the others are an <b>assumption</b>, kept in this one table: {@code PROCESSING} (also {@code OPEN}) is OPEN;
   * {@code SUCCESS}, {@code COMPLETED}, {@code PAID} are COMPLETED; {@code EXPIRED}, {@code CLOSED}, {@code CANCELED}
   * are EXPIRED. Any other value (say {@code PAYING}) reads as OPEN with the text kept in
   * {@code CheckoutSession.unrecognisedStatus()}: never COMPLETED (an unknown word proves no payment), never EXPIRED
   * (the merchant might open a second checkout for the order). We write PROCESSING, SUCCESS, EXPIRED.
   */
  private static final Map<String, SessionStatus> SESSION_STATUS = Map.of(
      "PROCESSING", SessionStatus.OPEN, "OPEN", SessionStatus.OPEN,
      "SUCCESS", SessionStatus.COMPLETED, "COMPLETED", SessionStatus.COMPLETED, "PAID", SessionStatus.COMPLETED,
      "EXPIRED", SessionStatus.EXPIRED, "CLOSED", SessionStatus.EXPIRED, "CANCELED", SessionStatus.EXPIRED);

  private static final Map<SessionStatus, String> SESSION_STATUS_WRITTEN = Map.of(
      SessionStatus.OPEN, "PROCESSING", SessionStatus.COMPLETED, "SUCCESS", SessionStatus.EXPIRED, "EXPIRED");

  private Spellings() {}

  /** The value of {@code type} that {@code text} spells (its constant name, in any case and separators). */
  static <E extends Enum<E>> Option<E> read(Class<E> type, @Nullable String text) {
    if (text == null) return Option.none();
    String key = normalise(text);
    for (E e : type.getEnumConstants()) {
      if (normalise(e.name()).equals(key)) return Option.some(e);
    }
    return Option.none();
  }

  /** The wire spelling of {@code value}: its constant name, which is PayKKa's spelling. */
  static String write(Enum<?> value) {
    return value.name();
  }

  /** A payment method in any spelling of the table, or absent. */
  static Option<PaymentMethod> paymentMethod(@Nullable String text) {
    return text == null ? Option.none() : Option.of(PAYMENT_METHODS.get(normalise(text)));
  }

  /** The spelling of {@code payment.payment_method} and of the answers' {@code payment_method}. */
  static String paymentSpelling(PaymentMethod method) {
    return EXAMPLE_SPELLING.getOrDefault(method, enumSpelling(method));
  }

  /** Seed 000's enum spelling, written in {@code allowed_payment_methods} and {@code blocked_payment_methods}. */
  static String enumSpelling(PaymentMethod method) {
    return requireNonNull(ENUM_SPELLING.get(method), () -> "no spelling for " + method);
  }

  /** A {@code notify_type} in any spelling ({@code PAYMENT.SUCCESS}, {@code payment_success}), or absent. */
  static Option<NotifyType> notifyType(@Nullable String text) {
    return text == null ? Option.none() : NotifyType.fromWire(text);
  }

  /** {@code notify_type} as PayKKa writes it, dotted. */
  static String write(NotifyType type) {
    return type.wireName();
  }

  /** Whether an {@code authorisation_type} is FINAL_AUTH in any spelling. */
  static boolean isFinalAuth(String text) {
    return normalise(text).equals(normalise(FINAL_AUTH));
  }

  /** A session status by the assumed table; absent for a word the table does not hold. */
  static Option<SessionStatus> sessionStatus(String text) {
    return Option.of(SESSION_STATUS.get(text.strip().toUpperCase(Locale.ROOT)));
  }

  /** A session status as we write it. */
  static String write(SessionStatus status) {
    return SESSION_STATUS_WRITTEN.get(status);
  }

  /** Seconds and a {@code +HHMM} offset, as the seeds write times; null stays null. */
  static @Nullable String writeTime(@Nullable OffsetDateTime t) {
    return t == null ? null : WRITE_TIME.format(t);
  }

  /** An instant written in UTC ({@code +0000}); absent is null. */
  static @Nullable String writeTime(Option<Instant> t) {
    return t.map(i -> WRITE_TIME.format(i.atOffset(ZoneOffset.UTC))).getOrNull();
  }

  /** Indexes {@code values} by the normalised form of their constant name and of their spelling in {@code wire}. */
  private static <E extends Enum<E>> Map<String, E> index(E[] values, Map<E, String> wire) {
    Map<String, E> map = new HashMap<>();
    for (E e : values) {
      map.put(normalise(e.name()), e);
      String spelled = wire.get(e);
      if (spelled != null) map.put(normalise(spelled), e);
    }
    return Map.copyOf(map);
  }

  /** Upper case without {@code _ - . } and space. */
  static String normalise(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '_' || c == '-' || c == '.' || c == ' ') continue;
      sb.append(c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }
}
