package io.github.paykka.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.paykka.domain.id.OrderId;
import io.github.paykka.domain.id.RefundTransId;
import io.github.paykka.domain.id.TransId;
import io.github.paykka.domain.money.Currency;
import io.github.paykka.domain.money.Money;
import io.github.paykka.domain.order.Balances;
import io.github.paykka.ports.Operation;
import io.github.paykka.ports.journal.EntryId;
import io.github.paykka.ports.journal.JournalEntry;
import io.github.paykka.ports.journal.JournalIntent;
import io.github.paykka.ports.journal.JournalOutcome;
import io.github.paykka.ports.journal.PaymentJournal;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PaymentJournal} in PostgreSQL, shared by every instance of an application: table {@code paykka_journal}
 * (see {@link PaykkaSchema}).
 *
 * <p>{@link #recordIntent} is one committed insert: when it returns, the intent survives a crash of this process.
 * {@link #recordOutcome} is one conditional update: the first outcome stands, whichever instance records it. Entry
 * ids come from an identity column. Times are stored to the microsecond. Nothing runs in the background: call
 * {@link #purgeResolvedBefore} from your scheduler to delete old resolved entries; unresolved entries are never
 * deleted. Thread-safe; a database failure is thrown as {@link JdbcStoreException}.
 */
public final class JdbcPaymentJournal implements PaymentJournal {
  private static final int PURGE_BATCH = 10_000;
  private static final String COLUMNS = "entry_id, operation, reference, original_order_id, amount, currency, "
      + "capture_final, before_authed, before_captured, before_voided, before_refunded, request_digest, recorded_at, "
      + "outcome, outcome_source, outcome_at, paykka_reference, paykka_status, outcome_reason";
  private static final String INSERT = "INSERT INTO paykka_journal (operation, reference, original_order_id, amount, "
      + "currency, capture_final, before_authed, before_captured, before_voided, before_refunded, request_digest, "
      + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String OUTCOME = "UPDATE paykka_journal SET outcome = ?, outcome_source = ?, outcome_at = ?, "
      + "paykka_reference = ?, paykka_status = ?, outcome_reason = ? WHERE entry_id = ? AND outcome IS NULL";
  private static final String FIND = "SELECT " + COLUMNS + " FROM paykka_journal WHERE entry_id = ?";
  private static final String UNRESOLVED = "SELECT " + COLUMNS + " FROM paykka_journal "
      + "WHERE outcome IS NULL AND recorded_at < ? AND entry_id > ? ORDER BY entry_id LIMIT ?";
  private static final String BY_REFERENCE =
      "SELECT " + COLUMNS + " FROM paykka_journal WHERE reference = ? ORDER BY entry_id";
  private static final String PURGE = "DELETE FROM paykka_journal WHERE entry_id IN (SELECT entry_id FROM "
      + "paykka_journal WHERE outcome IS NOT NULL AND recorded_at < ? LIMIT " + PURGE_BATCH + ")";

  private final DataSource dataSource;

  private JdbcPaymentJournal(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A journal over {@code dataSource}, the application's pool. It does not touch the database. */
  public static JdbcPaymentJournal create(DataSource dataSource) {
    return new JdbcPaymentJournal(requireNonNull(dataSource, "dataSource == null"));
  }

  /** @throws JdbcStoreException if the database failed: do not send the call */
  @Override
  public EntryId recordIntent(JournalIntent intent) {
    requireNonNull(intent, "intent == null");
    return Jdbc.run(dataSource, "paykka_journal recordIntent", c -> {
      try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"entry_id"})) {
        bindIntent(ps, intent);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          if (!keys.next()) throw new SQLException("no entry_id generated", "22000");
          return EntryId.of(keys.getLong(1));
        }
      }
    });
  }

  /** @throws JdbcStoreException if the database failed (the entry stays open) */
  @Override
  public JournalOutcome recordOutcome(EntryId id, JournalOutcome outcome) {
    requireNonNull(id, "id == null");
    requireNonNull(outcome, "outcome == null");
    return Jdbc.run(dataSource, "paykka_journal recordOutcome", c -> {
      try (PreparedStatement ps = c.prepareStatement(OUTCOME)) {
        bindOutcome(ps, outcome);
        ps.setLong(7, id.value());
        if (ps.executeUpdate() == 1) return outcome;
      }
      JournalEntry existing = find(c, id);
      if (existing == null) throw new NoSuchElementException("no journal entry " + id);
      // the update found an outcome already there: the first one stands
      return existing.outcome().getOrElseThrow(() -> new SQLException("entry " + id + " changed under us", "40001"));
    });
  }

  @Override
  public Option<JournalEntry> find(EntryId id) {
    requireNonNull(id, "id == null");
    return Option.of(Jdbc.run(dataSource, "paykka_journal find", c -> find(c, id)));
  }

  @Override
  public List<JournalEntry> unresolved(Instant recordedBefore, Option<EntryId> after, int limit) {
    requireNonNull(recordedBefore, "recordedBefore == null");
    requireNonNull(after, "after == null");
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    return Jdbc.run(dataSource, "paykka_journal unresolved", c -> {
      try (PreparedStatement ps = c.prepareStatement(UNRESOLVED)) {
        ps.setObject(1, Jdbc.timestamp(recordedBefore));
        ps.setLong(2, after.map(EntryId::value).getOrElse(0L));
        ps.setInt(3, limit);
        return list(ps);
      }
    });
  }

  @Override
  public List<JournalEntry> entriesFor(String reference) {
    requireNonNull(reference, "reference == null");
    return Jdbc.run(dataSource, "paykka_journal entriesFor", c -> {
      try (PreparedStatement ps = c.prepareStatement(BY_REFERENCE)) {
        ps.setString(1, reference);
        return list(ps);
      }
    });
  }

  /**
   * Deletes resolved entries whose intent was recorded before {@code cutoff}, in batches of 10,000; unresolved
   * entries stay whatever their age. Keep entries at least as long as you may need to answer a question about a
   * payment (your books' retention), and always longer than PayKKa may still report on them.
   *
   * @return how many entries were deleted
   * @throws JdbcStoreException if the database failed (the batches deleted before stay deleted)
   */
  public long purgeResolvedBefore(Instant cutoff) {
    requireNonNull(cutoff, "cutoff == null");
    return Jdbc.purge(dataSource, "paykka_journal purge", PURGE, cutoff, PURGE_BATCH);
  }

  @Override
  public String toString() {
    return "JdbcPaymentJournal[paykka_journal]";
  }

  private static @Nullable JournalEntry find(Connection c, EntryId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(FIND)) {
      ps.setLong(1, id.value());
      List<JournalEntry> found = list(ps);
      return found.isEmpty() ? null : found.get(0);
    }
  }

  private static List<JournalEntry> list(PreparedStatement ps) throws SQLException {
    List<JournalEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(entry(rs));
    }
    return List.copyOf(out);
  }

  private static void bindIntent(PreparedStatement ps, JournalIntent intent) throws SQLException {
    ps.setString(1, intent.operation().name());
    ps.setString(2, intent.reference());
    ps.setNull(3, Types.VARCHAR);
    ps.setNull(4, Types.BIGINT);
    ps.setNull(6, Types.BOOLEAN);
    for (int i = 7; i <= 10; i++) ps.setNull(i, Types.BIGINT);
    ps.setString(11, intent.requestDigest());
    ps.setObject(12, Jdbc.timestamp(intent.recordedAt()));
    if (intent instanceof JournalIntent.Initiate i) {
      money(ps, i.amount());
    } else if (intent instanceof JournalIntent.CreateCheckout s) {
      money(ps, s.amount());
    } else if (intent instanceof JournalIntent.RefundPayment r) {
      ps.setString(3, r.originalOrderId().value());
      money(ps, r.amount());
    } else if (intent instanceof JournalIntent.Capture c) {
      money(ps, c.amount());
      ps.setBoolean(6, c.isFinal());
      balances(ps, c.before());
    } else {
      JournalIntent.VoidPayment v = (JournalIntent.VoidPayment) intent;
      ps.setString(5, v.before().currency().code());
      balances(ps, v.before());
    }
  }

  private static void money(PreparedStatement ps, Money amount) throws SQLException {
    ps.setLong(4, amount.minorUnits());
    ps.setString(5, amount.currency().code());
  }

  private static void balances(PreparedStatement ps, Balances b) throws SQLException {
    ps.setLong(7, b.authed().minorUnits());
    ps.setLong(8, b.captured().minorUnits());
    ps.setLong(9, b.voided().minorUnits());
    ps.setLong(10, b.refunded().minorUnits());
  }

  private static void bindOutcome(PreparedStatement ps, JournalOutcome outcome) throws SQLException {
    ps.setString(2, outcome.source().name());
    ps.setObject(3, Jdbc.timestamp(outcome.at()));
    if (outcome instanceof JournalOutcome.Happened h) {
      ps.setString(1, "HAPPENED");
      ps.setString(4, h.paykkaReference().getOrNull());
      ps.setString(5, h.status().getOrNull());
      ps.setNull(6, Types.VARCHAR);
    } else {
      ps.setString(1, "NEVER_HAPPENED");
      ps.setNull(4, Types.VARCHAR);
      ps.setNull(5, Types.VARCHAR);
      ps.setString(6, ((JournalOutcome.NeverHappened) outcome).reason());
    }
  }

  private static JournalEntry entry(ResultSet rs) throws SQLException {
    EntryId id = EntryId.of(rs.getLong("entry_id"));
    try {
      return new JournalEntry(id, intent(rs), outcome(rs));
    } catch (IllegalArgumentException e) {
      // a row this version cannot read (edited by hand, or written by a later version)
      throw new SQLException("journal entry " + id + " is not readable: " + e.getMessage(), "22000", e);
    }
  }

  private static JournalIntent intent(ResultSet rs) throws SQLException {
    Operation operation = Operation.valueOf(rs.getString("operation"));
    String reference = rs.getString("reference");
    Currency currency = Currency.of(rs.getString("currency").strip());
    String digest = rs.getString("request_digest");
    Instant at = Jdbc.requiredInstant(rs, "recorded_at");
    return switch (operation) {
      case INITIATE -> new JournalIntent.Initiate(TransId.of(reference), amount(rs, currency), digest, at);
      case CHECKOUT_CREATE -> new JournalIntent.CreateCheckout(TransId.of(reference), amount(rs, currency), digest, at);
      case REFUND -> new JournalIntent.RefundPayment(RefundTransId.of(reference),
          OrderId.of(required(rs.getString("original_order_id"), "original_order_id")), amount(rs, currency), digest,
          at);
      case CAPTURE -> new JournalIntent.Capture(OrderId.of(reference), amount(rs, currency),
          required(rs.getObject("capture_final", Boolean.class), "capture_final"), balances(rs, currency), digest, at);
      case VOID -> new JournalIntent.VoidPayment(OrderId.of(reference), balances(rs, currency), digest, at);
      // the table's CHECK admits only the five above
      default -> throw new IllegalArgumentException("operation " + operation + " moves no money");
    };
  }

  private static Option<JournalOutcome> outcome(ResultSet rs) throws SQLException {
    String outcome = rs.getString("outcome");
    if (outcome == null) return Option.none();
    Instant at = Jdbc.requiredInstant(rs, "outcome_at");
    JournalOutcome.Source source = JournalOutcome.Source.valueOf(rs.getString("outcome_source"));
    if (outcome.equals("HAPPENED")) {
      return Option.some(JournalOutcome.happened(at, source, Option.of(rs.getString("paykka_reference")),
          Option.of(rs.getString("paykka_status"))));
    }
    String reason = rs.getString("outcome_reason");
    return Option.some(JournalOutcome.neverHappened(at, source, reason == null ? "" : reason));
  }

  private static Money amount(ResultSet rs, Currency currency) throws SQLException {
    return Money.of(required(rs.getObject("amount", Long.class), "amount"), currency);
  }

  private static Balances balances(ResultSet rs, Currency currency) throws SQLException {
    return new Balances(
        Money.of(required(rs.getObject("before_authed", Long.class), "before_authed"), currency),
        Money.of(required(rs.getObject("before_captured", Long.class), "before_captured"), currency),
        Money.of(required(rs.getObject("before_voided", Long.class), "before_voided"), currency),
        Money.of(required(rs.getObject("before_refunded", Long.class), "before_refunded"), currency));
  }

  private static <T> T required(@Nullable T value, String column) throws SQLException {
    if (value == null) throw new SQLException(column + " is null", "22004");
    return value;
  }
}
