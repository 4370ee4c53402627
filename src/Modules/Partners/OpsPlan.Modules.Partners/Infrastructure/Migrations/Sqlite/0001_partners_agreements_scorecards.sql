CREATE TABLE partners (
    id                TEXT    NOT NULL PRIMARY KEY,
    name              TEXT    NOT NULL,
    type              TEXT    NOT NULL,
    country           TEXT    NOT NULL,
    contacts          TEXT    NOT NULL,
    description       TEXT    NULL,
    status            TEXT    NOT NULL,
    status_changed_at TEXT    NOT NULL,
    tier              TEXT    NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_partners_name ON partners (name);
CREATE INDEX ix_partners_created ON partners (created_at, id);
CREATE INDEX ix_partners_updated ON partners (updated_at, id);
-- The summary counts partners by each of these from its own index.
CREATE INDEX ix_partners_type ON partners (type);
CREATE INDEX ix_partners_status ON partners (status);
CREATE INDEX ix_partners_tier ON partners (tier);
CREATE INDEX ix_partners_country ON partners (country);

CREATE TABLE status_history (
    id          TEXT NOT NULL PRIMARY KEY,
    partner_id  TEXT NOT NULL REFERENCES partners (id),
    from_status TEXT NULL,
    to_status   TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX ix_status_history_partner ON status_history (partner_id, changed_at, id);

CREATE TABLE due_diligence_items (
    id          TEXT    NOT NULL PRIMARY KEY,
    partner_id  TEXT    NOT NULL REFERENCES partners (id),
    position    INTEGER NOT NULL,
    area        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    required    INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    evidence    TEXT    NULL,
    reviewer    TEXT    NULL,
    reviewed_at TEXT    NULL,
    review_note TEXT    NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_due_diligence_items_position ON due_diligence_items (partner_id, position);

-- SLA targets are a JSON array (metric, target, comparison): read and written with their agreement.
CREATE TABLE agreements (
    id                    TEXT    NOT NULL PRIMARY KEY,
    partner_id            TEXT    NOT NULL REFERENCES partners (id),
    title                 TEXT    NOT NULL,
    type                  TEXT    NOT NULL,
    start_date            TEXT    NOT NULL,
    end_date              TEXT    NOT NULL,
    value_minor           INTEGER NULL,
    value_currency        TEXT    NULL,
    auto_renew            INTEGER NOT NULL,
    notice_days           INTEGER NOT NULL,
    expiring_from         TEXT    NOT NULL,
    sla_targets           TEXT    NOT NULL,
    expiring_announced_at TEXT    NULL,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    version               INTEGER NOT NULL
);
CREATE INDEX ix_agreements_partner_created ON agreements (partner_id, created_at, id);
CREATE INDEX ix_agreements_partner_updated ON agreements (partner_id, updated_at, id);
CREATE INDEX ix_agreements_end ON agreements (end_date);
CREATE INDEX ix_agreements_expiring ON agreements (expiring_from) WHERE expiring_announced_at IS NULL;

-- One row per agreement, metric and month; values and targets in units of 1/10,000 (exact on both providers).
CREATE TABLE sla_measurements (
    agreement_id TEXT    NOT NULL REFERENCES agreements (id),
    metric       TEXT    NOT NULL,
    period       TEXT    NOT NULL,
    partner_id   TEXT    NOT NULL,
    value_units  INTEGER NOT NULL,
    target_units INTEGER NOT NULL,
    comparison   TEXT    NOT NULL,
    met          INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (agreement_id, metric, period)
) WITHOUT ROWID;
-- A partner's compliance view reads its measurements by metric and month.
CREATE INDEX ix_sla_measurements_partner ON sla_measurements (partner_id, metric, period, met);

CREATE TABLE scorecards (
    id               TEXT    NOT NULL PRIMARY KEY,
    partner_id       TEXT    NOT NULL REFERENCES partners (id),
    period           TEXT    NOT NULL,
    scores           TEXT    NOT NULL,
    weights          TEXT    NOT NULL,
    overall          TEXT    NOT NULL,
    recommended_tier TEXT    NOT NULL,
    comment          TEXT    NULL,
    recorded_by      TEXT    NOT NULL,
    created_at       TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_scorecards_period ON scorecards (partner_id, period);
