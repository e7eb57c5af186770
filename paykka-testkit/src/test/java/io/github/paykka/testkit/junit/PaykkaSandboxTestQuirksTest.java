package io.github.paykka.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.testkit.sandbox.PaykkaSandbox;
import io.github.paykka.testkit.sandbox.Quirk;
import io.github.paykka.testkit.sandbox.Quirks;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code @PaykkaSandboxTest(quirks = ...)}: the class's quirks, set again before each test. */
@PaykkaSandboxTest(quirks = {Quirk.EXTRA_FIELDS, Quirk.SECONDS_TIMESTAMPS})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaykkaSandboxTestQuirksTest {
  final PaykkaSandbox sandbox;

  PaykkaSandboxTestQuirksTest(PaykkaSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  @Order(1)
  void theSandboxShowsTheQuirksOfTheAnnotation() {
    assertThat(sandbox.quirks()).isEqualTo(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.SECONDS_TIMESTAMPS));
    sandbox.quirks(Quirks.none());
  }

  @Test
  @Order(2)
  void aTestThatChangedThemLeavesTheNextTheAnnotationsQuirks() {
    assertThat(sandbox.quirks()).isEqualTo(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.SECONDS_TIMESTAMPS));
  }
}
