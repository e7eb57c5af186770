-- liquibase formatted sql

-- paykka-adapter-jdbc, schema version 1, PostgreSQL 14+.
-- Flyway: locations = classpath:io/github/paykka/jdbc/postgresql (its own history table, see docs/multiple-instances.md).
-- Liquibase: include this file; the changeset comments below are Liquibase's "formatted SQL".
-- Neither: PaykkaSchema.createSchema(dataSource) runs it once and records version 1 in paykka_schema_version.
-- Plain statements only, each ending with a semicolon at the end of a line: no procedural code.

-- changeset paykka:1-inbox
-- The notification inbox: one row per notification key. A claim is a row with an owner and a lease; a processed
-- notification has processed_at. Rows are removed by JdbcNotificationInbox.purgeExpired().
CREATE TABLE IF NOT EXISTS paykka_inbox (
  dedup_key     TEXT        NOT NULL PRIMARY KEY,
  claim_owner   VARCHAR(64) NOT NULL,
  lease_until   TIMESTAMPTZ NOT NULL,
  processed_at  TIMESTAMPTZ
);

-- What the purge deletes: processed rows past the retention, and claims abandoned longer ago than the retention.
CREATE INDEX IF NOT EXISTS paykka_inbox_expiry ON paykka_inbox ((COALESCE(processed_at, lease_until)));

-- changeset paykka:1-journal
-- The payment journal: one row per money-moving call, its intent written before the call is sent, its outcome
-- (HAPPENED or NEVER_HAPPENED) once known. A row without outcome is a call that may or may not have happened.
CREATE TABLE IF NOT EXISTS paykka_journal (
  entry_id           BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  operation          VARCHAR(20)  NOT NULL
                     CHECK (operation IN ('INITIATE', 'CAPTURE', 'VOID', 'REFUND', 'CHECKOUT_CREATE')),
  reference          VARCHAR(64)  NOT NULL,
  original_order_id  VARCHAR(64),
  amount             BIGINT,
  currency           CHAR(3)      NOT NULL,
  capture_final      BOOLEAN,
  before_authed      BIGINT,
  before_captured    BIGINT,
  before_voided      BIGINT,
  before_refunded    BIGINT,
  request_digest     VARCHAR(100) NOT NULL,
  recorded_at        TIMESTAMPTZ  NOT NULL,
  outcome            VARCHAR(16)  CHECK (outcome IN ('HAPPENED', 'NEVER_HAPPENED')),
  outcome_source     VARCHAR(8)   CHECK (outcome_source IN ('ANSWER', 'QUERY')),
  outcome_at         TIMESTAMPTZ,
  paykka_reference   VARCHAR(64),
  paykka_status      VARCHAR(64),
  outcome_reason     VARCHAR(500),
  CHECK ((outcome IS NULL) = (outcome_at IS NULL) AND (outcome IS NULL) = (outcome_source IS NULL))
);

-- The reconciler's listing: only unresolved rows, in id order.
CREATE INDEX IF NOT EXISTS paykka_journal_unresolved ON paykka_journal (entry_id) WHERE outcome IS NULL;
-- Everything known about one trans_id, order_id or refund_trans_id.
CREATE INDEX IF NOT EXISTS paykka_journal_reference ON paykka_journal (reference);
-- The retention purge of resolved rows.
CREATE INDEX IF NOT EXISTS paykka_journal_recorded_at ON paykka_journal (recorded_at);
