package io.github.paykka.wire.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import static java.util.Objects.requireNonNull;

/**
 * The {@code data} of {@code /payments/apple-pay/create-session} (PayKKa's {@code ApplePaySessionRespDto}): the Apple Pay
 * merchant session, to be handed to Apple Pay JS unchanged.
 *
 * <p><b>Assumption</b>: seed 000 types this response only as "string" and shows no {@code data}; we assume {@code data} is
 * Apple's opaque merchant session object and keep it as a Jackson tree, read and written verbatim (a JSON string in its
 * place is kept as a text node). Nothing in it is interpreted.
 *
 * @param merchantSession the merchant session exactly as PayKKa returned it
 */
public record ApplePaySessionRespDto(@JsonValue JsonNode merchantSession) implements SentByPaykka {
  /** Wraps a merchant session; {@code merchantSession} must not be null. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ApplePaySessionRespDto {
    requireNonNull(merchantSession, "merchantSession == null");
  }

  /**
   * The merchant session as JSON text: an object as compact JSON, a session sent as a JSON string as that string's
   * content (not the quoted literal, which Apple Pay JS would not accept).
   */
  public String json() {
    return merchantSession.isTextual() ? merchantSession.asText() : merchantSession.toString();
  }
}
