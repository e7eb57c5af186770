package io.github.paykka.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a JSON body for a DEBUG log with every secret replaced, by field name, on the token stream: card numbers,
 * CVVs, every {@code encrypted_*} field, wallet {@code token_data}, cryptograms, keys and signatures; in every other
 * string, runs of twelve or more digits. Text that is not JSON is never shown, only its size: it might hold anything.
 */
final class BodyMasker {
  private static final Set<String> SECRET =
      Set.of(
          "card_no", "cvv", "exp_year", "exp_month", "token_data", "cryptogram", "signature", "private_key",
          "public_key", "key", "data", "merchant_session_identifier", "payment_data", "online_payment_cryptogram");
  /** Twelve digits or more, possibly grouped by spaces or dashes, inside a string. */
  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9](?:[ -]?[0-9]){11,}");
  private final JsonFactory json = new JsonFactory();

  /** The masked body, or a placeholder naming its size when it is not JSON. */
  String mask(byte[] body) {
    StringWriter out = new StringWriter(body.length + 16);
    try (JsonParser p = json.createParser(body);
        JsonGenerator g = json.createGenerator(out)) {
      String field = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> {
            field = p.currentName();
            g.writeFieldName(field);
          }
          case START_OBJECT, START_ARRAY -> {
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
            } else if (t == JsonToken.VALUE_STRING) {
              // free text (a ret_msg, a description) may quote a card number back: its digits never reach a log
              g.writeString(LONG_DIGIT_RUN.matcher(p.getText()).replaceAll("***"));
            } else {
              g.copyCurrentEvent(p);
            }
            field = null;
          }
        }
      }
    } catch (Exception e) {
      return "<" + body.length + " bytes, not JSON>";
    }
    return out.toString();
  }

  private static boolean isSecret(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    // "data" of the envelope is an object and is walked into; only a scalar "data" (a wallet blob) is hidden
    return SECRET.contains(f) || f.startsWith("encrypted_") || f.endsWith("_key") || f.contains("cryptogram");
  }
}
