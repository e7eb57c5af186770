/**
 * The payment journal: a driven port that records the intent of each money-moving call before it is sent and its
 * outcome after, so that a crash between sending and reading the answer is never forgotten; and the
 * {@link io.github.paykka.ports.journal.JournalReconciler} that resolves unfinished intents by asking PayKKa, never
 * by sending again.
 */
@NullMarked
package io.github.paykka.ports.journal;

import org.jspecify.annotations.NullMarked;
