package io.github.paykka.ports.journal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** A bad setting is an IllegalArgumentException naming it, a missing one an IllegalStateException naming it. */
class JournalReconcilerBuilderTest {
  @Test
  void settingsAreNamedAndNoDurationOverflowsWhenTheReconcilerRuns() {
    assertThatThrownBy(() -> JournalReconciler.builder().minimumAge(ChronoUnit.FOREVER.getDuration()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumAge");
    assertThatThrownBy(() -> JournalReconciler.builder().minimumAge(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumAge");
    assertThatThrownBy(() -> JournalReconciler.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
    assertThatThrownBy(() -> JournalReconciler.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("journal");
    assertThatThrownBy(() -> JournalReconciler.builder().journal(InMemoryPaymentJournal.create()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("payments");
  }
}
