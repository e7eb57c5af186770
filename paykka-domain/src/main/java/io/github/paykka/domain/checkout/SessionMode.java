package io.github.paykka.domain.checkout;

/** How the checkout is shown ({@code session_mode}). */
public enum SessionMode {
  HOSTED,
  DROP_IN,
  COMPONENT
}
