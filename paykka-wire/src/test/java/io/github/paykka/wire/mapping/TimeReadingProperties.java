package io.github.paykka.wire.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The quick reading of the usual time form never answers otherwise than the general formatter ({@link Lenient#TIME}):
 * the same instant and offset where both read it, nothing where the formatter refuses, over valid and invalid
 * dates, hours, fractions and offsets in every form PayKKa uses.
 */
class TimeReadingProperties {
  @Property(tries = 3000)
  void theQuickReadingAgreesWithTheFormatter(@ForAll("times") String text) {
    OffsetDateTime quick = Lenient.commonForm(text);
    OffsetDateTime general = formatter(text);
    if (quick != null) assertThat(quick).isEqualTo(general);
    assertThat(Lenient.time(text).getOrNull()).isEqualTo(general);
  }

  @Property(tries = 200)
  void theUsualFormIsReadQuickly(@ForAll("usual") String text) {
    assertThat(Lenient.commonForm(text)).isNotNull().isEqualTo(formatter(text));
  }

  private static @Nullable OffsetDateTime formatter(String text) {
    try {
      return OffsetDateTime.parse(text, Lenient.TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Provide
  Arbitrary<String> usual() {
    Arbitrary<String> offset = Arbitraries.of("Z", "+08:00", "-05:30", "+00:00", "-00:00", "+14:00");
    Arbitrary<String> fraction = Arbitraries.of("", ".1", ".123", ".123456", ".123456789");
    return Combinators.combine(Arbitraries.integers().between(1970, 2100), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
        Arbitraries.integers().between(0, 59), fraction, offset)
        .as((y, mo, d, h, mi, f, o) -> String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", y, mo, d, h, mi, mi, f, o));
  }

  @Provide
  Arbitrary<String> times() {
    Arbitrary<String> year = Arbitraries.of("2025", "0000", "9999", "2024", "1900", "20x5", "+2025");
    Arbitrary<String> month = Arbitraries.of("01", "02", "12", "13", "00", "1");
    Arbitrary<String> day = Arbitraries.of("01", "28", "29", "30", "31", "32", "00");
    Arbitrary<String> hour = Arbitraries.of("00", "09", "23", "24", "99", "7");
    Arbitrary<String> minute = Arbitraries.of("00", "59", "60");
    Arbitrary<String> second = Arbitraries.of(":00", ":59", ":60", "", ":5");
    Arbitrary<String> fraction = Arbitraries.of("", ".", ".1", ".123456789", ".1234567890", ".12a", ",5");
    Arbitrary<String> offset = Arbitraries.of("Z", "z", "+08:00", "-08:00", "+0800", "+08", "+18:00", "+19:00",
        "+08:60", "+08:5", "-00:00", "", "+08:00:00", " ", "UTC", "+8:00");
    Arbitrary<String> separator = Arbitraries.of("T", "t", " ");
    return Combinators.combine(year, month, day, separator, hour, minute, second, fraction)
        .as((y, mo, d, t, h, mi, s, f) -> y + "-" + mo + "-" + d + t + h + ":" + mi + s + f)
        .flatMap(prefix -> offset.map(o -> prefix + o));
  }
}
