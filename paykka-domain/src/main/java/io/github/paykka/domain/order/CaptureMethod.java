package io.github.paykka.domain.order;

/** When the authorised amount is captured ({@code capture_method}). */
public enum CaptureMethod {
  /** Captured at once: the order goes to SUCCESS. */
  AUTOMATIC,
  /** Captured later by the merchant: the order stays AUTHORIZED until captured or voided. */
  MANUAL
}
