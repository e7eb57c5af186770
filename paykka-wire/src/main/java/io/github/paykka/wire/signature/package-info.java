/**
 * PayKKa's RSA256 signatures: keys from PEM, a {@link io.github.paykka.wire.signature.Signer} that may live in an HSM,
 * and the one {@link io.github.paykka.wire.signature.SignatureScheme} that knows what is signed.
 *
 * <p>Keys and signatures never appear in {@code toString()}, exception messages or logs.
 */
@NullMarked
package io.github.paykka.wire.signature;

import org.jspecify.annotations.NullMarked;
