-- The result of a command sent with an Idempotency-Key, written in the command's own transaction: after a crash
-- between commit and reply, the retry finds it here and replays it instead of doing the work a second time.
CREATE TABLE idempotency_results (
    user_id         TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    command         TEXT NOT NULL,
    result          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX ix_idempotency_results_created ON idempotency_results (created_at);
