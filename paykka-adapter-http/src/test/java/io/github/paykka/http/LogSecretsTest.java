package io.github.paykka.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.domain.instrument.CardExpiry;
import io.github.paykka.domain.instrument.CardNumber;
import io.github.paykka.domain.instrument.Cvv;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.instrument.TokenAuthentication;
import io.github.paykka.domain.instrument.Wallet;
import io.github.paykka.testkit.TestCard;
import io.github.paykka.testkit.contract.TestRequests;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scans everything the suite logged (slf4j-simple writes to target/paykka-http-test.log, DEBUG bodies included) for
 * card numbers, CVVs, cryptograms and key material. Runs last (junit-platform.properties orders classes), after making
 * calls of its own with every kind of card data, and recording every signature that crossed the wire.
 */
@Order(Integer.MAX_VALUE)
class LogSecretsTest {
  @RegisterExtension static final SandboxFixture SANDBOX = new SandboxFixture();

  private static final String CRYPTOGRAM = "AgAAAAAABk4DWZ4C28yUQAAAAAAsecret=";
  private static final String ENCRYPTED = "adyenjs_0_1_25$encryptedcardsecret";

  @Test
  void nothingLoggedHoldsCardDataKeysOrSignatures() throws IOException {
    Set<String> signatures = ConcurrentHashMap.newKeySet();
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      String sent = chain.request().header("signature");
      if (sent != null) signatures.add(sent);
      Response response = chain.proceed(chain.request());
      String received = response.header("signature");
      if (received != null) signatures.add(received);
      return response;
    }).build();
    try (PaykkaHttpAdapter adapter = SANDBOX.builder().okHttpClient(recording).build()) {
      for (TestCard card : TestCard.values()) adapter.initiate(TestRequests.valid(TestRequests.purchase(card)));
      adapter.initiate(TestRequests.valid(TestRequests.purchase(new PaymentInstrument.WalletCard(Wallet.APPLE_PAY,
          CardNumber.of("4111111111111111"), CardExpiry.of(12, 2031), Cvv.of("987"),
          TokenAuthentication.of(CRYPTOGRAM, "TAVV", "07")))));
      adapter.initiate(TestRequests.valid(TestRequests.purchase(
          new PaymentInstrument.EncryptedCard(ENCRYPTED, ENCRYPTED, ENCRYPTED, ENCRYPTED))));
    } finally {
      recording.dispatcher().executorService().shutdown();
    }

    String log = Files.readString(Path.of("target/paykka-http-test.log"), StandardCharsets.UTF_8);
    assertThat(log).contains("payments.initiate request").contains("\"card_no\":\"***\"");
    for (TestCard card : TestCard.values()) assertThat(log).doesNotContain(card.number());
    assertThat(log).doesNotContain("4111111111111111", CRYPTOGRAM, ENCRYPTED, "BEGIN", "PRIVATE KEY");
    assertThat(Pattern.compile("cvv\\W{1,6}(123|987)").matcher(log).find()).isFalse();
    // any free-standing run of 13 to 19 digits that passes the Luhn check would be a card number
    // (epoch-millisecond timestamps are 13 digits and removed first)
    var runs = Pattern.compile("(?<![0-9A-Za-z])[0-9]{13,19}(?![0-9A-Za-z])")
        .matcher(log.replaceAll("\"timestamp\":[0-9]+", ""));
    long now = System.currentTimeMillis();
    long tenYears = 10L * 365 * 24 * 3600 * 1000;
    while (runs.find()) {
      String digits = runs.group();
      // epoch-millisecond times of other fields (Apple Pay's epochTimestamp, expiresAt) are 13 digits too
      if (digits.length() == 13 && Math.abs(Long.parseLong(digits) - now) < tenYears) continue;
      assertThat(CardNumber.of(digits).passesLuhn()).as("digits %s", digits).isFalse();
    }
    for (String key : List.of(SandboxFixture.MERCHANT_KEYS.privateKeyPem(), SandboxFixture.PLATFORM_KEYS.privateKeyPem(),
        SandboxFixture.MERCHANT_KEYS.publicKeyPem())) {
      for (String line : key.split("\n")) {
        if (line.length() >= 32 && !line.startsWith("-----")) assertThat(log).doesNotContain(line);
      }
    }
    assertThat(signatures).hasSizeGreaterThan(10);
    for (String signature : signatures) {
      assertThat(log).doesNotContain(signature);
      assertThat(log).doesNotContain(URLDecoder.decode(signature, StandardCharsets.UTF_8).substring(0, 40));
    }
  }
}
