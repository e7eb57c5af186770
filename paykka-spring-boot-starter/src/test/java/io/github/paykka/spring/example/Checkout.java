package io.github.paykka.spring.example;

// region checkout
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.instrument.PaymentInstrument;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.request.Browser;
import io.github.paykka.domain.request.Customer;
import io.github.paykka.domain.request.Goods;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.ports.GatewayFailure;
import io.github.paykka.ports.payment.PaymentGateway;
import io.github.paykka.ports.payment.PaymentResult;
import io.vavr.control.Either;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Takes payments: it injects the port, never the adapter. */
@Service
public class Checkout {
  private final PaymentGateway payments;
  private final String notifyUrl;

  public Checkout(PaymentGateway payments, @Value("${shop.notify-url}") String notifyUrl) {
    this.payments = payments;
    this.notifyUrl = notifyUrl;   // PayKKa posts the notifications of this payment here
  }

  /** Pays for one espresso; the order as PayKKa made it, or why not (declined, not sent ...). */
  public Either<GatewayFailure, PaymentResult> payEspresso(TransId transId, Money price, PaymentInstrument card) {
    PaymentRequest request = PaymentRequest.builder()
        .transId(transId)                                  // your unique reference: one order per trans_id
        .amount(price)
        .instrument(card)
        .notifyUrl(notifyUrl)
        .returnUrl("https://shop.example/checkout/return")
        .browser(Browser.builder().userAgent("Mozilla/5.0").language("en-US").build())
        .customer(Customer.builder().email("shopper@shop.example").build())
        .addGoods(Goods.of("Espresso", "https://shop.example/products/espresso", price.minorUnits(), 1))
        .build();                                          // throws listing every invalid field, before any I/O
    return payments.initiate(request);
  }
}
// endregion
