CREATE TABLE cost_centers (
    id         TEXT    NOT NULL PRIMARY KEY,
    code       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    owner      TEXT    NOT NULL,
    parent_id  TEXT    NULL REFERENCES cost_centers (id),
    archived   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    version    INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_cost_centers_code ON cost_centers (code);
CREATE INDEX ix_cost_centers_parent ON cost_centers (parent_id);
CREATE INDEX ix_cost_centers_created ON cost_centers (created_at, id);
CREATE INDEX ix_cost_centers_updated ON cost_centers (updated_at, id);
