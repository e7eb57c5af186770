package io.github.paykka.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Test
  void refusesOverlongSlash() {
    assertThat(Utf8.isValid(new byte[] {0x54, (byte) 0xC0, (byte) 0xAF})).isFalse();
  }

  @Test
  void refusesSurrogatesTruncationAndOutOfRange() {
    assertThat(Utf8.isValid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // U+D800
    assertThat(Utf8.isValid(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).isFalse(); // truncated
    assertThat(Utf8.isValid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).isFalse(); // > U+10FFFF
    assertThat(Utf8.isValid(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF})).isFalse(); // overlong 3-byte
    assertThat(Utf8.isValid(new byte[] {(byte) 0xFF})).isFalse();
  }

  @Test
  void acceptsAsciiAndMultiByte() {
    assertThat(Utf8.isValid(new byte[0])).isTrue();
    assertThat(Utf8.isValid("{\"a\":1}".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(Utf8.isValid("é€😀".getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Property
  void everyJavaStringWithoutLoneSurrogatesIsValid(@ForAll String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8); // lone surrogates become '?', so always well-formed
    assertThat(Utf8.isValid(bytes)).isTrue();
  }
}
