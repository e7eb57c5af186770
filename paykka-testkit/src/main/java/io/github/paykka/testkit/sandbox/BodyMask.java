package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks card data in what the sandbox shows, as the HTTP adapter's logs do: in JSON, the values of secret fields
 * (card numbers, CVVs, expiry, {@code encrypted_*}, wallet tokens, cryptograms, xids, keys, signatures) by name, so
 * that identifiers and timestamps stay readable; in any other text (a receiver's error page), every run of 13 to 19
 * digits that passes the Luhn check, shown as BIN and last four.
 */
final class BodyMask {
  private static final Set<String> SECRET = Set.of(
      "card_no", "cvv", "exp_year", "exp_month", "token_data", "cryptogram", "xid", "cavv", "signature",
      "private_key", "public_key", "key", "payment_data", "online_payment_cryptogram", "authentication_value");
  private static final Pattern DIGITS = Pattern.compile("(?<![0-9A-Za-z])[0-9]{13,19}(?![0-9A-Za-z])");
  private static final JsonFactory JSON = new JsonFactory();

  private BodyMask() {}

  /** The body for display: masked JSON, or masked text when it is not JSON. */
  static String body(byte[] body) {
    String json = json(body);
    return json != null ? json : text(new String(body, UTF_8));
  }

  /** Masked JSON, compact; null when {@code body} is not JSON. */
  static String json(byte[] body) {
    StringWriter out = new StringWriter(body.length + 16);
    try (JsonParser p = JSON.createParser(body);
        JsonGenerator g = JSON.createGenerator(out)) {
      String field = null;
      JsonToken t;
      boolean any = false;
      while ((t = p.nextToken()) != null) {
        any = true;
        switch (t) {
          case FIELD_NAME -> {
            field = p.currentName();
            g.writeFieldName(field);
          }
          case START_OBJECT, START_ARRAY -> {
            if (field != null && isSecret(field)) {
              p.skipChildren();
              g.writeString("***");
            } else if (t == JsonToken.START_OBJECT) {
              g.writeStartObject();
            } else {
              g.writeStartArray();
            }
            field = null;
          }
          case END_OBJECT -> g.writeEndObject();
          case END_ARRAY -> g.writeEndArray();
          default -> {
            if (field != null && isSecret(field)) {
              g.writeString("***");
            } else {
              g.copyCurrentEvent(p);
            }
            field = null;
          }
        }
      }
      if (!any) return null;
    } catch (Exception e) {
      return null;
    }
    return out.toString();
  }

  /** {@code text} with every Luhn-valid run of 13 to 19 digits masked to BIN and last four. */
  static String text(String text) {
    Matcher m = DIGITS.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String digits = m.group();
      m.appendReplacement(out, luhn(digits)
          ? Matcher.quoteReplacement(digits.substring(0, 6) + "***" + digits.substring(digits.length() - 4))
          : digits);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean isSecret(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    return SECRET.contains(f) || f.startsWith("encrypted_") || f.endsWith("_key") || f.contains("cryptogram");
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
