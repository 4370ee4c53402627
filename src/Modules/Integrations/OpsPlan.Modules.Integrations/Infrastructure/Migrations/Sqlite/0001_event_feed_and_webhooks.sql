-- Every event the outbox relay published, in the order it published them: the position is the feed's cursor.
CREATE TABLE published_events (
    position     INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id     TEXT    NOT NULL,
    module       TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    occurred_at  TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    payload      TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_published_events_event ON published_events (event_id);
CREATE INDEX ix_published_events_type ON published_events (type, position);

-- Event types are a JSON array of names. The secret signs deliveries, so it is kept as it is, never shown again.
CREATE TABLE webhook_subscriptions (
    id                          TEXT    NOT NULL PRIMARY KEY,
    url                         TEXT    NOT NULL,
    event_types                 TEXT    NOT NULL,
    description                 TEXT    NULL,
    enabled                     INTEGER NOT NULL,
    disabled_reason             TEXT    NULL,
    consecutive_failures        INTEGER NOT NULL,
    secret                      TEXT    NOT NULL,
    previous_secret             TEXT    NULL,
    previous_secret_valid_until TEXT    NULL,
    created_at                  TEXT    NOT NULL,
    updated_at                  TEXT    NOT NULL,
    version                     INTEGER NOT NULL
);
CREATE INDEX ix_webhook_subscriptions_created ON webhook_subscriptions (created_at, id);
CREATE INDEX ix_webhook_subscriptions_updated ON webhook_subscriptions (updated_at, id);

CREATE TABLE webhook_deliveries (
    id               TEXT    NOT NULL PRIMARY KEY,
    subscription_id  TEXT    NOT NULL REFERENCES webhook_subscriptions (id),
    event_id         TEXT    NOT NULL,
    event_type       TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    status           TEXT    NOT NULL,
    rounds           INTEGER NOT NULL,
    next_attempt_at  TEXT    NULL,
    locked_until     TEXT    NULL,
    last_status_code INTEGER NULL,
    last_error       TEXT    NULL,
    delivered_at     TEXT    NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_webhook_deliveries_event ON webhook_deliveries (subscription_id, event_id);
CREATE INDEX ix_webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at, id);
-- The dispatcher walks the pending deliveries that are due, oldest event first.
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at, position) WHERE status = 'pending';

CREATE TABLE webhook_attempts (
    id              TEXT    NOT NULL PRIMARY KEY,
    delivery_id     TEXT    NOT NULL REFERENCES webhook_deliveries (id),
    subscription_id TEXT    NOT NULL,
    event_id        TEXT    NOT NULL,
    attempted_at    TEXT    NOT NULL,
    status_code     INTEGER NULL,
    duration_ms     INTEGER NOT NULL,
    error           TEXT    NULL,
    succeeded       INTEGER NOT NULL
);
CREATE INDEX ix_webhook_attempts_subscription ON webhook_attempts (subscription_id, attempted_at, id);
CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts (delivery_id, attempted_at, id);
