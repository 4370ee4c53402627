-- Every module schema holds its own outbox, inbox and audit entries, so a command's transaction stays in one schema.
CREATE TABLE $schema$.outbox_messages (
    id           UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_outbox_messages PRIMARY KEY NONCLUSTERED,
    occurred_at  DATETIME2(7)     NOT NULL,
    type         NVARCHAR(300)    NOT NULL,
    payload      NVARCHAR(MAX)    NOT NULL,
    attempts     INT              NOT NULL CONSTRAINT df_outbox_messages_attempts DEFAULT 0,
    locked_by    NVARCHAR(100)    NULL,
    locked_until DATETIME2(7)     NULL,
    processed_at DATETIME2(7)     NULL,
    last_error   NVARCHAR(2000)   NULL
);
CREATE CLUSTERED INDEX cx_outbox_messages ON $schema$.outbox_messages (occurred_at, id);
CREATE INDEX ix_outbox_messages_pending ON $schema$.outbox_messages (occurred_at, id) INCLUDE (locked_until) WHERE processed_at IS NULL;

CREATE TABLE $schema$.inbox_messages (
    event_id     UNIQUEIDENTIFIER NOT NULL,
    handler      NVARCHAR(300)    NOT NULL,
    processed_at DATETIME2(7)     NOT NULL,
    CONSTRAINT pk_inbox_messages PRIMARY KEY (event_id, handler)
);

CREATE TABLE $schema$.audit_entries (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_audit_entries PRIMARY KEY NONCLUSTERED,
    occurred_at DATETIME2(7)     NOT NULL,
    user_id     NVARCHAR(200)    NOT NULL,
    module      NVARCHAR(30)     NOT NULL,
    command     NVARCHAR(200)    NOT NULL,
    record_id   UNIQUEIDENTIFIER NULL,
    outcome     NVARCHAR(100)    NOT NULL,
    trace_id    NVARCHAR(64)     NULL
);
CREATE CLUSTERED INDEX cx_audit_entries ON $schema$.audit_entries (occurred_at, id);
CREATE INDEX ix_audit_entries_record ON $schema$.audit_entries (record_id, occurred_at);
CREATE INDEX ix_audit_entries_user ON $schema$.audit_entries (user_id, occurred_at);
