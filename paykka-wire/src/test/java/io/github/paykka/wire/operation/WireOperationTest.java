package io.github.paykka.wire.operation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.ports.Operation;
import io.github.paykka.wire.WireCodec;
import io.github.paykka.wire.message.ApplePaySessionRespDto;
import io.github.paykka.wire.message.PaymentsRespDto;
import io.github.paykka.wire.message.QueryTokenRespDto;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WireOperationTest {
  private final WireCodec codec = WireCodec.create();

  @Test
  void everyOperationHasExactlyOneRowAndEveryPathOneOperation() {
    assertThat(WireOperation.all()).extracting(WireOperation::operation).containsExactly(Operation.values());
    Set<String> paths = WireOperation.all().stream().map(WireOperation::path).collect(Collectors.toSet());
    assertThat(paths).hasSize(Operation.values().length);
    for (Operation o : Operation.values()) {
      WireOperation<?, ?> row = WireOperation.of(o);
      assertThat(row.operation()).isEqualTo(o);
      assertThat(WireOperation.ofPath(row.path())).containsExactly(row);
      assertThat(WireOperation.ofPath("/" + row.path())).containsExactly(row);
    }
    assertThat(WireOperation.ofPath("payments/unknown")).isEmpty();
  }

  @Test
  void exactlyTheFiveMoneyMovingOperationsQueryBeforeResending() {
    Set<Operation> moving = WireOperation.all().stream().filter(WireOperation::movesMoney)
        .map(WireOperation::operation).collect(Collectors.toSet());
    assertThat(moving).isEqualTo(EnumSet.of(Operation.INITIATE, Operation.CAPTURE, Operation.VOID, Operation.REFUND,
        Operation.CHECKOUT_CREATE));
    assertThat(WireOperation.TOKEN_REMOVE.repeatPolicy()).isEqualTo(RepeatPolicy.NEVER_AFTER_AMBIGUITY);
    assertThat(WireOperation.RECURRING_CANCEL.repeatPolicy()).isEqualTo(RepeatPolicy.NEVER_AFTER_AMBIGUITY);
    assertThat(WireOperation.APPLE_PAY_SESSION.repeatPolicy()).isEqualTo(RepeatPolicy.REPEAT);
  }

  @Test
  void answersDecodeAsTheRowSays() {
    var initiate = WireOperation.INITIATE.decodeAnswer(codec,
        "{\"ret_code\":\"000000\",\"ret_msg\":\"ok\",\"data\":{\"trans_id\":\"T1\",\"status\":\"SUCCESS\"}}"
            .getBytes(UTF_8));
    assertThat(initiate.get().data()).isInstanceOf(PaymentsRespDto.class);
    var tokens = WireOperation.TOKEN_LIST.decodeAnswer(codec,
        "{\"ret_code\":\"000000\",\"data\":[{\"token\":\"tk1\"}]}".getBytes(UTF_8));
    List<QueryTokenRespDto> items = tokens.get().data();
    assertThat(items).hasSize(1);
    var capture = WireOperation.CAPTURE.decodeAnswer(codec,
        "{\"ret_code\":\"000000\",\"data\":{\"order_id\":\"GW1\"}}".getBytes(UTF_8));
    assertThat(capture.get().data().get("order_id").asText()).isEqualTo("GW1");
    // Apple's merchant session may come bare, without PayKKa's envelope
    var bare = WireOperation.APPLE_PAY_SESSION.decodeAnswer(codec, "\"opaque-session\"".getBytes(UTF_8));
    ApplePaySessionRespDto session = bare.get().data();
    assertThat(bare.get().isSuccess()).isTrue();
    assertThat(session.merchantSession().asText()).isEqualTo("opaque-session");
    var enveloped = WireOperation.APPLE_PAY_SESSION.decodeAnswer(codec,
        "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"data\":{\"a\":1}}".getBytes(UTF_8));
    assertThat(enveloped.get().data().json()).isEqualTo("{\"a\":1}");
    var refused = WireOperation.APPLE_PAY_SESSION.decodeAnswer(codec,
        "{\"ret_code\":\"010000\",\"ret_msg\":\"bad domain\"}".getBytes(UTF_8));
    assertThat(refused.get().isSuccess()).isFalse();
    assertThat(WireOperation.APPLE_PAY_SESSION.decodeAnswer(codec, "\"unterminated".getBytes(UTF_8)).isLeft()).isTrue();
    assertThat(WireOperation.QUERY.decodeAnswer(codec, "not json".getBytes(UTF_8)).isLeft()).isTrue();
  }
}
