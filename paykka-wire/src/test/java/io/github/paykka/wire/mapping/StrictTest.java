package io.github.paykka.wire.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.validation.InvalidValueException;
import io.github.paykka.wire.message.PaymentsRespDto;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 3: the mapping turns only the domain's own refusal into a {@link MappingError}; a bug (here an NPE)
 * surfaces as the bug it is, never as "rejected by the domain" (which the HTTP adapter would report as an unknown
 * outcome). On the code as found, {@code guard} and {@code build} caught every RuntimeException.
 */
class StrictTest {

  @Test
  void aRefusalOfTheDomainIsAMappingErrorNamingTheField() {
    assertThat(Strict.guard(() -> Strict.id("x".repeat(33), "$.trans_id", TransId::of)).getLeft())
        .isEqualTo(new MappingError.Unrepresentable("$.trans_id", "rejected by the domain"));
    assertThat(Strict.guard(() -> {
      throw InvalidValueException.of("balances", "balances must be in one currency");
    }).getLeft()).isEqualTo(new MappingError.Unrepresentable("$", "rejected by the domain"));
  }

  @Test
  void aBugIsThrownNotReportedAsARefusal() {
    assertThatThrownBy(() -> Strict.guard(() -> {
      throw new NullPointerException("a bug");
    })).isInstanceOf(NullPointerException.class).hasMessage("a bug");
    assertThatThrownBy(() -> Strict.build("$.amount", () -> {
      throw new IllegalStateException("another bug");
    })).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theClientSideLetsABugInItsCallerSurface() {
    assertThatThrownBy(() -> WireMapper.create().paymentResult((PaymentsRespDto) null))
        .isInstanceOf(NullPointerException.class);
  }
}
