CREATE TABLE customers (
    id                  TEXT    NOT NULL PRIMARY KEY,
    external_id         TEXT    NOT NULL,
    display_name        TEXT    NOT NULL,
    email               TEXT    NULL,
    age_band            TEXT    NULL,
    gender              TEXT    NULL,
    country             TEXT    NOT NULL,
    region              TEXT    NULL,
    interests           TEXT    NOT NULL,
    acquisition_channel TEXT    NULL,
    signed_up_at        TEXT    NOT NULL,
    signup_month        TEXT    NOT NULL,
    tier                TEXT    NOT NULL,
    custom_attributes   TEXT    NOT NULL,
    marketing_consent   INTEGER NOT NULL,
    stage               TEXT    NOT NULL,
    stage_changed_at    TEXT    NOT NULL,
    stage_due_at        TEXT    NULL,
    last_active_at      TEXT    NULL,
    ltv_minor           INTEGER NOT NULL,
    purchase_count      INTEGER NOT NULL,
    first_purchase_at   TEXT    NULL,
    last_purchase_at    TEXT    NULL,
    erased_at           TEXT    NULL,
    erased_by           TEXT    NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    version             INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_customers_external_id ON customers (external_id);
CREATE INDEX ix_customers_created ON customers (created_at, id);
CREATE INDEX ix_customers_updated ON customers (updated_at, id);
-- The scheduled re-evaluation reads only the customers whose stage time has changed.
CREATE INDEX ix_customers_stage_due ON customers (stage_due_at, id) WHERE stage_due_at IS NOT NULL;
-- Cohorts and the KPIs' sign-up counts.
CREATE INDEX ix_customers_signup ON customers (signup_month, signed_up_at, acquisition_channel);

CREATE TABLE activity_events (
    id             TEXT    NOT NULL PRIMARY KEY,
    event_id       TEXT    NOT NULL,
    customer_id    TEXT    NOT NULL REFERENCES customers (id),
    type           TEXT    NOT NULL,
    occurred_at    TEXT    NOT NULL,
    value_minor    INTEGER NULL,
    currency       TEXT    NULL,
    product_id     TEXT    NULL,
    received_at    TEXT    NOT NULL
);
-- Only the sender's id is looked up: an index per customer would turn every batch into random page writes.
CREATE UNIQUE INDEX ux_activity_events_event_id ON activity_events (event_id);

-- One row per customer and day (and month) with any activity: DAU/WAU/MAU and retention count rows, not events.
-- Days lead their key: a batch's marks land together at today's end of the tree, and the KPIs read day ranges.
CREATE TABLE customer_activity_days (
    day         TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (day, customer_id)
) WITHOUT ROWID;

CREATE TABLE customer_activity_months (
    customer_id TEXT NOT NULL,
    month       TEXT NOT NULL,
    PRIMARY KEY (customer_id, month)
) WITHOUT ROWID;

CREATE TABLE stage_history (
    id          TEXT NOT NULL PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    from_stage  TEXT NULL,
    to_stage    TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX ix_stage_history_customer ON stage_history (customer_id, changed_at, id);
CREATE INDEX ix_stage_history_to ON stage_history (to_stage, changed_at, customer_id);
