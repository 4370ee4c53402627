-- Net spend per cost center, category, month and currency, maintained with every transaction write, so budget
-- variance, threshold checks and the spend summary read a few rows per cost center instead of its transactions.
CREATE TABLE spend_monthly_totals (
    cost_center_id TEXT    NOT NULL REFERENCES cost_centers (id),
    category       TEXT    NOT NULL,
    month          TEXT    NOT NULL,
    currency       TEXT    NOT NULL,
    inflow_minor   INTEGER NOT NULL,
    outflow_minor  INTEGER NOT NULL,
    PRIMARY KEY (cost_center_id, category, month, currency)
);
CREATE INDEX ix_spend_monthly_totals_month ON spend_monthly_totals (month);

INSERT INTO spend_monthly_totals (cost_center_id, category, month, currency, inflow_minor, outflow_minor)
SELECT cost_center_id, category, substr(occurred_on, 1, 7) || '-01', currency,
       SUM(CASE WHEN direction = 'inflow' THEN amount_minor ELSE 0 END),
       SUM(CASE WHEN direction = 'outflow' THEN amount_minor ELSE 0 END)
FROM transactions
GROUP BY cost_center_id, category, substr(occurred_on, 1, 7), currency;

-- The sums no longer read the transactions, so their wide covering indexes only slowed writes down.
DROP INDEX ix_transactions_spend;
DROP INDEX ix_transactions_occurred;
CREATE INDEX ix_transactions_cost_center ON transactions (cost_center_id, occurred_on);
