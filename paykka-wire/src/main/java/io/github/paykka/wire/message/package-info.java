/**
 * PayKKa v1.2 messages: one immutable record per request and response body, named after PayKKa's own schema names
 * (seed 002) so that they can be traced to PayKKa's documentation.
 *
 * <p>Every field is nullable: PayKKa omits nulls and promises to add fields, and the codec leaves validation to the
 * domain. A field of an enumerated value ({@code status}, {@code payment_method}, {@code notify_type}, ...) holds the
 * wire text as sent: the one table of spellings lives, package-private, beside the mapper
 * ({@code io.github.paykka.wire.mapping}), which writes and reads them, so that each enum name a user imports (the
 * domain's {@code OrderStatus}, {@code PaymentMethod}, ...) exists once. Records holding card data override
 * {@code toString()} so that no card number, CVV, encrypted field, wallet token or cryptogram is ever printed.
 */
@NullMarked
package io.github.paykka.wire.message;

import org.jspecify.annotations.NullMarked;
