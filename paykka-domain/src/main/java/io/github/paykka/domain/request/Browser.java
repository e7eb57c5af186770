package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;
import io.github.paykka.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shopper's browser and device ({@code browser}), for risk and 3DS; required except for merchant-initiated payments.
 *
 * <p>Construction checks only presence of required parts; the PayKKa rules (lengths, minimums) are checked by
 * {@link PaymentRequest.Builder#validate()}, which reports every broken rule at once.
 *
 * @param userAgent {@code user_agent}
 * @param colorDepth {@code color_depth}
 * @param language {@code language}
 * @param javaEnabled {@code java_enabled}
 * @param deviceType {@code device_type}
 * @param terminalType {@code terminal_type}
 * @param deviceOs {@code device_os}
 * @param timezoneOffset {@code timezone_offset}
 * @param screenHeight {@code screen_height}
 * @param screenWidth {@code screen_width}
 * @param cookies {@code cookies}
 * @param deviceFingerPrintId {@code device_finger_print_id}
 * @param paykkaRadarId {@code paykka_radar_id}
 */
public record Browser(
    @Nullable String userAgent,
    @Nullable String colorDepth,
    @Nullable String language,
    @Nullable Boolean javaEnabled,
    @Nullable String deviceType,
    @Nullable String terminalType,
    @Nullable String deviceOs,
    @Nullable String timezoneOffset,
    @Nullable String screenHeight,
    @Nullable String screenWidth,
    @Nullable String cookies,
    @Nullable String deviceFingerPrintId,
    @Nullable String paykkaRadarId) {

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every broken rule of this part, each naming its field under {@code path}. */
  List<FieldError> errors(String path) {
    List<FieldError> errors = new ArrayList<>();

    return errors;
  }

  /** Builds a {@link Browser}; setters accept {@code null} to leave a field out. */
  public static final class Builder {
    private @Nullable String userAgent;
    private @Nullable String colorDepth;
    private @Nullable String language;
    private @Nullable Boolean javaEnabled;
    private @Nullable String deviceType;
    private @Nullable String terminalType;
    private @Nullable String deviceOs;
    private @Nullable String timezoneOffset;
    private @Nullable String screenHeight;
    private @Nullable String screenWidth;
    private @Nullable String cookies;
    private @Nullable String deviceFingerPrintId;
    private @Nullable String paykkaRadarId;

    private Builder() {}

    /** {@code user_agent}. */
    public Builder userAgent(@Nullable String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** {@code color_depth}. */
    public Builder colorDepth(@Nullable String colorDepth) {
      this.colorDepth = colorDepth;
      return this;
    }

    /** {@code language}. */
    public Builder language(@Nullable String language) {
      this.language = language;
      return this;
    }

    /** {@code java_enabled}. */
    public Builder javaEnabled(@Nullable Boolean javaEnabled) {
      this.javaEnabled = javaEnabled;
      return this;
    }

    /** {@code device_type}. */
    public Builder deviceType(@Nullable String deviceType) {
      this.deviceType = deviceType;
      return this;
    }

    /** {@code terminal_type}. */
    public Builder terminalType(@Nullable String terminalType) {
      this.terminalType = terminalType;
      return this;
    }

    /** {@code device_os}. */
    public Builder deviceOs(@Nullable String deviceOs) {
      this.deviceOs = deviceOs;
      return this;
    }

    /** {@code timezone_offset}. */
    public Builder timezoneOffset(@Nullable String timezoneOffset) {
      this.timezoneOffset = timezoneOffset;
      return this;
    }

    /** {@code screen_height}. */
    public Builder screenHeight(@Nullable String screenHeight) {
      this.screenHeight = screenHeight;
      return this;
    }

    /** {@code screen_width}. */
    public Builder screenWidth(@Nullable String screenWidth) {
      this.screenWidth = screenWidth;
      return this;
    }

    /** {@code cookies}. */
    public Builder cookies(@Nullable String cookies) {
      this.cookies = cookies;
      return this;
    }

    /** {@code device_finger_print_id}. */
    public Builder deviceFingerPrintId(@Nullable String deviceFingerPrintId) {
      this.deviceFingerPrintId = deviceFingerPrintId;
      return this;
    }

    /** {@code paykka_radar_id}. */
    public Builder paykkaRadarId(@Nullable String paykkaRadarId) {
      this.paykkaRadarId = paykkaRadarId;
      return this;
    }

    /** @throws NullPointerException if a required field is missing */
    public Browser build() {

      return new Browser(userAgent, colorDepth, language, javaEnabled, deviceType, terminalType, deviceOs, timezoneOffset, screenHeight, screenWidth, cookies, deviceFingerPrintId, paykkaRadarId);
    }
  }
}
