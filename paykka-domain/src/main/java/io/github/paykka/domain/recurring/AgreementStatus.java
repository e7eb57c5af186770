package io.github.paykka.domain.recurring;

/** A recurring agreement's status (our naming: PayKKa's v1.2 documents name only the cancel operation). */
public enum AgreementStatus {
  ACTIVE,
  CANCELLED
}
