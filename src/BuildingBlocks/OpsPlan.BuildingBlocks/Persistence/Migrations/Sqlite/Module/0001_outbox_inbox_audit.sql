-- Every module schema holds its own outbox, inbox and audit entries, so a command's transaction stays in one file.
CREATE TABLE outbox_messages (
    id           TEXT    NOT NULL PRIMARY KEY,
    occurred_at  TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    locked_by    TEXT    NULL,
    locked_until TEXT    NULL,
    processed_at TEXT    NULL,
    last_error   TEXT    NULL
);
CREATE INDEX ix_outbox_messages_pending ON outbox_messages (occurred_at, id) WHERE processed_at IS NULL;

CREATE TABLE inbox_messages (
    event_id     TEXT NOT NULL,
    handler      TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (event_id, handler)
);

CREATE TABLE audit_entries (
    id          TEXT NOT NULL PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    module      TEXT NOT NULL,
    command     TEXT NOT NULL,
    record_id   TEXT NULL,
    outcome     TEXT NOT NULL,
    trace_id    TEXT NULL
);
CREATE INDEX ix_audit_entries_occurred ON audit_entries (occurred_at, id);
CREATE INDEX ix_audit_entries_record ON audit_entries (record_id, occurred_at);
CREATE INDEX ix_audit_entries_user ON audit_entries (user_id, occurred_at);
