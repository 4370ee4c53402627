-- A message whose consumer keeps refusing it (a business error, not a fault) is parked after Outbox:ParkAfterAttempts
-- attempts: the relay stops claiming it, admins list it and retry it once the cause is fixed.
ALTER TABLE outbox_messages ADD COLUMN parked_at TEXT NULL;
DROP INDEX ix_outbox_messages_pending;
CREATE INDEX ix_outbox_messages_pending ON outbox_messages (occurred_at, id) WHERE processed_at IS NULL AND parked_at IS NULL;
CREATE INDEX ix_outbox_messages_parked ON outbox_messages (occurred_at, id) WHERE parked_at IS NOT NULL;
