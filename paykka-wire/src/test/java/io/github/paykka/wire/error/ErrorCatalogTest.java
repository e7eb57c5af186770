package io.github.paykka.wire.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ErrorCatalogTest {
  private final ErrorCatalog catalog = ErrorCatalog.standard();

  @Test
  void everyCodeOfTheFactsIsKnown() {
    List<String> retCodes = List.of("000000", "999999", "010000", "010001", "010002", "010003", "010004", "010005",
        "010100", "010200", "206001", "206002", "206003", "206004", "206005", "206006", "206007", "206008", "206011",
        "206017", "206020", "206021", "206022", "206024", "210001", "210002", "210003", "210004");
    for (String c : retCodes) assertThat(catalog.lookup(c).known()).as(c).isTrue();
    for (int c = 1000; c <= 1022; c++) assertThat(catalog.lookup(Integer.toString(c)).known()).isTrue();
    for (int c = 2000; c <= 2017; c++) assertThat(catalog.lookup(Integer.toString(c)).known()).isTrue();
    assertThat(catalog.lookup("0000").retryability()).isEqualTo(Retryability.NOT_NEEDED);
    assertThat(catalog.lookup("2099").meaning()).isEqualTo("Invalid card");
    assertThat(catalog.lookup("2015").meaning()).contains("Recurring agreement does not exist");
  }

  @Test
  void retryabilityIsDecidedPerCode() {
    assertThat(catalog.lookup("010001").retryability()).isEqualTo(Retryability.AFTER_BACKOFF);
    assertThat(catalog.lookup("206003").retryability()).isEqualTo(Retryability.NEVER);
    assertThat(catalog.lookup("206004").retryability()).isEqualTo(Retryability.WITH_FRESH_SIGNATURE);
    assertThat(catalog.lookup("999999").retryability()).isEqualTo(Retryability.QUERY_FIRST);
    assertThat(catalog.lookup("999999").outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void orderNotFoundAndNothingProcessedAreClassified() {
    assertThat(catalog.isOrderNotFound("206024")).isTrue();
    assertThat(catalog.isOrderNotFound("010002")).isTrue();
    assertThat(catalog.isOrderNotFound("206011")).isFalse();
    assertThat(catalog.isOrderNotFound("999999")).isFalse();
    for (String c : List.of("206002", "206003", "206004", "010000", "010001")) {
      assertThat(catalog.isNothingProcessed(c)).as(c).isTrue();
    }
    assertThat(catalog.isNothingProcessed("999999")).isFalse();
    assertThat(catalog.isNothingProcessed("000000")).isFalse();
    assertThat(catalog.isNothingProcessed("123456")).isFalse();
  }

  @Property(tries = 500)
  void lookupNeverFailsAndKeepsTheRawCode(@ForAll String code, @ForAll String message) {
    ErrorEntry e = catalog.lookup(code, message);
    assertThat(e.code()).isEqualTo(code);
    if (!e.known()) {
      assertThat(e.meaning()).isEqualTo(message.isBlank() ? e.meaning() : message);
      if (e.kind() == CodeKind.RET_CODE) assertThat(e.retryability()).isEqualTo(Retryability.QUERY_FIRST);
    }
  }
}
