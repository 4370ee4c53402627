CREATE INDEX ix_transactions_market ON transactions (market, occurred_on, direction, currency, amount_minor) WHERE market IS NOT NULL;
