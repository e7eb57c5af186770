/**
 * paykka-java's ports. Driven ports (gateways to PayKKa) answer {@code Either<GatewayFailure, T>}, where
 * {@link io.github.paykka.ports.GatewayFailure} says what the caller can do next; driving ports (notification
 * listener, inbox) are what the application provides to the webhook adapter.
 */
@NullMarked
package io.github.paykka.ports;

import org.jspecify.annotations.NullMarked;
