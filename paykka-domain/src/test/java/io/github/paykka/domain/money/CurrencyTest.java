package io.github.paykka.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {

  @ParameterizedTest
  @CsvSource({"CNY,2", "USD,2", "JPY,0", "RUB,2", "EUR,2", "GBP,2", "HKD,2", "AUD,2", "CAD,2", "INR,2"})
  void theTenCurrenciesOfPaykkaAndTheirExponents(String code, int exponent) {
    Currency currency = Currency.of(code);
    assertThat(currency.exponent()).isEqualTo(exponent);
    assertThat(currency.code()).isEqualTo(code);
    assertThat(currency.isSupportedByPaykka()).isTrue();
    assertThat(Currency.paykkaCurrencies()).contains(currency);
  }

  @Test
  void exactlyTenPaykkaCurrencies() {
    assertThat(Currency.paykkaCurrencies()).hasSize(10);
    assertThat(Currency.JPY.exponent()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"BHD,3", "KWD,3", "CHF,2", "KRW,0", "CLP,0", "SEK,2"})
  void otherIsoCurrenciesKeepTheirIsoExponent(String code, int exponent) {
    Currency currency = Currency.of(code);
    assertThat(currency.exponent()).isEqualTo(exponent);
    assertThat(currency.isSupportedByPaykka()).isFalse();
  }

  @Test
  void lowerCaseIsAcceptedAndEqualityIsByCode() {
    assertThat(Currency.of("usd")).isEqualTo(Currency.USD).isSameAs(Currency.USD);
    assertThat(Currency.of("chf")).isEqualTo(Currency.of("CHF")).hasSameHashCodeAs(Currency.of("CHF"));
    assertThat(Currency.USD).hasToString("USD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "US", "USDD", "U$D", "123", "ZZZ", "XYZ"})
  void unknownOrMalformedCodesAreRefused(String code) {
    assertThat(Currency.parse(code).isLeft()).isTrue();
    assertThatThrownBy(() -> Currency.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesWithoutMinorUnitAreRefused() {
    // XAU (gold) is ISO 4217 but has no minor unit: not money PayKKa could count.
    assertThat(Currency.parse("XAU").getLeft()).contains("no minor unit");
  }
}
