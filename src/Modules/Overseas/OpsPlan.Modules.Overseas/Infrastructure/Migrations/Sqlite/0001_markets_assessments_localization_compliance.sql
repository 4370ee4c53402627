-- Languages are a JSON array of BCP 47 tags. The latest assessment's scores are kept on the market, in hundredths
-- (exact on both providers), so the ranking reads one row per market.
CREATE TABLE markets (
    id                 TEXT    NOT NULL PRIMARY KEY,
    country            TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    languages          TEXT    NOT NULL,
    currency           TEXT    NOT NULL,
    owner              TEXT    NOT NULL,
    target_launch_date TEXT    NULL,
    stage              TEXT    NOT NULL,
    stage_changed_at   TEXT    NOT NULL,
    paused_from        TEXT    NULL,
    assessment_version INTEGER NULL,
    attractiveness     INTEGER NULL,
    risk               INTEGER NULL,
    combined           INTEGER NULL,
    assessed_at        TEXT    NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    version            INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_markets_country ON markets (country);
CREATE INDEX ix_markets_created ON markets (created_at, id);
CREATE INDEX ix_markets_updated ON markets (updated_at, id);
CREATE INDEX ix_markets_stage ON markets (stage);

CREATE TABLE stage_history (
    id         TEXT NOT NULL PRIMARY KEY,
    market_id  TEXT NOT NULL REFERENCES markets (id),
    from_stage TEXT NULL,
    to_stage   TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    reason     TEXT NOT NULL
);
CREATE INDEX ix_stage_history_market ON stage_history (market_id, changed_at, id);

-- Factors are a JSON array (factor, score, weight, evidence); the scores as computed when recorded, in hundredths.
CREATE TABLE assessments (
    id             TEXT    NOT NULL PRIMARY KEY,
    market_id      TEXT    NOT NULL REFERENCES markets (id),
    version        INTEGER NOT NULL,
    factors        TEXT    NOT NULL,
    attractiveness INTEGER NOT NULL,
    risk           INTEGER NOT NULL,
    combined       INTEGER NOT NULL,
    assessed_by    TEXT    NOT NULL,
    created_at     TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_assessments_version ON assessments (market_id, version);

CREATE TABLE localization_tasks (
    id          TEXT    NOT NULL PRIMARY KEY,
    market_id   TEXT    NOT NULL REFERENCES markets (id),
    area        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    due_date    TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    status_note TEXT    NULL,
    weight      INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL
);
CREATE INDEX ix_localization_tasks_market_created ON localization_tasks (market_id, created_at, id);
CREATE INDEX ix_localization_tasks_market_updated ON localization_tasks (market_id, updated_at, id);
-- Readiness sums weights per market, area and status from this index alone; the overdue list walks due dates.
CREATE INDEX ix_localization_tasks_readiness ON localization_tasks (market_id, area, status, weight);
CREATE INDEX ix_localization_tasks_due ON localization_tasks (due_date, status);

CREATE TABLE compliance_items (
    id          TEXT    NOT NULL PRIMARY KEY,
    market_id   TEXT    NOT NULL REFERENCES markets (id),
    regulation  TEXT    NOT NULL,
    requirement TEXT    NOT NULL,
    severity    TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    due_date    TEXT    NULL,
    evidence    TEXT    NULL,
    reason      TEXT    NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL
);
CREATE INDEX ix_compliance_items_market_created ON compliance_items (market_id, created_at, id);
CREATE INDEX ix_compliance_items_market_updated ON compliance_items (market_id, updated_at, id);
-- The launch gate and the pipeline count open critical items per market.
CREATE INDEX ix_compliance_items_open ON compliance_items (severity, status, market_id);
