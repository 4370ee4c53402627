CREATE TABLE growth.segments (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_segments PRIMARY KEY NONCLUSTERED,
    name        NVARCHAR(200)    NOT NULL,
    description NVARCHAR(4000)   NULL,
    rule_json   NVARCHAR(MAX)    NOT NULL,
    created_at  DATETIME2(7)     NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL,
    version     BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_segments_name ON growth.segments (name);
CREATE CLUSTERED INDEX cx_segments_created ON growth.segments (created_at, id);
CREATE INDEX ix_segments_updated ON growth.segments (updated_at, id);
