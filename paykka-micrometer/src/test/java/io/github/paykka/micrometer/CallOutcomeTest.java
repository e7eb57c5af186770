package io.github.paykka.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.validation.FieldError;
import io.github.paykka.ports.CallOutcome;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.Processing;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The outcome tags of the call timer: one per kind of failure, lower snake case. */
class CallOutcomeTest {

  /** One failure of every kind, with the tag the issue asks for. */
  static final Map<GatewayFailure, String> EVERY_KIND = Map.of(
      new GatewayFailure.Declined(Operation.INITIATE, "T1", 1, "2099", "Invalid Card", Option.some("GW1")),
      "declined",
      new GatewayFailure.Rejected(Operation.CAPTURE, "GW1", 1, "010003", Option.none(), "invalid state", 400, false,
          Processing.NOT_PROCESSED),
      "rejected",
      new GatewayFailure.NotSent(Operation.QUERY, "T1", 0, "circuit open"), "not_sent",
      new GatewayFailure.OutcomeUnknown(Operation.INITIATE, "T1", 3, "timeout", 0), "outcome_unknown",
      new GatewayFailure.Unauthentic(Operation.QUERY, "T1", 1, "signature did not verify", 200), "unauthentic",
      new GatewayFailure.Invalid(Operation.INITIATE, "T1", List.of(new FieldError("amount", "must be at least 1"))),
      "invalid",
      new GatewayFailure.UnknownStatus(Operation.QUERY, "T1", 1, "PENDING_REVIEW", Option.none()), "unknown_status");

  @Test
  void everyKindOfFailureHasItsOwnOutcome() {
    Set<Class<?>> kinds = EVERY_KIND.keySet().stream().map(Object::getClass).collect(Collectors.toSet());
    // a kind added to GatewayFailure must get a value of its own here (else it would count as an error)
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(GatewayFailure.class.getPermittedSubclasses()));
    Set<CallOutcome> seen = new HashSet<>();
    EVERY_KIND.forEach((failure, tag) -> {
      CallOutcome outcome = CallOutcome.of(Either.left(failure));
      assertThat(outcome.tag()).as(failure.getClass().getSimpleName()).isEqualTo(tag);
      seen.add(outcome);
    });
    assertThat(seen).hasSize(EVERY_KIND.size()).doesNotContain(CallOutcome.SUCCESS);
  }

  @Test
  void aResultIsASuccess() {
    assertThat(CallOutcome.of(Either.right("anything"))).isEqualTo(CallOutcome.SUCCESS);
    assertThat(CallOutcome.SUCCESS.tag()).isEqualTo("success");
  }

  @Test
  void tagsAreLowerSnakeCase() {
    for (CallOutcome o : CallOutcome.values()) assertThat(o.tag()).matches("[a-z]+(_[a-z]+)*");
  }
}
