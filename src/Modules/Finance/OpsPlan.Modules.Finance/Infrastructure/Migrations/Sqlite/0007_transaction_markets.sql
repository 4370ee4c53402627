-- The country a transaction's business belongs to: revenue concentration across markets reads inflows by it.
ALTER TABLE transactions ADD COLUMN market TEXT NULL;
