package io.github.paykka.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paykka.wire.error.Category;
import io.github.paykka.wire.error.ErrorCatalog;
import io.github.paykka.wire.error.ErrorEntry;
import io.github.paykka.wire.error.Retryability;
import java.io.IOException;
import java.util.Collection;
import org.junit.jupiter.api.Test;

/** {@code docs/errors.md} is the whole error catalog, generated from {@link ErrorCatalog}. */
class ErrorsDocTest {

  @Test
  void errorsPageIsTheCatalog() throws IOException {
    GeneratedDocs.assertUpToDate("errors.md", render(ErrorCatalog.standard()));
  }

  @Test
  void everyCodeOfTheCatalogIsOnThePage() {
    ErrorCatalog catalog = ErrorCatalog.standard();
    String page = render(catalog);
    assertThat(catalog.retCodes()).isNotEmpty();
    for (ErrorEntry entry : catalog.retCodes()) assertThat(page).contains("| `" + entry.code() + "` |");
    for (ErrorEntry entry : catalog.errorCodes()) assertThat(page).contains("| `" + entry.code() + "` |");
  }

  static String render(ErrorCatalog catalog) {
    StringBuilder out = new StringBuilder()
        .append("# Errors\n\n")
        .append("Generated from `io.github.paykka.wire.error.ErrorCatalog` by `ErrorsDocTest`; do not edit by hand.\n\n")
        .append("PayKKa answers every request with an envelope `{\"ret_code\", \"ret_msg\", \"data\"}`. `ret_code` `000000` means\n")
        .append("the request was processed; a processed payment can still have failed, with a transaction `error_code` in\n")
        .append("`data` (or in a notification). The adapters turn both into a `GatewayFailure` that says what to do next:\n\n")
        .append("| `GatewayFailure` | when | what to do |\n| --- | --- | --- |\n")
        .append("| `Rejected` | PayKKa answered with a `ret_code` other than `000000` (a four-digit one is a transaction error code, also in `errorCode()`) | see the code below; `isRetryable()` follows its retryability, `processing()` (`notFound()`, `nothingProcessed()`) its processing |\n")
        .append("| `Declined` | the payment was processed and failed (`status` FAILURE, `error_code`) | a business outcome: ask the shopper for another card |\n")
        .append("| `NotSent` | nothing reached PayKKa (connection refused, circuit open, local rate limit, a proxy answering 407) | safe to retry (after giving the proxy its credentials) |\n")
        .append("| `OutcomeUnknown` | sent, no conclusive answer (timeout, connection closed, 5xx, an answer about another request) | query the reference before anything else; never a decline |\n")
        .append("| `UnknownStatus` | PayKKa answered a `status` this version does not know | neither a success nor a decline: do not fulfil, do not pay again; query later or upgrade |\n")
        .append("| `Invalid` | the domain refused the request before any I/O | fix the fields it names |\n")
        .append("| `Unauthentic` | the answer's signature did not verify (and, for a money-moving call, a signed query could not settle it) | trust nothing in it; `claimedRetCode()` / `claimedRetMsg()` show what it claims; the reason names a proxy, firewall or load balancer when the answer is not PayKKa's format, else check the platform public key; query before repeating |\n\n")
        .append("Every answer is bound to its request: an answer whose ids, `merchant_id` or (initiate, checkout session) amount\n")
        .append("and currency are not those asked for is never a success. `ret_code` carries PayKKa's six-digit system codes and,\n")
        .append("with a non-200 HTTP status, four-digit transaction error codes: both are read through this catalog, and a\n")
        .append("system code and its four-digit twin (`206005` and `1000`, `206003` and `2000`, `206004` and `2001`, ...) mean the\n")
        .append("same refusal. What `2010`-`2014` describe (`mit`, `store_payment_method`, storing a method other than a bank card)\n")
        .append("the domain refuses before any I/O, as `Invalid` naming the code. An unsigned answer is `Unauthentic` whatever it\n")
        .append("claims: a gateway in front of PayKKa may answer unsigned errors, and the sandbox can do so too (testing.md).\n\n")
        .append("Category of a code (who has to act):\n\n");
    for (Category c : Category.values()) out.append("- `").append(c.name()).append("`: ").append(describe(c)).append('\n');
    out.append("\nRetryability of a code:\n\n");
    for (Retryability r : Retryability.values()) out.append("- `").append(r.name()).append("`: ").append(describe(r)).append('\n');
    out.append("\nAn unknown code never crashes anything: it maps to a generic entry that keeps PayKKa's code and message. In\n")
        .append("`ret_code`, an unknown four-digit code is a definite refusal; any other unknown code leaves the outcome unknown\n")
        .append("(a money-moving call is queried before anything is sent again).\n");
    section(out, "System codes (`ret_code`)", catalog.retCodes());
    section(out, "Transaction error codes (`error_code`)", catalog.errorCodes());
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Collection<ErrorEntry> entries) {
    out.append("\n## ").append(title).append("\n\n| code | meaning | category | processing | retry | what to do |\n| --- | --- | --- | --- | --- | --- |\n");
    for (ErrorEntry e : entries) {
      out.append("| `").append(e.code()).append("` | ").append(cell(e.meaning())).append(" | ").append(e.category())
          .append(" | ").append(e.processing())
          .append(" | ").append(e.retryability()).append(" | ").append(cell(e.action())).append(" |\n");
    }
  }

  private static String describe(Category c) {
    return switch (c) {
      case SUCCESS -> "the request succeeded";
      case DECLINE -> "the shopper's card or account was refused: ask for another card or method";
      case MERCHANT_CONFIGURATION -> "the merchant account is not set up for this: PayKKa or the merchant must change it";
      case BAD_REQUEST -> "the request is wrong (a missing or contradictory field): the integration must change it";
      case SIGNATURE -> "the signature was refused: fix the key, the signed string or the clock";
      case TRANSIENT -> "PayKKa asked to slow down: nothing was processed";
      case NOT_FOUND -> "what the request refers to does not exist";
      case SYSTEM -> "PayKKa failed and cannot say whether it processed the request";
      case UNKNOWN -> "not in the catalog: PayKKa's message is all there is";
    };
  }

  private static String describe(Retryability r) {
    return switch (r) {
      case NOT_NEEDED -> "the request succeeded";
      case NEVER -> "repeating cannot help; fix configuration, data or the card first";
      case AFTER_BACKOFF -> "nothing was processed and the cause is transient: repeat after a back-off";
      case WITH_FRESH_SIGNATURE -> "the signature was too old: sign again with a fresh timestamp and repeat";
      case QUERY_FIRST -> "the outcome is unknown: query by reference first; re-send a money-moving call only if PayKKa says the order does not exist";
    };
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
