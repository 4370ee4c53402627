CREATE TABLE segments (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NULL,
    rule_json   TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_segments_name ON segments (name);
CREATE INDEX ix_segments_created ON segments (created_at, id);
CREATE INDEX ix_segments_updated ON segments (updated_at, id);
