CREATE TABLE finance.cash_accounts (
    id                    UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_cash_accounts PRIMARY KEY NONCLUSTERED,
    name                  NVARCHAR(200)    NOT NULL,
    currency              NCHAR(3)         NOT NULL,
    opening_balance_minor BIGINT           NOT NULL,
    opened_on             DATE             NOT NULL,
    created_at            DATETIME2(7)     NOT NULL,
    updated_at            DATETIME2(7)     NOT NULL,
    version               BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_cash_accounts_name ON finance.cash_accounts (name);
CREATE CLUSTERED INDEX cx_cash_accounts_created ON finance.cash_accounts (created_at, id);
CREATE INDEX ix_cash_accounts_updated ON finance.cash_accounts (updated_at, id);

CREATE TABLE finance.transactions (
    id              UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_transactions PRIMARY KEY NONCLUSTERED,
    external_id     NVARCHAR(100)    NULL,
    occurred_on     DATE             NOT NULL,
    cost_center_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_transactions_cost_center REFERENCES finance.cost_centers (id),
    category        NVARCHAR(20)     NOT NULL,
    direction       NVARCHAR(10)     NOT NULL,
    amount_minor    BIGINT           NOT NULL,
    currency        NCHAR(3)         NOT NULL,
    cash_account_id UNIQUEIDENTIFIER NULL CONSTRAINT fk_transactions_cash_account REFERENCES finance.cash_accounts (id),
    counterparty    NVARCHAR(200)    NULL,
    partner_id      UNIQUEIDENTIFIER NULL,
    description     NVARCHAR(1000)   NOT NULL,
    created_at      DATETIME2(7)     NOT NULL,
    updated_at      DATETIME2(7)     NOT NULL,
    version         BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_transactions_external_id ON finance.transactions (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_transactions_spend ON finance.transactions (cost_center_id, category, occurred_on) INCLUDE (direction, currency, amount_minor);
CREATE INDEX ix_transactions_occurred ON finance.transactions (occurred_on) INCLUDE (cost_center_id, category, direction, currency, amount_minor);
CREATE INDEX ix_transactions_cash_account ON finance.transactions (cash_account_id, occurred_on);
CREATE CLUSTERED INDEX cx_transactions_created ON finance.transactions (created_at, id);
CREATE INDEX ix_transactions_updated ON finance.transactions (updated_at, id);

CREATE TABLE finance.cash_daily_totals (
    cash_account_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_cash_daily_totals_account REFERENCES finance.cash_accounts (id),
    day             DATE             NOT NULL,
    inflow_minor    BIGINT           NOT NULL,
    outflow_minor   BIGINT           NOT NULL,
    CONSTRAINT pk_cash_daily_totals PRIMARY KEY (cash_account_id, day)
);

CREATE TABLE finance.exchange_rates (
    id           UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_exchange_rates PRIMARY KEY NONCLUSTERED,
    currency     NCHAR(3)         NOT NULL,
    effective_on DATE             NOT NULL,
    rate_scaled  BIGINT           NOT NULL,
    created_at   DATETIME2(7)     NOT NULL,
    updated_at   DATETIME2(7)     NOT NULL,
    version      BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_exchange_rates_currency_day ON finance.exchange_rates (currency, effective_on);
CREATE CLUSTERED INDEX cx_exchange_rates_created ON finance.exchange_rates (created_at, id);
CREATE INDEX ix_exchange_rates_updated ON finance.exchange_rates (updated_at, id);

CREATE TABLE finance.alert_states (
    subject    NVARCHAR(100) NOT NULL CONSTRAINT pk_alert_states PRIMARY KEY,
    state      NVARCHAR(20)  NOT NULL,
    changed_at DATETIME2(7)  NOT NULL
);
