-- A batch of its own: the column it indexes is added by the script before.
CREATE INDEX ix_transactions_market ON finance.transactions (market, occurred_on, direction, currency) INCLUDE (amount_minor) WHERE market IS NOT NULL;
