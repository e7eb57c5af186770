package io.github.paykka.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds a top-level key a notification body gives twice among the fields money needs. JSON readers disagree on which
 * of two values counts (Jackson takes the last, others the first), so such a body is handed to {@code onUnknown}
 * rather than applied; a repeated informational key ({@code card_info.bin}, {@code pay_finish_time}) is harmless and
 * read as Jackson reads it. Thread-safe.
 */
final class RepeatedKeys {
  /** The fields a notification's mapping requires, and the ids it keys on. */
  private static final Set<String> MONEY = Set.of("notify_type", "merchant_id", "trans_id", "order_id",
      "ori_order_id", "refund_order_id", "status", "amount", "currency");

  private final JsonFactory json = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(10_000).build())
      .build();

  /** The first money field {@code body} (a verified JSON object) gives twice, or null when none is. */
  @Nullable String moneyFieldGivenTwice(byte[] body) {
    try (JsonParser p = json.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return null;
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (MONEY.contains(name) && !seen.add(name)) return name;
        p.nextToken();
        p.skipChildren();
      }
      return null;
    } catch (Exception unreadable) {
      // the codec reports what is wrong with the body; here only repetition is judged
      return null;
    }
  }
}
