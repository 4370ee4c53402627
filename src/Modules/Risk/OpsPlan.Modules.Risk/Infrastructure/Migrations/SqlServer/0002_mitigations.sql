CREATE TABLE risk.mitigations (
    id           UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_mitigations PRIMARY KEY NONCLUSTERED,
    risk_id      UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_mitigations_risk REFERENCES risk.risks (id),
    action       NVARCHAR(1000)   NOT NULL,
    owner        NVARCHAR(200)    NOT NULL,
    due_date     DATE             NULL,
    status       VARCHAR(20)      NOT NULL,
    completed_at DATETIME2(7)     NULL,
    created_at   DATETIME2(7)     NOT NULL,
    updated_at   DATETIME2(7)     NOT NULL,
    version      BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_mitigations_risk ON risk.mitigations (risk_id, created_at);
CREATE INDEX ix_mitigations_created ON risk.mitigations (created_at, id);
CREATE INDEX ix_mitigations_updated ON risk.mitigations (updated_at, id);
-- The overdue list: open mitigations by due date.
CREATE INDEX ix_mitigations_open_due ON risk.mitigations (status, due_date);
