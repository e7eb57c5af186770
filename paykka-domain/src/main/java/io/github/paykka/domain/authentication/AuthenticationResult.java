package io.github.paykka.domain.authentication;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * The 3DS result PayKKa reports for a payment ({@code authentication_result}): every field optional, the enum-like ones
 * kept as PayKKa's text because their values are not public.
 *
 * <p>{@link #toString()} never shows the {@link #xid()} or the {@link #cryptogram()}: they identify and prove one
 * cardholder authentication and stay out of logs.
 *
 * @param authenticationUrl where to send the shopper for a 3DS challenge, while one is pending ({@code
 *     authentication_url}): an absolute URL, as PayKKa sent it (text: the domain does no networking, so it holds
 *     no {@code java.net.URI}; the ports' {@code PaymentResult.authenticationUrl()} gives one)
 * @param enrollStatus whether the card is enrolled in 3DS ({@code enroll_status})
 * @param authenticationStatus the outcome of the authentication ({@code authentication_status})
 * @param version the 3DS protocol version, e.g. {@code 2.2.0} ({@code version})
 * @param eci the electronic commerce indicator, e.g. {@code 05} ({@code eci})
 * @param exemption the exemption asked for ({@code exemption})
 * @param exemptionApplied whether an exemption was applied ({@code exemption_applied})
 * @param mode how the authentication ran, e.g. frictionless or challenge ({@code mode})
 * @param upgraded whether it was upgraded ({@code upgraded})
 * @param downgraded whether it was downgraded ({@code downgraded})
 * @param upgradeReason why it was upgraded ({@code upgrade_reason})
 * @param xid the 3DS transaction identifier ({@code xid}); secret, never printed
 * @param cryptogram the authentication cryptogram ({@code cryptogram}); secret, never printed
 */
public record AuthenticationResult(
    Option<String> authenticationUrl,
    Option<String> enrollStatus,
    Option<String> authenticationStatus,
    Option<String> version,
    Option<String> eci,
    Option<String> exemption,
    Option<Boolean> exemptionApplied,
    Option<String> mode,
    Option<Boolean> upgraded,
    Option<Boolean> downgraded,
    Option<String> upgradeReason,
    Option<String> xid,
    Option<String> cryptogram) {

  public AuthenticationResult {
    requireNonNull(authenticationUrl, "authenticationUrl == null");
    requireNonNull(enrollStatus, "enrollStatus == null");
    requireNonNull(authenticationStatus, "authenticationStatus == null");
    requireNonNull(version, "version == null");
    requireNonNull(eci, "eci == null");
    requireNonNull(exemption, "exemption == null");
    requireNonNull(exemptionApplied, "exemptionApplied == null");
    requireNonNull(mode, "mode == null");
    requireNonNull(upgraded, "upgraded == null");
    requireNonNull(downgraded, "downgraded == null");
    requireNonNull(upgradeReason, "upgradeReason == null");
    requireNonNull(xid, "xid == null");
    requireNonNull(cryptogram, "cryptogram == null");
  }

  /** Only a pending challenge at {@code authenticationUrl}, as the seeds show it. */
  public static AuthenticationResult challenge(String authenticationUrl) {
    requireNonNull(authenticationUrl, "authenticationUrl == null");
    return new AuthenticationResult(Option.some(authenticationUrl), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none(), Option.none());
  }

  /** Whether no field is present. */
  public boolean isEmpty() {
    return authenticationUrl.isEmpty() && enrollStatus.isEmpty() && authenticationStatus.isEmpty() && version.isEmpty()
        && eci.isEmpty() && exemption.isEmpty() && exemptionApplied.isEmpty() && mode.isEmpty() && upgraded.isEmpty()
        && downgraded.isEmpty() && upgradeReason.isEmpty() && xid.isEmpty() && cryptogram.isEmpty();
  }

  /** Every field but the xid and the cryptogram, which show as {@code ***} when present. */
  @Override
  public String toString() {
    return "AuthenticationResult[authenticationUrl=" + authenticationUrl
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
        + ", xid=" + xid.map(x -> "***")
        + ", cryptogram=" + cryptogram.map(c -> "***") + "]";
  }
}
