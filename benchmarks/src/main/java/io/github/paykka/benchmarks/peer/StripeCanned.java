package io.github.paykka.benchmarks.peer;

/** A confirmed, succeeded PaymentIntent as Stripe's API reference shows one: what the loopback server answers. */
final class StripeCanned {
  private StripeCanned() {}

  static final String PAYMENT_INTENT = """
      {
        "id": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
        "object": "payment_intent",
        "amount": 1000,
        "amount_capturable": 0,
        "amount_details": {"tip": {}},
        "amount_received": 1000,
        "application": null,
        "application_fee_amount": null,
        "automatic_payment_methods": {"enabled": true},
        "canceled_at": null,
        "cancellation_reason": null,
        "capture_method": "automatic",
        "client_secret": "pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH",
        "confirmation_method": "automatic",
        "created": 1680800504,
        "currency": "usd",
        "customer": null,
        "description": "Test product",
        "invoice": null,
        "last_payment_error": null,
        "latest_charge": "ch_3MtwBwLkdIwHu7ix2dFnUO1o",
        "livemode": false,
        "metadata": {"order_id": "T174293243204408"},
        "next_action": null,
        "on_behalf_of": null,
        "payment_method": "pm_1MtwBwLkdIwHu7ixs6tbZj5x",
        "payment_method_options": {
          "card": {
            "installments": null,
            "mandate_options": null,
            "network": null,
            "request_three_d_secure": "automatic"
          },
          "link": {"persistent_token": null}
        },
        "payment_method_types": ["card", "link"],
        "processing": null,
        "receipt_email": "shopper@merchant.example",
        "review": null,
        "setup_future_usage": null,
        "shipping": null,
        "source": null,
        "statement_descriptor": null,
        "statement_descriptor_suffix": null,
        "status": "succeeded",
        "transfer_data": null,
        "transfer_group": null
      }
      """;
}
