package io.github.paykka.wire.message;

/**
 * Marks a message PayKKa sends: the {@code data} of an answer, or a notification body.
 *
 * <p>{@link io.github.paykka.wire.WireCodec} reads these tolerantly (DESIGN.md, "the tolerant reader"): a field of
 * the wrong JSON type or an unparseable value reads as absent ({@code null}) instead of failing the message, so that
 * only the fields the mapper requires (identifiers, {@code status}, {@code amount} and {@code currency}) can make an
 * answer unreadable. Requests, which the merchant sends and the sandbox checks, are read strictly.
 */
public interface SentByPaykka {}
