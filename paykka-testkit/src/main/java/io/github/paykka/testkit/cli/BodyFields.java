package io.github.paykka.testkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jspecify.annotations.Nullable;

/**
 * The top-level {@code merchant_id} and {@code timestamp} of a body, read as the signature scheme reads them (a string
 * or number merchant id; a number, or a string of digits, timestamp), without binding the rest.
 *
 * @param json whether the body is one JSON object
 * @param merchantId the body's {@code merchant_id}, or null
 * @param timestamp the body's {@code timestamp} as written, or null
 * @param notification whether the body has a top-level {@code notify_type} (a notification, judged by the webhook's
 *     rule: a timestamp in seconds or milliseconds, accepted for as long as the inbox remembers)
 */
record BodyFields(boolean json, @Nullable String merchantId, @Nullable String timestamp, boolean notification) {
  private static final JsonFactory JSON = new JsonFactory();

  static BodyFields of(byte[] body) {
    String merchantId = null;
    String timestamp = null;
    boolean notification = false;
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return new BodyFields(false, null, null, false);
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("merchant_id".equals(name) && (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT)) {
          merchantId = p.getText();
        } else if ("timestamp".equals(name) && (v == JsonToken.VALUE_NUMBER_INT
            || (v == JsonToken.VALUE_STRING && p.getText().matches("-?\\d{1,19}")))) {
          timestamp = p.getText();
        } else if ("notify_type".equals(name)) {
          notification = true;
          p.skipChildren();
        } else {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) return new BodyFields(false, null, null, false);
    } catch (Exception e) {
      return new BodyFields(false, null, null, false);
    }
    return new BodyFields(true, merchantId, timestamp, notification);
  }
}
