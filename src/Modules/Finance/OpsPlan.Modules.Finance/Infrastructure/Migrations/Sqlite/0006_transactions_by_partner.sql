-- Covers what other modules ask about a partner: its transactions by day, direction and currency.
CREATE INDEX ix_transactions_partner ON transactions (partner_id, occurred_on, direction, currency, amount_minor) WHERE partner_id IS NOT NULL;
