package io.github.paykka.wire;

/**
 * Names and fixed values of the HTTP headers of PayKKa v1.2 requests, responses and notifications.
 *
 * <p>Every request carries {@code type: RSA256}, {@code signature: <value>}, {@code version: v1.2} and
 * {@code Content-Type: application/json}; PayKKa answers and notifies with the same three signature headers.
 */
public final class PaykkaHeaders {
  /** Header naming the signature algorithm. */
  public static final String TYPE = "type";
  /** The only value of {@link #TYPE}. */
  public static final String TYPE_RSA256 = "RSA256";
  /** Header carrying the (URL-encoded) Base64 signature. */
  public static final String SIGNATURE = "signature";
  /** Header naming the API version. */
  public static final String VERSION = "version";
  /** The API version this library speaks. */
  public static final String VERSION_V1_2 = "v1.2";
  /** The content type header. */
  public static final String CONTENT_TYPE = "Content-Type";
  /** The content type of every body. */
  public static final String APPLICATION_JSON = "application/json";

  private PaykkaHeaders() {}
}
