CREATE TABLE access.api_keys (
    id         UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_api_keys PRIMARY KEY NONCLUSTERED,
    name       NVARCHAR(200)    NOT NULL,
    roles      NVARCHAR(400)    NOT NULL,
    prefix     NVARCHAR(20)     NOT NULL,
    hash       CHAR(64)         NOT NULL,
    created_at DATETIME2(7)     NOT NULL,
    created_by NVARCHAR(200)    NOT NULL,
    revoked_at DATETIME2(7)     NULL,
    updated_at DATETIME2(7)     NOT NULL
);
-- Every authenticated request looks its key up by hash.
CREATE UNIQUE INDEX ux_api_keys_hash ON access.api_keys (hash) INCLUDE (revoked_at, name, roles);
CREATE CLUSTERED INDEX cx_api_keys_created ON access.api_keys (created_at, id);
CREATE INDEX ix_api_keys_updated ON access.api_keys (updated_at, id);
