package io.github.paykka.wire.error;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.Processing;

/**
 * One code of the catalog: what it means, what happened, whether retrying helps and what to do.
 *
 * @param code the code exactly as PayKKa sent it
 * @param kind {@code ret_code} or transaction {@code error_code}
 * @param category who has to act: the shopper, the merchant's configuration, the integration, nobody (transient)
 * @param meaning what the code means; for an unknown code, PayKKa's own message
 * @param processing what PayKKa did with the request
 * @param retryability whether repeating the request can help
 * @param action what the caller should do
 * @param known whether the code is in the catalog (false: a generic entry built for an unknown code)
 */
public record ErrorEntry(
    String code,
    CodeKind kind,
    Category category,
    String meaning,
    Processing processing,
    Retryability retryability,
    String action,
    boolean known) {
  /** Checks that no component is null. */
  public ErrorEntry {
    requireNonNull(code, "code == null");
    requireNonNull(kind, "kind == null");
    requireNonNull(category, "category == null");
    requireNonNull(meaning, "meaning == null");
    requireNonNull(processing, "processing == null");
    requireNonNull(retryability, "retryability == null");
    requireNonNull(action, "action == null");
  }
}
