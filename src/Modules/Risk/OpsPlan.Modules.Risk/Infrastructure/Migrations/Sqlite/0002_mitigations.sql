CREATE TABLE mitigations (
    id           TEXT    NOT NULL PRIMARY KEY,
    risk_id      TEXT    NOT NULL REFERENCES risks (id),
    action       TEXT    NOT NULL,
    owner        TEXT    NOT NULL,
    due_date     TEXT    NULL,
    status       TEXT    NOT NULL,
    completed_at TEXT    NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    version      INTEGER NOT NULL
);
CREATE INDEX ix_mitigations_risk ON mitigations (risk_id, created_at);
CREATE INDEX ix_mitigations_created ON mitigations (created_at, id);
CREATE INDEX ix_mitigations_updated ON mitigations (updated_at, id);
-- The overdue list: open mitigations by due date.
CREATE INDEX ix_mitigations_open_due ON mitigations (status, due_date);
