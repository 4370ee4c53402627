CREATE TABLE finance.budgets (
    id                   UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_budgets PRIMARY KEY NONCLUSTERED,
    cost_center_id       UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_budgets_cost_center REFERENCES finance.cost_centers (id),
    period               NVARCHAR(7)      NOT NULL,
    starts_on            DATE             NOT NULL,
    ends_on              DATE             NOT NULL,
    currency             NCHAR(3)         NOT NULL,
    status               NVARCHAR(20)     NOT NULL,
    warning_threshold_bp INT              NOT NULL,
    created_at           DATETIME2(7)     NOT NULL,
    updated_at           DATETIME2(7)     NOT NULL,
    version              BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_budgets_cost_center_period ON finance.budgets (cost_center_id, period);
CREATE CLUSTERED INDEX cx_budgets_created ON finance.budgets (created_at, id);
CREATE INDEX ix_budgets_updated ON finance.budgets (updated_at, id);

CREATE TABLE finance.budget_lines (
    budget_id    UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_budget_lines_budget REFERENCES finance.budgets (id),
    category     NVARCHAR(20)     NOT NULL,
    amount_minor BIGINT           NOT NULL,
    state        NVARCHAR(10)     NOT NULL,
    CONSTRAINT pk_budget_lines PRIMARY KEY (budget_id, category)
);

CREATE TABLE finance.budget_revisions (
    id             UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_budget_revisions PRIMARY KEY NONCLUSTERED,
    budget_id      UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_budget_revisions_budget REFERENCES finance.budgets (id),
    revised_by     NVARCHAR(200)    NOT NULL,
    revised_at     DATETIME2(7)     NOT NULL,
    reason         NVARCHAR(2000)   NOT NULL,
    budget_version BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_budget_revisions_budget ON finance.budget_revisions (budget_id, revised_at, id);

CREATE TABLE finance.budget_revision_changes (
    revision_id    UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_budget_revision_changes_revision REFERENCES finance.budget_revisions (id),
    category       NVARCHAR(20)     NOT NULL,
    previous_minor BIGINT           NOT NULL,
    amount_minor   BIGINT           NOT NULL,
    CONSTRAINT pk_budget_revision_changes PRIMARY KEY (revision_id, category)
);
