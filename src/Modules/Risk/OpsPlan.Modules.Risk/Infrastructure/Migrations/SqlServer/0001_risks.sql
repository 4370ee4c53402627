CREATE TABLE risk.risks (
    id                  UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_risks PRIMARY KEY NONCLUSTERED,
    title               NVARCHAR(200)    NOT NULL,
    description         NVARCHAR(4000)   NULL,
    category            VARCHAR(20)      NOT NULL,
    owner               NVARCHAR(200)    NOT NULL,
    likelihood          TINYINT          NOT NULL CONSTRAINT ck_risks_likelihood CHECK (likelihood BETWEEN 1 AND 5),
    impact              TINYINT          NOT NULL CONSTRAINT ck_risks_impact CHECK (impact BETWEEN 1 AND 5),
    score               TINYINT          NOT NULL,
    level               VARCHAR(10)      NOT NULL,
    residual_likelihood TINYINT          NULL CONSTRAINT ck_risks_residual_likelihood CHECK (residual_likelihood BETWEEN 1 AND 5),
    residual_impact     TINYINT          NULL CONSTRAINT ck_risks_residual_impact CHECK (residual_impact BETWEEN 1 AND 5),
    status              VARCHAR(20)      NOT NULL,
    next_review_date    DATE             NULL,
    source              VARCHAR(30)      NOT NULL,
    source_reference    NVARCHAR(200)    NULL,
    created_at          DATETIME2(7)     NOT NULL,
    updated_at          DATETIME2(7)     NOT NULL,
    version             BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_risks_created ON risk.risks (created_at, id);
CREATE INDEX ix_risks_updated ON risk.risks (updated_at, id);
CREATE INDEX ix_risks_category ON risk.risks (category, created_at);
CREATE INDEX ix_risks_status ON risk.risks (status, created_at);
CREATE INDEX ix_risks_level ON risk.risks (level, created_at);
CREATE INDEX ix_risks_owner ON risk.risks (owner, created_at);
-- An automatic risk is raised once per source reference; raising it again updates it.
CREATE UNIQUE INDEX ux_risks_source_reference ON risk.risks (source, source_reference) WHERE source_reference IS NOT NULL;

CREATE TABLE risk.risk_assessments (
    id                  UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_risk_assessments PRIMARY KEY NONCLUSTERED,
    risk_id             UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_risk_assessments_risk REFERENCES risk.risks (id),
    assessed_by         NVARCHAR(200)    NOT NULL,
    assessed_at         DATETIME2(7)     NOT NULL,
    previous_likelihood TINYINT          NULL,
    previous_impact     TINYINT          NULL,
    likelihood          TINYINT          NOT NULL,
    impact              TINYINT          NOT NULL,
    residual_likelihood TINYINT          NULL,
    residual_impact     TINYINT          NULL,
    rationale           NVARCHAR(2000)   NOT NULL
);
CREATE CLUSTERED INDEX cx_risk_assessments_risk ON risk.risk_assessments (risk_id, assessed_at, id);
