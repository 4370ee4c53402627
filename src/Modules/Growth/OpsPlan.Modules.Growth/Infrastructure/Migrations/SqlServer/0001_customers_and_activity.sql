CREATE TABLE growth.customers (
    id                  UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_customers PRIMARY KEY NONCLUSTERED,
    external_id         NVARCHAR(100)    NOT NULL,
    display_name        NVARCHAR(200)    NOT NULL,
    email               NVARCHAR(254)    NULL,
    age_band            VARCHAR(20)      NULL,
    gender              VARCHAR(20)      NULL,
    country             CHAR(2)          NOT NULL,
    region              NVARCHAR(100)    NULL,
    interests           NVARCHAR(1700)   NOT NULL,
    acquisition_channel NVARCHAR(100)    NULL,
    signed_up_at        DATETIME2(7)     NOT NULL,
    signup_month        DATE             NOT NULL,
    tier                VARCHAR(20)      NOT NULL,
    custom_attributes   NVARCHAR(MAX)    NOT NULL,
    marketing_consent   BIT              NOT NULL,
    stage               VARCHAR(20)      NOT NULL,
    stage_changed_at    DATETIME2(7)     NOT NULL,
    stage_due_at        DATETIME2(7)     NULL,
    last_active_at      DATETIME2(7)     NULL,
    ltv_minor           BIGINT           NOT NULL,
    purchase_count      INT              NOT NULL,
    first_purchase_at   DATETIME2(7)     NULL,
    last_purchase_at    DATETIME2(7)     NULL,
    erased_at           DATETIME2(7)     NULL,
    erased_by           NVARCHAR(200)    NULL,
    created_at          DATETIME2(7)     NOT NULL,
    updated_at          DATETIME2(7)     NOT NULL,
    version             BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_customers_external_id ON growth.customers (external_id);
CREATE CLUSTERED INDEX cx_customers_created ON growth.customers (created_at, id);
CREATE INDEX ix_customers_updated ON growth.customers (updated_at, id);
-- The scheduled re-evaluation reads only the customers whose stage time has changed.
CREATE INDEX ix_customers_stage_due ON growth.customers (stage_due_at, id) WHERE stage_due_at IS NOT NULL;
-- Cohorts and the KPIs' sign-up counts.
CREATE INDEX ix_customers_signup ON growth.customers (signup_month, signed_up_at, acquisition_channel);

CREATE TABLE growth.activity_events (
    id             UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_activity_events PRIMARY KEY NONCLUSTERED,
    event_id       NVARCHAR(100)    NOT NULL,
    customer_id    UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_activity_events_customer REFERENCES growth.customers (id),
    type           VARCHAR(20)      NOT NULL,
    occurred_at    DATETIME2(7)     NOT NULL,
    value_minor    BIGINT           NULL,
    currency       CHAR(3)          NULL,
    product_id     NVARCHAR(100)    NULL,
    received_at    DATETIME2(7)     NOT NULL
);
-- Only the sender's id is looked up; clustered by arrival, so a batch appends instead of writing random pages.
CREATE UNIQUE INDEX ux_activity_events_event_id ON growth.activity_events (event_id);
CREATE CLUSTERED INDEX cx_activity_events_received ON growth.activity_events (received_at, id);

-- One row per customer and day (and month) with any activity: DAU/WAU/MAU and retention count rows, not events.
-- Days lead their key: a batch's marks land together at today's end of the tree, and the KPIs read day ranges.
CREATE TABLE growth.customer_activity_days (
    day         DATE             NOT NULL,
    customer_id UNIQUEIDENTIFIER NOT NULL,
    CONSTRAINT pk_customer_activity_days PRIMARY KEY (day, customer_id)
);

CREATE TABLE growth.customer_activity_months (
    customer_id UNIQUEIDENTIFIER NOT NULL,
    month       DATE             NOT NULL,
    CONSTRAINT pk_customer_activity_months PRIMARY KEY (customer_id, month)
);

CREATE TABLE growth.stage_history (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_stage_history PRIMARY KEY NONCLUSTERED,
    customer_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_stage_history_customer REFERENCES growth.customers (id),
    from_stage  VARCHAR(20)      NULL,
    to_stage    VARCHAR(20)      NOT NULL,
    changed_at  DATETIME2(7)     NOT NULL,
    reason      VARCHAR(20)      NOT NULL
);
CREATE CLUSTERED INDEX cx_stage_history_customer ON growth.stage_history (customer_id, changed_at, id);
CREATE INDEX ix_stage_history_to ON growth.stage_history (to_stage, changed_at, customer_id);
