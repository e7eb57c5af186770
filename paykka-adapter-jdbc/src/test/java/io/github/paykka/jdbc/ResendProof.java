package io.github.paykka.jdbc;

import io.github.paykka.ports.Operation;
import io.github.paykka.testkit.sandbox.SandboxRequest;
import io.github.paykka.wire.error.RetCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sandbox's request log for money-moving calls sent more than once without asking first.
 *
 * <p>A money-moving request (initiate by {@code trans_id}, refund by {@code refund_trans_id}, capture and void by
 * {@code order_id}) that is not the first of its operation and reference is justified only by a query about the
 * reference that arrived after the sandbox was done with every earlier request of it, and that the sandbox was done
 * with before the new request arrived: for an initiate or a refund, a query answered "not found" ({@code 206024},
 * {@code 010002}); for a capture or a void, a query of the order (whose balances decide; the log does not keep
 * them). Anything else is a blind re-send: no query at all, a query that raced an earlier request still in flight, or
 * a re-send while an earlier request was still in flight.
 *
 * <p>Strict on purpose: a re-send after a refusal that processed nothing (e.g. {@code 010001}) counts as blind too, so
 * use it on runs without such refusals.
 */
final class ResendProof {
  private static final Set<String> NOT_FOUND = Set.of(RetCode.ORDER_NOT_FOUND, RetCode.DATA_NOT_FOUND);

  private ResendProof() {}

  private record Key(Operation operation, String reference) {}

  /** Every blind re-send in {@code log}, described; empty when there is none. */
  static List<String> blindResends(List<SandboxRequest> log) {
    Map<Key, List<SandboxRequest>> sent = new LinkedHashMap<>();
    for (SandboxRequest r : log) {
      referenceOf(r).forEach(ref -> sent.computeIfAbsent(new Key(r.operation(), ref), k -> new ArrayList<>()).add(r));
    }
    List<String> blind = new ArrayList<>();
    sent.forEach((key, requests) -> {
      for (int k = 1; k < requests.size(); k++) {
        SandboxRequest again = requests.get(k);
        long earlierDone = 0;
        boolean overlapping = false;
        for (SandboxRequest earlier : requests.subList(0, k)) {
          if (earlier.finished().isEmpty() || earlier.finished().get() > again.received()) overlapping = true;
          else earlierDone = Math.max(earlierDone, earlier.finished().get());
        }
        if (overlapping) {
          blind.add(describe(key, k) + " arrived while an earlier one was still in flight");
          continue;
        }
        long after = earlierDone;
        boolean asked = log.stream().anyMatch(q -> answersBefore(key, q, after, again.received()));
        if (!asked) blind.add(describe(key, k) + " without a query after the earlier one(s) that " + expectation(key));
      }
    });
    return blind;
  }

  /** The reference a money-moving request is about; none for other requests. */
  private static Option<String> referenceOf(SandboxRequest r) {
    return switch (r.operation()) {
      case INITIATE -> r.identifier("trans_id");
      case REFUND -> r.identifier("refund_trans_id");
      case CAPTURE, VOID -> r.identifier("order_id");
      default -> Option.none();
    };
  }

  /** Whether {@code q} is a query about {@code key} made after tick {@code after} and done before tick {@code before}. */
  private static boolean answersBefore(Key key, SandboxRequest q, long after, long before) {
    if (q.received() <= after || q.finished().isEmpty() || q.finished().get() >= before) return false;
    return switch (key.operation()) {
      case INITIATE -> q.operation() == Operation.QUERY && q.identifier("trans_id").contains(key.reference())
          && q.retCode().exists(NOT_FOUND::contains);
      case REFUND -> q.operation() == Operation.REFUND_QUERY
          && q.identifier("refund_trans_id").contains(key.reference()) && q.retCode().exists(NOT_FOUND::contains);
      default -> q.operation() == Operation.QUERY && q.identifier("order_id").contains(key.reference())
          && q.retCode().contains(RetCode.SUCCESS);
    };
  }

  private static String expectation(Key key) {
    return key.operation() == Operation.CAPTURE || key.operation() == Operation.VOID
        ? "read the order" : "answered not found";
  }

  private static String describe(Key key, int index) {
    return key.operation().name() + " " + key.reference() + " request #" + (index + 1);
  }
}
