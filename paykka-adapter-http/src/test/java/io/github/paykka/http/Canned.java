package io.github.paykka.http;

/** Canned PayKKa answers in the seeds' shapes, for {@link LoopbackServer} handlers to sign or not. */
final class Canned {
  private Canned() {}

  /** A {@code 000000} payment answer (initiate or query) in USD, captured in full when SUCCESS. */
  static String payment(String merchantId, String transId, String orderId, long amount, String status) {
    long captured = status.equals("SUCCESS") ? amount : 0;
    return "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"data\":{\"merchant_id\":\"" + merchantId
        + "\",\"trans_id\":\"" + transId + "\",\"order_id\":\"" + orderId + "\",\"status\":\"" + status
        + "\",\"authorisation_type\":\"FINAL_AUTH\",\"capture_method\":\"AUTOMATIC\",\"amount\":" + amount
        + ",\"currency\":\"USD\",\"balances\":{\"authed_amount\":" + captured + ",\"captured_amount\":" + captured
        + ",\"voided_amount\":0,\"refunded_amount\":0}}}";
  }

  static String payment(String transId, String orderId, long amount, String status) {
    return payment(SandboxFixture.MERCHANT_ID, transId, orderId, amount, status);
  }

  /** A {@code 000000} refund answer, with both amount spellings (the published {@code amount}, ours). */
  static String refund(String refundTransId, String refundOrderId, String originalOrderId, long amount) {
    return "{\"ret_code\":\"000000\",\"ret_msg\":\"Success\",\"data\":{\"merchant_id\":\"" + SandboxFixture.MERCHANT_ID
        + "\",\"refund_trans_id\":\"" + refundTransId + "\",\"refund_order_id\":\"" + refundOrderId
        + "\",\"ori_order_id\":\"" + originalOrderId + "\",\"order_id\":\"" + originalOrderId
        + "\",\"status\":\"SUCCESS\",\"amount\":" + amount + ",\"refund_amount\":" + amount + ",\"currency\":\"USD\"}}";
  }

  /** An envelope without data. */
  static String error(String retCode, String retMsg) {
    return "{\"ret_code\":\"" + retCode + "\",\"ret_msg\":\"" + retMsg + "\"}";
  }
}
