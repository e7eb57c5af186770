package io.github.paykka.wire.signature;

/**
 * A response whose signature verified.
 *
 * @param keyIndex the index, in the list given to the verifier, of the key that verified
 */
public record VerifiedResponse(int keyIndex) {}
