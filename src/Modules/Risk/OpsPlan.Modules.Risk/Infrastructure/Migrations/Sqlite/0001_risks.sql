CREATE TABLE risks (
    id                  TEXT    NOT NULL PRIMARY KEY,
    title               TEXT    NOT NULL,
    description         TEXT    NULL,
    category            TEXT    NOT NULL,
    owner               TEXT    NOT NULL,
    likelihood          INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact              INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    score               INTEGER NOT NULL,
    level               TEXT    NOT NULL,
    residual_likelihood INTEGER NULL CHECK (residual_likelihood BETWEEN 1 AND 5),
    residual_impact     INTEGER NULL CHECK (residual_impact BETWEEN 1 AND 5),
    status              TEXT    NOT NULL,
    next_review_date    TEXT    NULL,
    source              TEXT    NOT NULL,
    source_reference    TEXT    NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    version             INTEGER NOT NULL
);
CREATE INDEX ix_risks_created ON risks (created_at, id);
CREATE INDEX ix_risks_updated ON risks (updated_at, id);
CREATE INDEX ix_risks_category ON risks (category, created_at);
CREATE INDEX ix_risks_status ON risks (status, created_at);
CREATE INDEX ix_risks_level ON risks (level, created_at);
CREATE INDEX ix_risks_owner ON risks (owner, created_at);
-- An automatic risk is raised once per source reference; raising it again updates it.
CREATE UNIQUE INDEX ux_risks_source_reference ON risks (source, source_reference) WHERE source_reference IS NOT NULL;

CREATE TABLE risk_assessments (
    id                  TEXT    NOT NULL PRIMARY KEY,
    risk_id             TEXT    NOT NULL REFERENCES risks (id),
    assessed_by         TEXT    NOT NULL,
    assessed_at         TEXT    NOT NULL,
    previous_likelihood INTEGER NULL,
    previous_impact     INTEGER NULL,
    likelihood          INTEGER NOT NULL,
    impact              INTEGER NOT NULL,
    residual_likelihood INTEGER NULL,
    residual_impact     INTEGER NULL,
    rationale           TEXT    NOT NULL
);
CREATE INDEX ix_risk_assessments_risk ON risk_assessments (risk_id, assessed_at, id);
