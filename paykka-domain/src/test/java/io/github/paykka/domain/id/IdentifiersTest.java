package io.github.paykka.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifiersTest {

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of("MerchantId", 32, (Function<String, Object>) MerchantId::of),
        Arguments.of("TransId", 32, (Function<String, Object>) TransId::of),
        Arguments.of("OrderId", 32, (Function<String, Object>) OrderId::of),
        Arguments.of("SessionId", 32, (Function<String, Object>) SessionId::of),
        Arguments.of("RecurringAgreementId", 32, (Function<String, Object>) RecurringAgreementId::of),
        Arguments.of("RefundTransId", 32, (Function<String, Object>) RefundTransId::of),
        Arguments.of("RefundOrderId", 32, (Function<String, Object>) RefundOrderId::of),
        Arguments.of("ShopperReference", 64, (Function<String, Object>) ShopperReference::of),
        Arguments.of("CardToken", 64, (Function<String, Object>) CardToken::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void lengthsAtTheBoundary(String type, int max, Function<String, Object> of) {
    assertThat(of.apply("x")).hasToString("x");
    assertThat(of.apply("x".repeat(max))).hasToString("x".repeat(max));
    assertThatThrownBy(() -> of.apply("x".repeat(max + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(type).hasMessageContaining("" + max);
  }

  /** Issue 10 #25: the seeds count characters, so an emoji (two Java chars) counts once. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void lengthsAreCountedInCodePoints(String type, int max, Function<String, Object> of) {
    String emoji = "\uD83D\uDE00";
    assertThat(of.apply(emoji.repeat(max))).hasToString(emoji.repeat(max));
    assertThatThrownBy(() -> of.apply(emoji.repeat(max + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was " + (max + 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void blankAndControlCharactersAreRefused(String type, int max, Function<String, Object> of) {
    for (String bad : new String[] {"", " ", "\t", "   "}) {
      assertThatThrownBy(() -> of.apply(bad)).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class);
    }
    for (String bad : new String[] {"T-1\n", "T\u0000", "T\u007f1", "a\rb"}) {
      assertThatThrownBy(() -> of.apply(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("control");
    }
    assertThatThrownBy(() -> of.apply(null)).isInstanceOf(NullPointerException.class).hasMessageContaining(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiers")
  void equalByValue(String type, int max, Function<String, Object> of) {
    assertThat(of.apply("GW200395192979024625")).isEqualTo(of.apply("GW200395192979024625"))
        .isNotEqualTo(of.apply("GW200395192979024626"));
  }
}
