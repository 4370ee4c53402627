CREATE TABLE incidents (
    id                TEXT    NOT NULL PRIMARY KEY,
    title             TEXT    NOT NULL,
    description       TEXT    NULL,
    type              TEXT    NOT NULL,
    severity          TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    commander         TEXT    NOT NULL,
    detected_at       TEXT    NOT NULL,
    confirmed_at      TEXT    NULL,
    recovered_at      TEXT    NULL,
    closed_at         TEXT    NULL,
    root_cause        TEXT    NULL,
    lessons           TEXT    NULL,
    follow_up_actions TEXT    NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL
);
CREATE INDEX ix_incidents_created ON incidents (created_at, id);
CREATE INDEX ix_incidents_updated ON incidents (updated_at, id);
CREATE INDEX ix_incidents_status ON incidents (status, created_at);
CREATE INDEX ix_incidents_detected ON incidents (detected_at);

CREATE TABLE incident_timeline (
    id          TEXT NOT NULL PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    occurred_at TEXT NOT NULL,
    author      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    entry       TEXT NOT NULL
);
CREATE INDEX ix_incident_timeline_incident ON incident_timeline (incident_id, occurred_at, id);

CREATE TABLE incident_risks (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    risk_id     TEXT NOT NULL REFERENCES risks (id),
    PRIMARY KEY (incident_id, risk_id)
);
