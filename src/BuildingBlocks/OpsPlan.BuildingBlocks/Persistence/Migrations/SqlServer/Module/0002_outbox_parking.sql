-- A message whose consumer keeps refusing it (a business error, not a fault) is parked after Outbox:ParkAfterAttempts
-- attempts: the relay stops claiming it, admins list it and retry it once the cause is fixed.
ALTER TABLE $schema$.outbox_messages ADD parked_at DATETIME2(7) NULL;
GO
DROP INDEX ix_outbox_messages_pending ON $schema$.outbox_messages;
CREATE INDEX ix_outbox_messages_pending ON $schema$.outbox_messages (occurred_at, id) INCLUDE (locked_until) WHERE processed_at IS NULL AND parked_at IS NULL;
CREATE INDEX ix_outbox_messages_parked ON $schema$.outbox_messages (occurred_at, id) WHERE parked_at IS NOT NULL;
