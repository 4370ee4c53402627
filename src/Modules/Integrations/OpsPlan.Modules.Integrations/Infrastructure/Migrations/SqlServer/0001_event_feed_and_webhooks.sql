CREATE TABLE integrations.published_events (
    position     BIGINT           NOT NULL IDENTITY(1, 1) CONSTRAINT pk_published_events PRIMARY KEY CLUSTERED,
    event_id     UNIQUEIDENTIFIER NOT NULL,
    module       VARCHAR(30)      NOT NULL,
    type         VARCHAR(100)     NOT NULL,
    occurred_at  DATETIME2(7)     NOT NULL,
    published_at DATETIME2(7)     NOT NULL,
    payload      NVARCHAR(MAX)    NOT NULL
);
CREATE UNIQUE INDEX ux_published_events_event ON integrations.published_events (event_id);
CREATE INDEX ix_published_events_type ON integrations.published_events (type, position);

CREATE TABLE integrations.webhook_subscriptions (
    id                          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_webhook_subscriptions PRIMARY KEY NONCLUSTERED,
    url                         NVARCHAR(2000)   NOT NULL,
    event_types                 NVARCHAR(MAX)    NOT NULL,
    description                 NVARCHAR(1000)   NULL,
    enabled                     BIT              NOT NULL,
    disabled_reason             NVARCHAR(2000)   NULL,
    consecutive_failures        INT              NOT NULL,
    secret                      VARCHAR(100)     NOT NULL,
    previous_secret             VARCHAR(100)     NULL,
    previous_secret_valid_until DATETIME2(7)     NULL,
    created_at                  DATETIME2(7)     NOT NULL,
    updated_at                  DATETIME2(7)     NOT NULL,
    version                     BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_webhook_subscriptions_created ON integrations.webhook_subscriptions (created_at, id);
CREATE INDEX ix_webhook_subscriptions_updated ON integrations.webhook_subscriptions (updated_at, id);

CREATE TABLE integrations.webhook_deliveries (
    id               UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_webhook_deliveries PRIMARY KEY NONCLUSTERED,
    subscription_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_webhook_deliveries_subscription REFERENCES integrations.webhook_subscriptions (id),
    event_id         UNIQUEIDENTIFIER NOT NULL,
    event_type       VARCHAR(100)     NOT NULL,
    position         BIGINT           NOT NULL,
    status           VARCHAR(20)      NOT NULL,
    rounds           INT              NOT NULL,
    next_attempt_at  DATETIME2(7)     NULL,
    locked_until     DATETIME2(7)     NULL,
    last_status_code INT              NULL,
    last_error       NVARCHAR(2000)   NULL,
    delivered_at     DATETIME2(7)     NULL,
    created_at       DATETIME2(7)     NOT NULL,
    updated_at       DATETIME2(7)     NOT NULL
);
CREATE UNIQUE INDEX ux_webhook_deliveries_event ON integrations.webhook_deliveries (subscription_id, event_id);
CREATE CLUSTERED INDEX cx_webhook_deliveries_subscription ON integrations.webhook_deliveries (subscription_id, created_at, id);
CREATE INDEX ix_webhook_deliveries_due ON integrations.webhook_deliveries (next_attempt_at, position) WHERE status = 'pending';

CREATE TABLE integrations.webhook_attempts (
    id              UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_webhook_attempts PRIMARY KEY NONCLUSTERED,
    delivery_id     UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_webhook_attempts_delivery REFERENCES integrations.webhook_deliveries (id),
    subscription_id UNIQUEIDENTIFIER NOT NULL,
    event_id        UNIQUEIDENTIFIER NOT NULL,
    attempted_at    DATETIME2(7)     NOT NULL,
    status_code     INT              NULL,
    duration_ms     INT              NOT NULL,
    error           NVARCHAR(2000)   NULL,
    succeeded       BIT              NOT NULL
);
CREATE CLUSTERED INDEX cx_webhook_attempts_subscription ON integrations.webhook_attempts (subscription_id, attempted_at, id);
CREATE INDEX ix_webhook_attempts_delivery ON integrations.webhook_attempts (delivery_id, attempted_at, id);
