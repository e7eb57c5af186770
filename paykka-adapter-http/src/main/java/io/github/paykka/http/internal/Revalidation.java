package io.github.paykka.http.internal;

import io.github.paykka.domain.id.RecurringAgreementId;
import io.github.paykka.domain.id.ShopperReference;
import io.github.paykka.domain.request.ApplePaySessionRequest;
import io.github.paykka.domain.request.CheckoutSessionRequest;
import io.github.paykka.domain.request.PaymentRequest;
import io.github.paykka.domain.validation.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Runs the domain's own validation again on a request before any I/O: a record can be constructed without its
 * builder, and nothing invalid may reach PayKKa.
 */
final class Revalidation {
  private Revalidation() {}

  static Option<Seq<FieldError>> payment(PaymentRequest r) {
    var p = r.payment();
    PaymentRequest.Builder b = PaymentRequest.builder()
        .paymentType(r.paymentType())
        .captureMethod(r.captureMethod())
        .transId(r.transId())
        .amount(r.amount())
        .notifyUrl(r.notifyUrl())
        .returnUrl(r.returnUrl().getOrNull())
        .instrument(p.instrument())
        .storePaymentMethod(p.storePaymentMethod())
        .tokenUsage(p.tokenUsage().getOrNull())
        .shopperReference(p.shopperReference().map(ShopperReference::value).getOrNull())
        .holderName(p.holderName().getOrNull())
        .holderEmail(p.holderEmail().getOrNull())
        .browser(r.browser().getOrNull())
        .goods(r.goods())
        .bill(r.bill().getOrNull())
        .shipping(r.shipping().getOrNull())
        .customer(r.customer().getOrNull())
        .authentication(r.authentication().getOrNull())
        .amountBreakdown(r.amountBreakdown().getOrNull())
        .recurringAgreementId(r.recurringAgreementId().map(RecurringAgreementId::value).getOrNull())
        .mit(r.mit());
    return b.validate().fold(Option::some, ok -> Option.none());
  }

  static Option<Seq<FieldError>> session(CheckoutSessionRequest r) {
    CheckoutSessionRequest.Builder b = CheckoutSessionRequest.builder()
        .paymentType(r.paymentType())
        .captureMethod(r.captureMethod())
        .transId(r.transId())
        .amount(r.amount())
        .notifyUrl(r.notifyUrl())
        .returnUrl(r.returnUrl())
        .expireTime(r.expireTime().getOrNull())
        .sessionMode(r.sessionMode())
        .displayMerchantName(r.displayMerchantName().getOrNull())
        .displayLocale(r.displayLocale().getOrNull())
        .themeId(r.themeId().getOrNull())
        .bill(r.bill().getOrNull())
        .shipping(r.shipping().getOrNull())
        .customer(r.customer().getOrNull())
        .storePaymentMethod(r.storePaymentMethod())
        .tokenUsage(r.tokenUsage().getOrNull())
        .shopperReference(r.shopperReference().map(ShopperReference::value).getOrNull())
        .authentication(r.authentication().getOrNull())
        .allowedPaymentMethods(r.allowedPaymentMethods())
        .blockedPaymentMethods(r.blockedPaymentMethods());
    r.goods().forEach(b::addGoods);
    return b.validate().fold(Option::some, ok -> Option.none());
  }

  static Option<Seq<FieldError>> applePay(ApplePaySessionRequest r) {
    return ApplePaySessionRequest.of(r.domainName(), r.displayName().getOrNull())
        .fold(Option::some, ok -> Option.none());
  }

}
