-- Idempotency-Key records: one per caller and key, replayed for 24 hours.
CREATE TABLE $schema$.idempotency_keys (
    user_id         NVARCHAR(200)  NOT NULL,
    idempotency_key NVARCHAR(255)  NOT NULL,
    request_hash    CHAR(64)       NOT NULL,
    created_at      DATETIME2(7)   NOT NULL,
    completed_at    DATETIME2(7)   NULL,
    status_code     INT            NULL,
    content_type    NVARCHAR(200)  NULL,
    location        NVARCHAR(2000) NULL,
    etag            NVARCHAR(100)  NULL,
    body            NVARCHAR(MAX)  NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX ix_idempotency_keys_created ON $schema$.idempotency_keys (created_at);
