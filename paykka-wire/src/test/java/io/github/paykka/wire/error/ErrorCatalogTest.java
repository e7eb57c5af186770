package io.github.paykka.wire.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.Processing;
import io.vavr.control.Option;
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
  void aRefusalCarriesWhatTheCatalogSaysOfItsCode() {
    for (ErrorEntry entry : catalog.retCodes()) {
      if (entry.code().equals(RetCode.SUCCESS)) continue;
      GatewayFailure.Rejected r = catalog.rejected(Operation.QUERY, "T1", 2, entry.code(), Option.none(), null, 400);
      assertThat(r.processing()).as(entry.code()).isEqualTo(entry.processing());
      assertThat(r.retMsg()).as(entry.code()).isEqualTo(entry.meaning());
      assertThat(r.errorCode()).as(entry.code()).isEmpty();
      assertThat(r.isRetryable()).as(entry.code()).isEqualTo(entry.retryability() == Retryability.AFTER_BACKOFF
          || entry.retryability() == Retryability.WITH_FRESH_SIGNATURE);
      assertThat(r).extracting(GatewayFailure::operation, GatewayFailure::reference, GatewayFailure::attempts,
          GatewayFailure.Rejected::httpStatus).containsExactly(Operation.QUERY, "T1", 2, 400);
    }
    assertThat(catalog.rejected(Operation.QUERY, "T1", 1, RetCode.ORDER_NOT_FOUND, Option.none(), "no", 200)
        .notFound()).isTrue();
    assertThat(catalog.rejected(Operation.REFUND, "R1", 1, RetCode.INVALID_STATE, Option.none(), "no", 200))
        .matches(GatewayFailure.Rejected::nothingProcessed).matches(r -> !r.notFound());
    // a four-digit code in ret_code is its own error code; one given beside the ret_code is kept
    assertThat(catalog.rejected(Operation.INITIATE, "T1", 1, ErrorCode.MERCHANT_DISABLED, Option.none(), "off", 401)
        .errorCode()).contains(ErrorCode.MERCHANT_DISABLED);
    assertThat(catalog.rejected(Operation.INITIATE, "T1", 1, RetCode.INVALID_REQUEST,
        Option.some(ErrorCode.AGREEMENT_NOT_FOUND), "PayKKa's words", 200))
        .matches(r -> r.errorCode().contains(ErrorCode.AGREEMENT_NOT_FOUND) && r.retMsg().equals("PayKKa's words"));
    // an unknown code: PayKKa may have processed it, so nothing says it did not
    assertThat(catalog.rejected(Operation.CAPTURE, "GW1", 1, "777777", Option.none(), "?", 200).nothingProcessed())
        .isFalse();
  }

  @Test
  void aFourDigitTwinMeansWhatItsSystemCodeMeans() {
    int twins = 0;
    for (ErrorEntry entry : catalog.retCodes()) {
      Option<String> twin = catalog.fourDigitTwin(entry.code());
      if (twin.isEmpty()) continue;
      twins++;
      ErrorEntry four = catalog.errorCode(twin.get(), null);
      assertThat(four.known()).as(twin.get()).isTrue();
      assertThat(four.category()).as(entry.code() + " / " + twin.get()).isEqualTo(entry.category());
      assertThat(four.processing()).as(entry.code() + " / " + twin.get()).isEqualTo(entry.processing());
      assertThat(four.retryability()).as(entry.code() + " / " + twin.get()).isEqualTo(entry.retryability());
    }
    assertThat(twins).isEqualTo(6);
    assertThat(catalog.fourDigitTwin(RetCode.SIGNATURE_ERROR)).contains(ErrorCode.SIGNATURE_ERROR);
    assertThat(catalog.fourDigitTwin(RetCode.ORDER_NOT_FOUND)).isEmpty();
  }

  @Test
  void retryabilityIsDecidedPerCode() {
    assertThat(catalog.lookup("010001").retryability()).isEqualTo(Retryability.AFTER_BACKOFF);
    assertThat(catalog.lookup("206003").retryability()).isEqualTo(Retryability.NEVER);
    assertThat(catalog.lookup("206004").retryability()).isEqualTo(Retryability.WITH_FRESH_SIGNATURE);
    assertThat(catalog.lookup("999999").retryability()).isEqualTo(Retryability.QUERY_FIRST);
    assertThat(catalog.lookup("999999").processing()).isEqualTo(Processing.UNKNOWN);
  }

  @Test
  void notFoundAndNothingProcessedAreClassified() {
    for (String c : List.of("206024", "010002", "206011")) {
      assertThat(catalog.lookup(c).processing()).as(c).isEqualTo(Processing.NOT_FOUND);
    }
    for (String c : List.of("206002", "206003", "206004", "010000", "010001")) {
      assertThat(catalog.lookup(c).processing()).as(c).isEqualTo(Processing.NOT_PROCESSED);
    }
    assertThat(catalog.lookup("999999").processing()).isEqualTo(Processing.UNKNOWN);
    assertThat(catalog.lookup("000000").processing()).isEqualTo(Processing.PROCESSED);
    assertThat(catalog.lookup("123456").processing()).isEqualTo(Processing.UNKNOWN);
  }

  @Test
  void everyPublishedTransactionCodeIsNamedAndClassified() {
    for (int c = 1000; c <= 1022; c++) {
      ErrorEntry e = catalog.errorCode(Integer.toString(c), null);
      assertThat(e.known()).as("%s", c).isTrue();
      assertThat(e.meaning()).as("%s", c).doesNotContain("not public");
      assertThat(e.category()).as("%s", c).isIn(Category.MERCHANT_CONFIGURATION, Category.BAD_REQUEST);
      assertThat(e.retryability()).as("%s", c).isEqualTo(Retryability.NEVER);
    }
    for (int c = 2000; c <= 2017; c++) {
      ErrorEntry e = catalog.errorCode(Integer.toString(c), null);
      assertThat(e.known()).as("%s", c).isTrue();
      assertThat(e.meaning()).as("%s", c).doesNotContain("not public");
      assertThat(e.category()).as("%s", c).isNotEqualTo(Category.UNKNOWN);
    }
    assertThat(catalog.errorCode("1004", null).meaning()).containsIgnoringCase("payment method not supported");
    assertThat(catalog.errorCode("1004", null).category()).isEqualTo(Category.MERCHANT_CONFIGURATION);
    assertThat(catalog.errorCode("1017", null).meaning()).containsIgnoringCase("whitelist");
    assertThat(catalog.errorCode("2000", null).category()).isEqualTo(Category.SIGNATURE);
    assertThat(catalog.errorCode("2001", null).retryability()).isEqualTo(Retryability.WITH_FRESH_SIGNATURE);
    assertThat(catalog.errorCode("2006", null).category()).isEqualTo(Category.DECLINE);
    assertThat(catalog.errorCode("2099", null).category()).isEqualTo(Category.DECLINE);
    assertThat(catalog.errorCode("2012", null).meaning()).contains("mit false");
    assertThat(catalog.errorCode("2014", null).meaning()).contains("store_payment_method");
    for (int c = 2008; c <= 2016; c++) {
      assertThat(catalog.errorCode(Integer.toString(c), null).category()).as("%s", c).isEqualTo(Category.BAD_REQUEST);
    }
  }

  @Test
  void everySystemCodeIsClassified() {
    for (ErrorEntry e : catalog.retCodes()) assertThat(e.category()).as(e.code()).isNotEqualTo(Category.UNKNOWN);
    assertThat(catalog.retCode("999999", null).category()).isEqualTo(Category.SYSTEM);
    assertThat(catalog.retCode("010001", null).category()).isEqualTo(Category.TRANSIENT);
    assertThat(catalog.retCode("206024", null).category()).isEqualTo(Category.NOT_FOUND);
    assertThat(catalog.retCode("206003", null).category()).isEqualTo(Category.SIGNATURE);
  }

  @Test
  void aFourDigitRetCodeIsReadThroughTheTransactionCatalogAsADefiniteRefusal() {
    ErrorEntry known = catalog.answer("1004", "Merchant does not support this payment method");
    assertThat(known.known()).isTrue();
    assertThat(known.kind()).isEqualTo(CodeKind.ERROR_CODE);
    assertThat(known.processing()).isNotEqualTo(Processing.UNKNOWN);
    assertThat(known.category()).isEqualTo(Category.MERCHANT_CONFIGURATION);

    ErrorEntry unknown = catalog.answer("2042", "Something new");
    assertThat(unknown.known()).isFalse();
    assertThat(unknown.meaning()).isEqualTo("Something new");
    assertThat(unknown.processing()).isNotEqualTo(Processing.UNKNOWN);
    assertThat(unknown.category()).isEqualTo(Category.UNKNOWN);

    // six digits stay system codes; anything else unknown stays an unknown outcome, to be queried first
    assertThat(catalog.answer("206024", null).processing()).isEqualTo(Processing.NOT_FOUND);
    for (String odd : List.of("0000", "12345", "99999a", "", "１２３４")) {
      assertThat(catalog.answer(odd, "x").retryability()).as("'%s'", odd).isEqualTo(Retryability.QUERY_FIRST);
    }
  }

  @Property(tries = 500)
  void answerNeverFailsAndOnlyFourDigitCodesAreDefiniteWithoutBeingKnown(@ForAll String code, @ForAll String message) {
    ErrorEntry e = catalog.answer(code, message);
    assertThat(e.code()).isEqualTo(code);
    if (!e.known()) {
      boolean transaction = ErrorCatalog.isTransactionCode(code) && !code.equals("0000");
      assertThat(e.processing() == Processing.UNKNOWN).isEqualTo(!transaction);
    }
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
