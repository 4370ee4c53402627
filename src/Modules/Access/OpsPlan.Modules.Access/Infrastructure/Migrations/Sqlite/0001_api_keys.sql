CREATE TABLE api_keys (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    roles      TEXT NOT NULL,
    prefix     TEXT NOT NULL,
    hash       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT NULL,
    updated_at TEXT NOT NULL
);
-- Every authenticated request looks its key up by hash.
CREATE UNIQUE INDEX ux_api_keys_hash ON api_keys (hash);
CREATE INDEX ix_api_keys_created ON api_keys (created_at, id);
CREATE INDEX ix_api_keys_updated ON api_keys (updated_at, id);
