package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 3DS preferences ({@code authentication}); the card scheme and issuer decide in the end.
 *
 * <p>Construction checks only presence of required parts; the PayKKa rules (lengths, minimums) are checked by
 * {@link PaymentRequest.Builder#validate()}, which reports every broken rule at once.
 *
 * @param challengeIndicator {@code challenge_indicator}
 * @param authenticationOnly {@code authentication_only}
 * @param exemption {@code exemption}
 */
public record Authentication(
    Option<String> challengeIndicator,
    Option<Boolean> authenticationOnly,
    Option<String> exemption) {

  public Authentication {
    requireNonNull(challengeIndicator, "challengeIndicator == null");
    requireNonNull(authenticationOnly, "authenticationOnly == null");
    requireNonNull(exemption, "exemption == null");
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    List<FieldError> errors = new ArrayList<>();

    return errors;
  }

  /** Builds a {@link Authentication}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
    private @Nullable String challengeIndicator;
    private @Nullable Boolean authenticationOnly;
    private @Nullable String exemption;

    private Builder() {}

    /** {@code challenge_indicator}. */
    public Builder challengeIndicator(@Nullable String challengeIndicator) {
      this.challengeIndicator = challengeIndicator;
      return this;
    }

    /** {@code authentication_only}. */
    public Builder authenticationOnly(@Nullable Boolean authenticationOnly) {
      this.authenticationOnly = authenticationOnly;
      return this;
    }

    /** {@code exemption}. */
    public Builder exemption(@Nullable String exemption) {
      this.exemption = exemption;
      return this;
    }

    public Authentication build() {
      return new Authentication(Option.of(challengeIndicator), Option.of(authenticationOnly), Option.of(exemption));
    }
  }
}
