package io.github.paykka.wire.signature;

/**
 * Why a signature did not verify. Never carries the signature, the key or the body.
 */
public sealed interface SignatureFailure {
  /** A one-line description, safe to log. */
  String describe();

  /** No {@code signature} header, or an empty one. */
  record Missing() implements SignatureFailure {
    @Override
    public String describe() {
      return "signature header missing";
    }
  }

  /** The header is not (URL-encoded) Base64. */
  record Malformed() implements SignatureFailure {
    @Override
    public String describe() {
      return "signature header is not Base64";
    }
  }

  /** The signature does not match the body under any of the {@code keysTried} keys. */
  record Mismatch(int keysTried) implements SignatureFailure {
    @Override
    public String describe() {
      return "signature does not match (" + keysTried + " key(s) tried)";
    }
  }

  /**
   * The signed {@code timestamp} (epoch ms, converted from seconds if it was in seconds) is older than the window's
   * maximum age, or further ahead of {@code now} than the allowed clock skew.
   */
  record Stale(long timestamp, long now) implements SignatureFailure {
    @Override
    public String describe() {
      return "timestamp " + timestamp + " is outside the freshness window around " + now;
    }
  }

  /**
   * The body cannot be read for verification: not well-formed UTF-8, not a single JSON object, no top-level
   * {@code merchant_id}, or (a request) no integer {@code timestamp}; {@code reason} names what is wrong, never a
   * value.
   */
  record UnreadableBody(String reason) implements SignatureFailure {
    @Override
    public String describe() {
      return "body unreadable for verification: " + reason;
    }
  }
}
