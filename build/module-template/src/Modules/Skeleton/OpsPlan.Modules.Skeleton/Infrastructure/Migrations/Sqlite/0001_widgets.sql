CREATE TABLE widgets (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_widgets_name ON widgets (name);
-- Keyset lists: newest first, and oldest change first for incremental sync.
CREATE INDEX ix_widgets_created ON widgets (created_at, id);
CREATE INDEX ix_widgets_updated ON widgets (updated_at, id);
