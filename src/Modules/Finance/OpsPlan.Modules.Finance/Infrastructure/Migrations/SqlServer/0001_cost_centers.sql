CREATE TABLE finance.cost_centers (
    id         UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_cost_centers PRIMARY KEY NONCLUSTERED,
    code       NVARCHAR(20)     NOT NULL,
    name       NVARCHAR(200)    NOT NULL,
    owner      NVARCHAR(200)    NOT NULL,
    parent_id  UNIQUEIDENTIFIER NULL CONSTRAINT fk_cost_centers_parent REFERENCES finance.cost_centers (id),
    archived   BIT              NOT NULL CONSTRAINT df_cost_centers_archived DEFAULT 0,
    created_at DATETIME2(7)     NOT NULL,
    updated_at DATETIME2(7)     NOT NULL,
    version    BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_cost_centers_code ON finance.cost_centers (code);
CREATE INDEX ix_cost_centers_parent ON finance.cost_centers (parent_id);
CREATE CLUSTERED INDEX cx_cost_centers_created ON finance.cost_centers (created_at, id);
CREATE INDEX ix_cost_centers_updated ON finance.cost_centers (updated_at, id);
