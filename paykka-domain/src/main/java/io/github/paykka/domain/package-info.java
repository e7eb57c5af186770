/**
 * paykka-java's pure domain: money, identifiers, instruments, requests and the state machines of orders,
 * refunds, tokens, recurring agreements and checkout sessions. No I/O, no clock reads, no randomness.
 */
@NullMarked
package io.github.paykka.domain;

import org.jspecify.annotations.NullMarked;
