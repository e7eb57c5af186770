package io.github.paykka.wire.message;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.paykka.wire.error.RetCode;
import org.jspecify.annotations.Nullable;

/**
 * The body of every PayKKa response: {@code ret_code}, {@code ret_msg} and an optional {@code data}.
 *
 * <p>{@code ret_code} {@code 000000} means PayKKa processed the request; a business failure (a decline) still comes as
 * {@code 000000}, with {@code data.status} {@code FAILURE}. Other codes are explained by
 * {@link io.github.paykka.wire.error.ErrorCatalog}. {@code data} is an object, a list, or absent.
 *
 * @param retCode {@code ret_code}: six-digit result code; required
 * @param retMsg {@code ret_msg}: result message; may be absent in malformed answers, so nullable
 * @param data {@code data}: the payload, or {@code null} when absent
 * @param <T> the payload type
 */
public record Envelope<T>(
    @JsonProperty(required = true) String retCode, @Nullable String retMsg, @Nullable T data) {
  /** Checks that {@code retCode} is present. */
  public Envelope {
    requireNonNull(retCode, "retCode == null");
  }

  /** An envelope of success with {@code data} (which may be null), as PayKKa writes it. */
  public static <T> Envelope<T> success(@Nullable T data) {
    return new Envelope<>(RetCode.SUCCESS, "Success", data);
  }

  /** An envelope of failure without data. */
  public static <T> Envelope<T> failure(String retCode, String retMsg) {
    return new Envelope<>(retCode, requireNonNull(retMsg, "retMsg == null"), null);
  }

  /** Whether {@code ret_code} is {@code 000000}. */
  @JsonIgnore
  public boolean isSuccess() {
    return RetCode.SUCCESS.equals(retCode);
  }
}
