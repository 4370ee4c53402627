CREATE TABLE budgets (
    id                   TEXT    NOT NULL PRIMARY KEY,
    cost_center_id       TEXT    NOT NULL REFERENCES cost_centers (id),
    period               TEXT    NOT NULL,
    starts_on            TEXT    NOT NULL,
    ends_on              TEXT    NOT NULL,
    currency             TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    warning_threshold_bp INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    version              INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_budgets_cost_center_period ON budgets (cost_center_id, period);
CREATE INDEX ix_budgets_created ON budgets (created_at, id);
CREATE INDEX ix_budgets_updated ON budgets (updated_at, id);

CREATE TABLE budget_lines (
    budget_id    TEXT    NOT NULL REFERENCES budgets (id),
    category     TEXT    NOT NULL,
    amount_minor INTEGER NOT NULL,
    state        TEXT    NOT NULL,
    PRIMARY KEY (budget_id, category)
);

CREATE TABLE budget_revisions (
    id             TEXT    NOT NULL PRIMARY KEY,
    budget_id      TEXT    NOT NULL REFERENCES budgets (id),
    revised_by     TEXT    NOT NULL,
    revised_at     TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    budget_version INTEGER NOT NULL
);
CREATE INDEX ix_budget_revisions_budget ON budget_revisions (budget_id, revised_at, id);

CREATE TABLE budget_revision_changes (
    revision_id    TEXT    NOT NULL REFERENCES budget_revisions (id),
    category       TEXT    NOT NULL,
    previous_minor INTEGER NOT NULL,
    amount_minor   INTEGER NOT NULL,
    PRIMARY KEY (revision_id, category)
);
