package io.github.paykka.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Law: money arithmetic is exact or throws; it never wraps around. */
class MoneyProperties {
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Non-negative longs, half of them within a hair of {@code Long.MAX_VALUE} or of its square root. */
  @Provide
  Arbitrary<Long> units() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.longs().between(Long.MAX_VALUE - 1_000_000, Long.MAX_VALUE),
        Arbitraries.longs().between(Long.MAX_VALUE / 2 - 1000, Long.MAX_VALUE / 2 + 1000),
        Arbitraries.longs().between(3_037_000_000L, 3_037_001_000L),
        Arbitraries.longs().between(0, 1000));
  }

  @Property(tries = 1000)
  void plusIsExactOrThrows(@ForAll("units") long a, @ForAll("units") long b) {
    BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
    Money x = Money.of(a, Currency.USD);
    Money y = Money.of(b, Currency.USD);
    if (exact.compareTo(MAX) > 0) {
      assertThatThrownBy(() -> x.plus(y)).isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(BigInteger.valueOf(x.plus(y).minorUnits())).isEqualTo(exact);
      assertThat(x.plus(y)).isEqualTo(y.plus(x));
    }
  }

  @Property(tries = 1000)
  void timesIsExactOrThrows(@ForAll("units") long a, @ForAll("units") long factor) {
    BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(factor));
    Money x = Money.of(a, Currency.JPY);
    if (exact.compareTo(MAX) > 0) {
      assertThatThrownBy(() -> x.times(factor)).isInstanceOf(ArithmeticException.class);
    } else {
      Money product = x.times(factor);
      assertThat(BigInteger.valueOf(product.minorUnits())).isEqualTo(exact);
      assertThat(product.currency()).isEqualTo(Currency.JPY);
    }
  }

  @Property(tries = 1000)
  void minusIsExactOrThrows(@ForAll("units") long a, @ForAll("units") long b) {
    Money x = Money.of(a, Currency.EUR);
    Money y = Money.of(b, Currency.EUR);
    if (b > a) {
      assertThatThrownBy(() -> x.minus(y)).isInstanceOf(ArithmeticException.class);
    } else {
      assertThat(x.minus(y).minorUnits()).isEqualTo(a - b);
      assertThat(x.minus(y).plus(y)).isEqualTo(x);
    }
  }

  @Property(tries = 200)
  void negativeFactorsAndOtherCurrenciesAreRefused(@ForAll("units") long a, @ForAll("units") long b) {
    Money x = Money.of(a, Currency.USD);
    assertThatThrownBy(() -> x.times(-1 - (b % 1000))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> x.plus(Money.of(b, Currency.EUR))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> x.minus(Money.of(b, Currency.EUR))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> x.compareTo(Money.of(b, Currency.EUR))).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void majorUnitsRoundTrip(@ForAll("units") long a) {
    for (Currency c : new Currency[] {Currency.USD, Currency.JPY, Currency.of("BHD")}) {
      Money m = Money.of(a, c);
      assertThat(Money.ofMajor(m.toMajor(), c)).isEqualTo(m);
      assertThat(m.toMajor().scale()).isEqualTo(c.exponent());
    }
  }
}
