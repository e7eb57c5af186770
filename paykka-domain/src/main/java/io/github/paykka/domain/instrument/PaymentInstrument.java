package io.github.paykka.domain.instrument;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.CardToken;
import io.github.paykka.domain.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * How the customer pays: one of PayKKa's forms of {@code payment}. Secrets never print.
 *
 * <ul>
 *   <li>{@link PlainCard}: {@code card_no}, expiry and CVV in the clear (the merchant needs PCI DSS);
 *   <li>{@link EncryptedCard}: the fields of PayKKa's Encrypted Card component;
 *   <li>{@link SavedCard}: a stored {@code token};
 *   <li>{@link WalletToken}: Apple Pay / Google Pay, the wallet's opaque {@code token_data};
 *   <li>{@link WalletCard}: Apple Pay / Google Pay, decrypted by the merchant, with {@code token_authentication};
 *   <li>{@link AlternativeMethod}: the other methods, which need no card data.
 * </ul>
 */
public sealed interface PaymentInstrument {

  /** The {@code payment_method} this instrument is sent as. */
  PaymentMethod paymentMethod();

  /** A card in the clear. */
  record PlainCard(CardNumber number, CardExpiry expiry, Cvv cvv) implements PaymentInstrument {
    public PlainCard {
      requireNonNull(number, "number == null");
      requireNonNull(expiry, "expiry == null");
      requireNonNull(cvv, "cvv == null");
    }

    @Override
    public PaymentMethod paymentMethod() {
      return PaymentMethod.BANKCARD;
    }
  }

  /**
   * A card encrypted by PayKKa's Encrypted Card component; all four values are opaque and never print.
   */
  record EncryptedCard(String encryptedCardNo, String encryptedExpYear, String encryptedExpMonth, String encryptedCvv)
      implements PaymentInstrument {
    public EncryptedCard {
      requireNonNull(encryptedCardNo, "encryptedCardNo == null");
      requireNonNull(encryptedExpYear, "encryptedExpYear == null");
      requireNonNull(encryptedExpMonth, "encryptedExpMonth == null");
      requireNonNull(encryptedCvv, "encryptedCvv == null");
    }

    @Override
    public PaymentMethod paymentMethod() {
      return PaymentMethod.BANKCARD;
    }

    @Override
    public String toString() {
      return "EncryptedCard[***]";
    }
  }

  /** A payment method stored earlier ({@code payment.token}). */
  record SavedCard(CardToken token) implements PaymentInstrument {
    public SavedCard {
      requireNonNull(token, "token == null");
    }

    @Override
    public PaymentMethod paymentMethod() {
      return PaymentMethod.BANKCARD;
    }
  }

  /** The wallet's payment token as its SDK produced it ({@code payment.token_data}), for PayKKa to decrypt. */
  record WalletToken(Wallet wallet, String tokenData) implements PaymentInstrument {
    public WalletToken {
      requireNonNull(wallet, "wallet == null");
      requireNonNull(tokenData, "tokenData == null");
    }

    @Override
    public PaymentMethod paymentMethod() {
      return wallet.paymentMethod();
    }

    @Override
    public String toString() {
      return "WalletToken[wallet=" + wallet + ", tokenData=***]";
    }
  }

  /** A wallet payment the merchant decrypted: the device card and its cryptogram. */
  record WalletCard(
      Wallet wallet, CardNumber number, CardExpiry expiry, @Nullable Cvv cvv, TokenAuthentication authentication)
      implements PaymentInstrument {
    public WalletCard {
      requireNonNull(wallet, "wallet == null");
      requireNonNull(number, "number == null");
      requireNonNull(expiry, "expiry == null");
      requireNonNull(authentication, "authentication == null");
    }

    @Override
    public PaymentMethod paymentMethod() {
      return wallet.paymentMethod();
    }
  }

  /** A method without card data, such as SEPA or iDEAL. */
  record AlternativeMethod(PaymentMethod method) implements PaymentInstrument {
    /** @throws IllegalArgumentException for {@code BANKCARD} and the card wallets, which need card data */
    public AlternativeMethod {
      requireNonNull(method, "method == null");
      if (method == PaymentMethod.BANKCARD || method.isCardWallet()) {
        throw InvalidValueException.of("payment_method", method + " needs card data: use a card or wallet instrument");
      }
    }

    @Override
    public PaymentMethod paymentMethod() {
      return method;
    }
  }
}
