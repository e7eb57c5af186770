package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * 3DS preferences ({@code authentication}, seed 000/003 {@code AuthenticationReqDto}).
 *
 * <p>Values are kept as strings: {@code ChallengeIndicatorEnum} and {@code ThreedSecureExemptionEnum} are named by PayKKa but their
 * values are not public beyond {@code AUTO} and {@code NONE}.
 *
 * @param challengeIndicator {@code challenge_indicator}: Challenge preference, e.g. {@code "AUTO"}.
 * @param authenticationOnly {@code authentication_only}: Authenticate only, do not pay.
 * @param exemption {@code exemption}: Requested 3DS exemption, e.g. {@code "NONE"}.
 */
public record AuthenticationReqDto(
    @Nullable String challengeIndicator,
    @Nullable Boolean authenticationOnly,
    @Nullable String exemption) {
}
