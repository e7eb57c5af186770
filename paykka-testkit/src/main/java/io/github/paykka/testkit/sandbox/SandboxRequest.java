package io.github.paykka.testkit.sandbox;

import static java.util.Objects.requireNonNull;

import io.github.paykka.ports.Operation;
import io.vavr.control.Option;
import java.util.Map;

/**
 * One API request the sandbox received, as its request log keeps it ({@link PaykkaSandbox#requests()}): the
 * operation, the fault it met, the identifiers its body carried, what it was answered, and when it arrived and when
 * the sandbox was done with it.
 *
 * <p>{@code received} and {@code finished} are ticks of one counter that every request of the sandbox shares, so they
 * order arrivals and ends across requests: B arrived after the sandbox was done with A exactly when
 * {@code B.received() > A.finished()}. A request is finished once the sandbox has processed it (or refused it, or
 * failed it by a fault) and decided its answer, before the answer is written: whatever a client does after reading
 * the answer arrives with a larger tick. This is what proves from the log, e.g., that a payment was sent again only
 * after a query answered that its {@code trans_id} had no order.
 *
 * @param operation the operation whose path was called (POST)
 * @param fault the fault injected into the request, if any
 * @param identifiers the identifiers the body carried at its top level, by JSON name ({@code trans_id},
 *     {@code order_id}, {@code session_id}, {@code refund_trans_id}, {@code refund_order_id}, {@code ori_order_id});
 *     empty when the body was not read (a reset; a wrong version or content type) or is no JSON object
 * @param retCode the {@code ret_code} the sandbox answered, or would have answered (under
 *     {@link Fault.DropAfterProcessing}); absent while in flight and when nothing was answered
 * @param received the tick of its arrival
 * @param finished the tick when the sandbox was done with it; absent while it is in flight
 */
public record SandboxRequest(
    Operation operation,
    Option<Fault> fault,
    Map<String, String> identifiers,
    Option<String> retCode,
    long received,
    Option<Long> finished) {

  /** Checks the arguments and copies the identifiers. */
  public SandboxRequest {
    requireNonNull(operation, "operation == null");
    requireNonNull(fault, "fault == null");
    identifiers = Map.copyOf(identifiers);
    requireNonNull(retCode, "retCode == null");
    requireNonNull(finished, "finished == null");
  }

  /** The identifier {@code name} ({@code trans_id}, {@code order_id}, ...) the body carried, if it did. */
  public Option<String> identifier(String name) {
    requireNonNull(name, "name == null");
    return Option.of(identifiers.get(name));
  }

  /** Whether the sandbox is not done with it yet (e.g. it waits out a {@link Fault.Delay}). */
  public boolean inFlight() {
    return finished.isEmpty();
  }
}
