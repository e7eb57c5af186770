package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * One way the real PayKKa may answer or notify that a client reading strictly would get wrong: a switch of the
 * sandbox ({@link Quirks}, {@link PaykkaSandbox#quirks(Quirks)}). Every quirk but {@link #UNKNOWN_STATUS} leaves
 * what an answer or a notification means unchanged, so a tolerant client gets the same results with it as without.
 *
 * <p>The quirks are applied where the sandbox writes bytes, as a transformation of the JSON just before it is signed:
 * the simulated PayKKa and its state are the same with or without them, and answers and notifications stay correctly
 * signed (except what {@link #UNSIGNED_ERRORS} says). A notification keeps the bytes it was first sent with: changing
 * the quirks does not change redeliveries.
 */
public enum Quirk {
  /**
   * Fields no document names, in every object of every answer and notification (the envelope, {@code data}, nested
   * objects, token list items), of every JSON type: PayKKa adds fields. Apple's merchant session inside an Apple Pay
   * answer is Apple's, not PayKKa's, and is left as it is.
   */
  EXTRA_FIELDS,
  /**
   * A value no document names in every enum-like field of answers and notifications: {@code payment_method}
   * ({@code PayPal}), {@code card_brand}, {@code capture_method}, {@code authorisation_type}, {@code token_usage},
   * {@code session_mode}, {@code reason}, and the 3DS result's {@code enroll_status}, {@code authentication_status},
   * {@code mode}, {@code exemption}, {@code version}. Never {@code status} (see {@link #UNKNOWN_STATUS}) nor
   * {@code notify_type}.
   */
  UNKNOWN_VALUES,
  /**
   * A {@code status} no document names, in every answer and notification: {@code PENDING_REVIEW} for payments,
   * {@code CLOSED} for refunds, {@code PAYING} for checkout sessions, {@code SUSPENDED} for listed tokens. This one
   * changes the meaning: a client should surface it (never a success, never a decline), not act on it.
   */
  UNKNOWN_STATUS,
  /**
   * Notification {@code timestamp}s in epoch seconds (10 digits, as in the v1.2 notification page's example), signed
   * so.
   */
  SECONDS_TIMESTAMPS,
  /** Notifications without {@code timestamp} (the v1.2 page does not mark it required), signed over an empty one. */
  NO_TIMESTAMP,
  /**
   * Times ({@code pay_finish_time}, {@code expire_time}, ...) in another ISO-8601 form than the seeds' {@code
   * 2023-11-24T11:34:37+0800}: the same instant at {@code +08:00} with six fraction digits, {@code
   * 2023-11-24T11:34:37.000000+08:00}.
   */
  TIME_FORMS,
  /**
   * The errors the sandbox answers before it has authenticated a request (API version, content type, body size or
   * JSON, signature, merchant, timestamp, unknown path, method, rate limit, injected server errors) come without a
   * {@code signature} header, as from a gateway in front of PayKKa. Answers about orders, refunds, sessions and tokens
   * stay signed.
   */
  UNSIGNED_ERRORS,
  /**
   * The errors that PayKKa's transaction error catalog names too are answered with its four-digit code in {@code
   * ret_code} (as PayKKa's response-code page shows {@code "ret_code":"1004"}), with the same non-200 HTTP status:
   * {@code 206005} merchant does not exist as {@code 1000}, {@code 206007} merchant disabled as {@code 1001},
   * {@code 206006} merchant public key not configured as {@code 1012}, {@code 206002} and {@code 206003} signature
   * missing or wrong as {@code 2000}, {@code 206004} signature expired as {@code 2001}. Other codes are unchanged.
   */
  FOUR_DIGIT_RET_CODES,
  /**
   * The connection is closed after every answer, without a {@code Connection: close} header: what a client that
   * keeps connections alive meets behind an HTTP/1.0 server or a load balancer dropping idle connections. Its next
   * request on the pooled connection dies before any answer. (The status line stays {@code HTTP/1.1}: the JDK server
   * writes it.)
   */
  CLOSED_CONNECTIONS,
  /**
   * Refund answers in PayKKa's published refund response schema: {@code error_code}, {@code error_description},
   * {@code merchant_id}, {@code refund_trans_id}, {@code refund_order_id}, {@code status}, {@code amount},
   * {@code currency} only (no {@code refund_amount}, {@code ori_order_id} nor {@code reason}); refund notifications in
   * the v1.0 form, with the original order in {@code order_id} only (no {@code ori_order_id}).
   */
  PUBLISHED_REFUND_SCHEMA;

  /** The command-line and JSON API name: lower case with hyphens ({@code extra-fields}, ...). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The quirk whose {@link #cliName()} or constant name is {@code name} (case-insensitive), if any. */
  public static Option<Quirk> ofName(String name) {
    requireNonNull(name, "name == null");
    String n = name.strip();
    for (Quirk q : values()) {
      if (q.cliName().equalsIgnoreCase(n) || q.name().equalsIgnoreCase(n)) return Option.some(q);
    }
    return Option.none();
  }
}
