package io.github.paykka.domain.checkout;

/**
 * A hosted checkout session's status. PayKKa's values are not public beyond {@code PROCESSING}; these are ours
 * (an assumption, see {@code docs/assumptions.md}): the wire maps PayKKa's {@code PROCESSING} to {@link #OPEN}.
 */
public enum SessionStatus {
  OPEN,
  COMPLETED,
  EXPIRED
}
