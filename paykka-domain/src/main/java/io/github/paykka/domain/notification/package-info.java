/** What PayKKa notifies: payment and refund notifications, as domain values. */
@NullMarked
package io.github.paykka.domain.notification;

import org.jspecify.annotations.NullMarked;
