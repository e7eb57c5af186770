package io.github.paykka.domain.request;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.validation.FieldError;
import io.vavr.control.Option;
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
    Option<String> userAgent,
    Option<String> colorDepth,
    Option<String> language,
    Option<Boolean> javaEnabled,
    Option<String> deviceType,
    Option<String> terminalType,
    Option<String> deviceOs,
    Option<String> timezoneOffset,
    Option<String> screenHeight,
    Option<String> screenWidth,
    Option<String> cookies,
    Option<String> deviceFingerPrintId,
    Option<String> paykkaRadarId) {

  public Browser {
    requireNonNull(userAgent, "userAgent == null");
    requireNonNull(colorDepth, "colorDepth == null");
    requireNonNull(language, "language == null");
    requireNonNull(javaEnabled, "javaEnabled == null");
    requireNonNull(deviceType, "deviceType == null");
    requireNonNull(terminalType, "terminalType == null");
    requireNonNull(deviceOs, "deviceOs == null");
    requireNonNull(timezoneOffset, "timezoneOffset == null");
    requireNonNull(screenHeight, "screenHeight == null");
    requireNonNull(screenWidth, "screenWidth == null");
    requireNonNull(cookies, "cookies == null");
    requireNonNull(deviceFingerPrintId, "deviceFingerPrintId == null");
    requireNonNull(paykkaRadarId, "paykkaRadarId == null");
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

    public Browser build() {
      return new Browser(Option.of(userAgent), Option.of(colorDepth), Option.of(language), Option.of(javaEnabled),
          Option.of(deviceType), Option.of(terminalType), Option.of(deviceOs), Option.of(timezoneOffset),
          Option.of(screenHeight), Option.of(screenWidth), Option.of(cookies), Option.of(deviceFingerPrintId),
          Option.of(paykkaRadarId));
    }
  }
}
