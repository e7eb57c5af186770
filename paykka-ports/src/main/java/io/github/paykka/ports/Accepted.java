package io.github.paykka.ports;

import static java.util.Objects.requireNonNull;

/**
 * PayKKa accepted a command that returns no data (capture, void, token remove, recurring cancel):
 * {@code ret_code 000000}.
 *
 * @param operation the operation, e.g. {@link Operation#CAPTURE}
 * @param reference the identifier it concerned
 */
public record Accepted(Operation operation, String reference) {
  public Accepted {
    requireNonNull(operation, "operation == null");
    requireNonNull(reference, "reference == null");
  }
}
