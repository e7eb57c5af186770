package io.github.paykka.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A PayKKa body with its secrets replaced by {@code ***}, to be shown (a log line, the sandbox's pages): the values of
 * card numbers, CVVs, expiry, every {@code encrypted_*} field, wallet {@code token_data}, cryptograms, xids, keys and
 * signatures, by field name at any depth, on the token stream (nothing is parsed into objects). One list of secret
 * names for every place that shows a body, so that none can forget one. Thread-safe.
 */
public final class SecretMasking {
  private static final Set<String> SECRET = Set.of(
      "card_no", "cvv", "exp_year", "exp_month", "token_data", "cryptogram", "xid", "cavv", "authentication_value",
      "signature", "private_key", "public_key", "key", "data", "merchant_session_identifier", "payment_data",
      "online_payment_cryptogram");
  /** Twelve digits or more, possibly grouped by spaces or dashes, inside a string. */
  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9](?:[ -]?[0-9]){11,}");
  private static final JsonFactory JSON = new JsonFactory();

  private SecretMasking() {}

  /**
   * The body for a log line: masked JSON in which, beyond the secret fields, every run of twelve or more digits in a
   * string is masked too (free text such as a {@code ret_msg} may quote a card number back); text that is not JSON is
   * never shown, only its size, since it might hold anything.
   */
  public static String forLog(byte[] body) {
    String masked = mask(body, true);
    if (masked != null) return masked;
    return body.length == 0 ? "" : "<" + body.length + " bytes, not JSON>";
  }

  /**
   * The body as compact JSON with its secret fields masked and every other value as it is (identifiers, amounts and
   * timestamps stay readable), or null when it is not JSON (the caller decides how to show other text).
   */
  public static @Nullable String json(byte[] body) {
    return mask(body, false);
  }

  private static @Nullable String mask(byte[] body, boolean digitRuns) {
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
            // "data" of the envelope is an object and is walked into; only a scalar "data" (a wallet blob) is hidden
            if (field != null && isSecret(field) && !field.equals("data")) {
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
            } else if (digitRuns && t == JsonToken.VALUE_STRING) {
              g.writeString(LONG_DIGIT_RUN.matcher(p.getText()).replaceAll("***"));
            } else {
              g.copyCurrentEvent(p);
            }
            field = null;
          }
        }
      }
      if (!any) return null;
    } catch (IOException | RuntimeException e) {
      // not JSON (or not finished): the caller shows it another way
      return null;
    }
    return out.toString();
  }

  private static boolean isSecret(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    return SECRET.contains(f) || f.startsWith("encrypted_") || f.endsWith("_key") || f.contains("cryptogram");
  }
}
