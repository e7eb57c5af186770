package io.github.paykka.domain.token;

/** A stored card token's status (seed 000: {@code INACTIVE}, {@code ACTIVATE}, {@code DELETE}). */
public enum TokenStatus {
  INACTIVE,
  ACTIVATE,
  DELETE
}
