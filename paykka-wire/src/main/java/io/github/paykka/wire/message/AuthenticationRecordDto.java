package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The 3DS result of a payment ({@code authentication_result}; seed 000 {@code AuthenticationRecordRespInPayments},
 * fields as PayKKa's v1.0 schema publishes them, see PAYKKA-FACTS.md).
 *
 * <p>The seeds show only {@code authentication_url}: when present, the shopper must be redirected there to complete
 * 3DS. Every field is optional; the enum-like ones are kept as PayKKa's raw text (their values are not public).
 * {@code toString()} never shows the cryptogram or the xid.
 *
 * @param authenticationUrl {@code authentication_url}: URL of the 3DS challenge.
 * @param enrollStatus {@code enroll_status}: Whether the card is enrolled in 3DS.
 * @param authenticationStatus {@code authentication_status}: The outcome of the authentication.
 * @param version {@code version}: 3DS protocol version, e.g. {@code "2.2.0"}.
 * @param eci {@code eci}: Electronic commerce indicator, e.g. {@code "05"}.
 * @param exemption {@code exemption}: The exemption asked for.
 * @param exemptionApplied {@code exemption_applied}: Whether an exemption was applied.
 * @param mode {@code mode}: How the authentication ran (e.g. frictionless or challenge).
 * @param upgraded {@code upgraded}: Whether the authentication was upgraded.
 * @param downgraded {@code downgraded}: Whether the authentication was downgraded.
 * @param upgradeReason {@code upgrade_reason}: Why it was upgraded.
 * @param xid {@code xid}: 3DS transaction identifier; secret.
 * @param cryptogram {@code cryptogram}: Authentication cryptogram (CAVV); secret.
 */
public record AuthenticationRecordDto(
    @Nullable String authenticationUrl,
    @Nullable String enrollStatus,
    @Nullable String authenticationStatus,
    @Nullable String version,
    @Nullable String eci,
    @Nullable String exemption,
    @Nullable Boolean exemptionApplied,
    @Nullable String mode,
    @Nullable Boolean upgraded,
    @Nullable Boolean downgraded,
    @Nullable String upgradeReason,
    @Nullable String xid,
    @Nullable String cryptogram) implements SentByPaykka {

  /** Only the challenge URL, as the seeds show it. */
  public static AuthenticationRecordDto challenge(@Nullable String authenticationUrl) {
    return new AuthenticationRecordDto(authenticationUrl, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  /** Shows no secret: {@code ***} for the xid and the cryptogram. */
  @Override
  public String toString() {
    return "AuthenticationRecordDto[authenticationUrl=" + authenticationUrl
        + ", enrollStatus=" + enrollStatus
        + ", authenticationStatus=" + authenticationStatus
        + ", version=" + version
        + ", eci=" + eci
        + ", exemption=" + exemption
        + ", exemptionApplied=" + exemptionApplied
        + ", mode=" + mode
        + ", upgraded=" + upgraded
        + ", downgraded=" + downgraded
        + ", upgradeReason=" + upgradeReason
        + ", xid=" + Masking.secret(xid)
        + ", cryptogram=" + Masking.secret(cryptogram) + "]";
  }
}
