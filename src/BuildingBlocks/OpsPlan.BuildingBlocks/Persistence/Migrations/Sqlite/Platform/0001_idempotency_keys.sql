-- Idempotency-Key records: one per caller and key, replayed for 24 hours.
CREATE TABLE idempotency_keys (
    user_id         TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL,
    request_hash    TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    completed_at    TEXT    NULL,
    status_code     INTEGER NULL,
    content_type    TEXT    NULL,
    location        TEXT    NULL,
    etag            TEXT    NULL,
    body            TEXT    NULL,
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
