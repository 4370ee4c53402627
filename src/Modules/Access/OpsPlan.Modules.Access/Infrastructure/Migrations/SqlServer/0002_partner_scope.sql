-- A partner's own integration key is scoped to that partner.
ALTER TABLE access.api_keys ADD partner_id UNIQUEIDENTIFIER NULL;
