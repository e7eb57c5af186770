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

  /** The signed {@code timestamp} (epoch ms) is outside the freshness window around {@code now}. */
  record Stale(long timestamp, long now) implements SignatureFailure {
    @Override
    public String describe() {
      return "timestamp " + timestamp + " is outside the freshness window around " + now;
    }
  }

  /** The body has no readable top-level {@code merchant_id} and {@code timestamp}; {@code reason} names what is wrong. */
  record UnreadableBody(String reason) implements SignatureFailure {
    @Override
    public String describe() {
      return "body unreadable for verification: " + reason;
    }
  }
}
