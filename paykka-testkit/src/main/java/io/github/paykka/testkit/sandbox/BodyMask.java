package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.wire.SecretMasking;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks card data in what the sandbox shows, as the HTTP adapter's logs do: in JSON, the values of secret fields by
 * name ({@link SecretMasking}, the one list of them), so that identifiers and timestamps stay readable; in any other
 * text (a receiver's error page), every run of 13 to 19 digits that passes the Luhn check, shown as BIN and last four.
 */
final class BodyMask {
  private static final Pattern DIGITS = Pattern.compile("(?<![0-9A-Za-z])[0-9]{13,19}(?![0-9A-Za-z])");

  private BodyMask() {}

  /** The body for display: masked JSON, or masked text when it is not JSON. */
  static String body(byte[] body) {
    String json = SecretMasking.json(body);
    return json != null ? json : text(new String(body, UTF_8));
  }

  /** {@code text} with every Luhn-valid run of 13 to 19 digits masked to BIN and last four. */
  static String text(String text) {
    Matcher m = DIGITS.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String digits = m.group();
      m.appendReplacement(out, CardNumber.of(digits).passesLuhn()
          ? Matcher.quoteReplacement(digits.substring(0, 6) + "***" + digits.substring(digits.length() - 4))
          : digits);
    }
    m.appendTail(out);
    return out.toString();
  }
}
