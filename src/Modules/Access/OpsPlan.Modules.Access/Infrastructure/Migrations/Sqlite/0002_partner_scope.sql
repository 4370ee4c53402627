-- A partner's own integration key is scoped to that partner.
ALTER TABLE api_keys ADD COLUMN partner_id TEXT NULL;
