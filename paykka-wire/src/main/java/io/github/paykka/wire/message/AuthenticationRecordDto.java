package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The 3DS state of a payment ({@code authentication_result}, seed 001).
 *
 * <p>The seeds show only {@code authentication_url}: when present, the shopper must be redirected there to complete 3DS.
 *
 * @param authenticationUrl {@code authentication_url}: URL of the 3DS challenge.
 */
public record AuthenticationRecordDto(
    @Nullable String authenticationUrl) {
}
