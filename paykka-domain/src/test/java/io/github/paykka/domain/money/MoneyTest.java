package io.github.paykka.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void edgesOfTheRange() {
    Money max = Money.of(Long.MAX_VALUE, Currency.USD);
    assertThatThrownBy(() -> max.plus(Money.of(1, Currency.USD))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThat(max.times(1)).isEqualTo(max);
    assertThat(max.times(0)).isEqualTo(Money.zero(Currency.USD));
    assertThatThrownBy(() -> Money.of(-1, Currency.USD)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void majorUnitsFollowTheExponent() {
    assertThat(Money.ofMajor(new BigDecimal("12.50"), Currency.USD).minorUnits()).isEqualTo(1250);
    assertThat(Money.ofMajor(new BigDecimal("1250"), Currency.JPY).minorUnits()).isEqualTo(1250);
    assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("12.5"), Currency.JPY)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("0.001"), Currency.USD)).isInstanceOf(ArithmeticException.class);
    assertThat(Money.of(1250, Currency.USD)).hasToString("USD 12.50");
    assertThat(Money.of(1250, Currency.JPY)).hasToString("JPY 1250");
  }

  @Test
  void minMaxAndComparisons() {
    Money one = Money.of(1, Currency.EUR);
    Money two = Money.of(2, Currency.EUR);
    assertThat(one.max(two)).isEqualTo(two);
    assertThat(one.min(two)).isEqualTo(one);
    assertThat(two.isGreaterThan(one)).isTrue();
    assertThat(one.isGreaterThan(one)).isFalse();
    assertThat(Money.zero(Currency.EUR).isZero()).isTrue();
    assertThat(one.isPositive()).isTrue();
    assertThat(one.isSameCurrency(Money.of(1, Currency.USD))).isFalse();
  }
}
