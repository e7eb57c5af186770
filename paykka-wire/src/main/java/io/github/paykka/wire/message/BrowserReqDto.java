package io.github.paykka.wire.message;

import org.jspecify.annotations.Nullable;

/**
 * The shopper's browser and device ({@code browser}, seed 000 {@code BrowserReqDto}).
 *
 * <p>Lengths and enums of these fields are not published; the fields and their string forms are those of the seed 000 example
 * (sizes such as {@code color_depth} are strings there, and stay strings here).
 *
 * @param userAgent {@code user_agent}: Browser user agent.
 * @param colorDepth {@code color_depth}: Screen colour depth, e.g. {@code "24"}.
 * @param language {@code language}: Browser language, e.g. {@code "ko-KR"}.
 * @param javaEnabled {@code java_enabled}: Whether Java is enabled.
 * @param deviceType {@code device_type}: Device type, e.g. {@code "PC"} ({@code PaymentDeviceTypeEnum}, values not public).
 * @param terminalType {@code terminal_type}: Terminal type, e.g. {@code "WEB"} ({@code TerminalTypeEnum}, values not public).
 * @param deviceOs {@code device_os}: Device OS, e.g. {@code "WINDOWS"} ({@code DeviceOsEnum}, values not public).
 * @param timezoneOffset {@code timezone_offset}: Time zone offset, e.g. {@code "-12:10"}.
 * @param screenHeight {@code screen_height}: Screen height.
 * @param screenWidth {@code screen_width}: Screen width.
 * @param cookies {@code cookies}: Cookies.
 * @param deviceFingerPrintId {@code device_finger_print_id}: Device fingerprint id.
 * @param paykkaRadarId {@code paykka_radar_id}: PayKKa Fraud Detection SDK id.
 */
public record BrowserReqDto(
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
}
