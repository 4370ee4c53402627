-- The country a transaction's business belongs to: revenue concentration across markets reads inflows by it.
ALTER TABLE finance.transactions ADD market CHAR(2) NULL;
