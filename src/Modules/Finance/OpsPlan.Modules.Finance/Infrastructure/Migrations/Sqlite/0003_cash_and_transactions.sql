CREATE TABLE cash_accounts (
    id                    TEXT    NOT NULL PRIMARY KEY,
    name                  TEXT    NOT NULL,
    currency              TEXT    NOT NULL,
    opening_balance_minor INTEGER NOT NULL,
    opened_on             TEXT    NOT NULL,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    version               INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_cash_accounts_name ON cash_accounts (name);
CREATE INDEX ix_cash_accounts_created ON cash_accounts (created_at, id);
CREATE INDEX ix_cash_accounts_updated ON cash_accounts (updated_at, id);

CREATE TABLE transactions (
    id              TEXT    NOT NULL PRIMARY KEY,
    external_id     TEXT    NULL,
    occurred_on     TEXT    NOT NULL,
    cost_center_id  TEXT    NOT NULL REFERENCES cost_centers (id),
    category        TEXT    NOT NULL,
    direction       TEXT    NOT NULL,
    amount_minor    INTEGER NOT NULL,
    currency        TEXT    NOT NULL,
    cash_account_id TEXT    NULL REFERENCES cash_accounts (id),
    counterparty    TEXT    NULL,
    partner_id      TEXT    NULL,
    description     TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    version         INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_transactions_external_id ON transactions (external_id) WHERE external_id IS NOT NULL;
-- Covers the budget variance and threshold sums: one cost center, one category, a date range.
CREATE INDEX ix_transactions_spend ON transactions (cost_center_id, category, occurred_on, direction, currency, amount_minor);
-- Covers the spend summary of a period across cost centers.
CREATE INDEX ix_transactions_occurred ON transactions (occurred_on, cost_center_id, category, direction, currency, amount_minor);
CREATE INDEX ix_transactions_cash_account ON transactions (cash_account_id, occurred_on);
CREATE INDEX ix_transactions_created ON transactions (created_at, id);
CREATE INDEX ix_transactions_updated ON transactions (updated_at, id);

-- Per account and day, maintained with every transaction write, so cash flow and runway never scan transactions.
CREATE TABLE cash_daily_totals (
    cash_account_id TEXT    NOT NULL REFERENCES cash_accounts (id),
    day             TEXT    NOT NULL,
    inflow_minor    INTEGER NOT NULL,
    outflow_minor   INTEGER NOT NULL,
    PRIMARY KEY (cash_account_id, day)
);

CREATE TABLE exchange_rates (
    id           TEXT    NOT NULL PRIMARY KEY,
    currency     TEXT    NOT NULL,
    effective_on TEXT    NOT NULL,
    rate_scaled  INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    version      INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_exchange_rates_currency_day ON exchange_rates (currency, effective_on);
CREATE INDEX ix_exchange_rates_created ON exchange_rates (created_at, id);
CREATE INDEX ix_exchange_rates_updated ON exchange_rates (updated_at, id);

-- The last alert level of a monitored figure (today: runway), so an alert is published when it is crossed, not on every write.
CREATE TABLE alert_states (
    subject    TEXT NOT NULL PRIMARY KEY,
    state      TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
