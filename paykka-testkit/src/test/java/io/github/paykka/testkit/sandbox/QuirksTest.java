package io.github.paykka.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The quirk switches as a value: names, parsing, set operations. */
class QuirksTest {
  @Test
  void namesReadInEitherFormSeparatedByCommasOrSpaces() {
    assertThat(Quirks.parse("extra-fields, UNKNOWN_VALUES  closed-connections"))
        .isEqualTo(Quirks.of(Quirk.EXTRA_FIELDS, Quirk.UNKNOWN_VALUES, Quirk.CLOSED_CONNECTIONS));
    assertThat(Quirks.parse("")).isEqualTo(Quirks.none());
    assertThat(Quirks.parse("none")).isEqualTo(Quirks.none());
    assertThat(Quirks.parse("all")).isEqualTo(Quirks.all());
    assertThat(Quirks.all().asSet()).isEqualTo(EnumSet.allOf(Quirk.class));
    for (Quirk q : Quirk.values()) assertThat(Quirks.parse(q.cliName()).asSet()).containsExactly(q);
  }

  @Test
  void aWrongNameIsRefusedNamingItAndTheNames() {
    assertThatThrownBy(() -> Quirks.parse("extra-fields,sloppy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sloppy'")
        .hasMessageContaining("four-digit-ret-codes");
  }

  @Test
  void withAndWithoutMakeNewValues() {
    Quirks some = Quirks.none().with(Quirk.NO_TIMESTAMP);
    assertThat(some.has(Quirk.NO_TIMESTAMP)).isTrue();
    assertThat(Quirks.none().isEmpty()).isTrue();
    assertThat(some.without(Quirk.NO_TIMESTAMP)).isEqualTo(Quirks.none());
    assertThat(Quirks.all().without(Quirk.UNKNOWN_STATUS).has(Quirk.UNKNOWN_STATUS)).isFalse();
    assertThat(Quirks.of(Quirk.UNSIGNED_ERRORS, Quirk.EXTRA_FIELDS).toString())
        .isEqualTo("Quirks[extra-fields, unsigned-errors]");
    assertThatThrownBy(() -> some.asSet().add(Quirk.EXTRA_FIELDS)).isInstanceOf(UnsupportedOperationException.class);
  }
}
