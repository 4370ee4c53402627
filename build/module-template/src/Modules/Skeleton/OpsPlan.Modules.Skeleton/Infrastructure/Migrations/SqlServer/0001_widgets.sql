CREATE TABLE skeleton.widgets (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_widgets PRIMARY KEY NONCLUSTERED,
    name        NVARCHAR(200)    NOT NULL,
    description NVARCHAR(4000)   NULL,
    created_at  DATETIME2(7)     NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL,
    version     BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_widgets_name ON skeleton.widgets (name);
-- Keyset lists: newest first, and oldest change first for incremental sync.
CREATE CLUSTERED INDEX cx_widgets_created ON skeleton.widgets (created_at, id);
CREATE INDEX ix_widgets_updated ON skeleton.widgets (updated_at, id);
