-- The result of a command sent with an Idempotency-Key, written in the command's own transaction: after a crash
-- between commit and reply, the retry finds it here and replays it instead of doing the work a second time.
CREATE TABLE $schema$.idempotency_results (
    user_id         NVARCHAR(200) NOT NULL,
    idempotency_key NVARCHAR(255) NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    command         NVARCHAR(200) NOT NULL,
    result          NVARCHAR(MAX) NOT NULL,
    created_at      DATETIME2(7)  NOT NULL,
    CONSTRAINT pk_idempotency_results PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX ix_idempotency_results_created ON $schema$.idempotency_results (created_at);
