/**
 * Shared, durable state on PostgreSQL over plain JDBC: {@link io.github.paykka.jdbc.JdbcNotificationInbox} (the
 * notification inbox every instance of an application shares), {@link io.github.paykka.jdbc.JdbcPaymentJournal} (the
 * payment journal) and {@link io.github.paykka.jdbc.PaykkaSchema} (their tables). The application hands in its
 * {@link javax.sql.DataSource}; nothing here starts a thread.
 */
@NullMarked
package io.github.paykka.jdbc;

import org.jspecify.annotations.NullMarked;
