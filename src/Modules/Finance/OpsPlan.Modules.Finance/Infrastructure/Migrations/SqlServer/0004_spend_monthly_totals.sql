CREATE TABLE finance.spend_monthly_totals (
    cost_center_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_spend_monthly_totals_cost_center REFERENCES finance.cost_centers (id),
    category       NVARCHAR(20)     NOT NULL,
    month          DATE             NOT NULL,
    currency       NCHAR(3)         NOT NULL,
    inflow_minor   BIGINT           NOT NULL,
    outflow_minor  BIGINT           NOT NULL,
    CONSTRAINT pk_spend_monthly_totals PRIMARY KEY (cost_center_id, category, month, currency)
);
CREATE INDEX ix_spend_monthly_totals_month ON finance.spend_monthly_totals (month);

INSERT INTO finance.spend_monthly_totals (cost_center_id, category, month, currency, inflow_minor, outflow_minor)
SELECT cost_center_id, category, DATEFROMPARTS(YEAR(occurred_on), MONTH(occurred_on), 1), currency,
       SUM(CASE WHEN direction = 'inflow' THEN amount_minor ELSE 0 END),
       SUM(CASE WHEN direction = 'outflow' THEN amount_minor ELSE 0 END)
FROM finance.transactions
GROUP BY cost_center_id, category, DATEFROMPARTS(YEAR(occurred_on), MONTH(occurred_on), 1), currency;

DROP INDEX ix_transactions_spend ON finance.transactions;
DROP INDEX ix_transactions_occurred ON finance.transactions;
CREATE INDEX ix_transactions_cost_center ON finance.transactions (cost_center_id, occurred_on);
