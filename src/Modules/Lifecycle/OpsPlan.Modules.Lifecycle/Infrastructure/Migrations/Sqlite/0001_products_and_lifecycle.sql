CREATE TABLE products (
    id                   TEXT    NOT NULL PRIMARY KEY,
    name                 TEXT    NOT NULL,
    owner                TEXT    NOT NULL,
    description          TEXT    NULL,
    stage                TEXT    NOT NULL,
    stage_changed_at     TEXT    NOT NULL,
    decline_detected_for TEXT    NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    version              INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_products_name ON products (name);
CREATE INDEX ix_products_created ON products (created_at, id);
CREATE INDEX ix_products_updated ON products (updated_at, id);
CREATE INDEX ix_products_stage ON products (stage, created_at, id);

-- Every move of a product's stage; the time-in-stage report reads it whole, in product order.
CREATE TABLE stage_history (
    id          TEXT NOT NULL PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES products (id),
    from_stage  TEXT NULL,
    to_stage    TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    reason      TEXT NOT NULL
);
CREATE INDEX ix_stage_history_product ON stage_history (product_id, changed_at, id, to_stage);

CREATE TABLE retirement_plans (
    product_id                  TEXT    NOT NULL PRIMARY KEY REFERENCES products (id),
    announcement_date           TEXT    NOT NULL,
    end_of_sale                 TEXT    NOT NULL,
    end_of_support              TEXT    NOT NULL,
    migration_target_product_id TEXT    NULL REFERENCES products (id),
    compensation_policy         TEXT    NULL,
    status                      TEXT    NOT NULL,
    approved_at                 TEXT    NULL,
    approved_by                 TEXT    NULL,
    created_at                  TEXT    NOT NULL,
    updated_at                  TEXT    NOT NULL,
    version                     INTEGER NOT NULL
);

CREATE TABLE releases (
    id          TEXT NOT NULL PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES products (id),
    version     TEXT NOT NULL,
    released_on TEXT NOT NULL,
    type        TEXT NOT NULL,
    notes       TEXT NULL,
    requirement_ids TEXT NOT NULL,
    feedback_ids    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_releases_version ON releases (product_id, version);
CREATE INDEX ix_releases_product_created ON releases (product_id, created_at, id);
CREATE INDEX ix_releases_product_updated ON releases (product_id, updated_at, id);

CREATE TABLE feedback (
    id                  TEXT    NOT NULL PRIMARY KEY,
    product_id          TEXT    NOT NULL REFERENCES products (id),
    external_id         TEXT    NULL,
    source              TEXT    NOT NULL,
    rating              INTEGER NULL,
    category            TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    received_at         TEXT    NOT NULL,
    fixed_in_release_id TEXT    NULL REFERENCES releases (id),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    version             INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_feedback_external_id ON feedback (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_feedback_product_created ON feedback (product_id, created_at, id);
CREATE INDEX ix_feedback_product_updated ON feedback (product_id, updated_at, id);
-- The summary counts a product's feedback by when it was received.
CREATE INDEX ix_feedback_product_received ON feedback (product_id, received_at, rating, category, status);
CREATE INDEX ix_feedback_release ON feedback (fixed_in_release_id) WHERE fixed_in_release_id IS NOT NULL;

CREATE TABLE requirements (
    id                      TEXT    NOT NULL PRIMARY KEY,
    product_id              TEXT    NOT NULL REFERENCES products (id),
    title                   TEXT    NOT NULL,
    description             TEXT    NULL,
    source                  TEXT    NOT NULL,
    priority                TEXT    NOT NULL,
    status                  TEXT    NOT NULL,
    feedback_ids            TEXT    NOT NULL,
    target_version          TEXT    NULL,
    delivered_in_release_id TEXT    NULL REFERENCES releases (id),
    created_at              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    version                 INTEGER NOT NULL
);
CREATE INDEX ix_requirements_product_created ON requirements (product_id, created_at, id);
CREATE INDEX ix_requirements_product_updated ON requirements (product_id, updated_at, id);
CREATE INDEX ix_requirements_release ON requirements (delivered_in_release_id) WHERE delivered_in_release_id IS NOT NULL;


CREATE TABLE experiments (
    id                  TEXT    NOT NULL PRIMARY KEY,
    product_id          TEXT    NOT NULL REFERENCES products (id),
    name                TEXT    NOT NULL,
    hypothesis          TEXT    NOT NULL,
    metric              TEXT    NOT NULL,
    minimum_sample_size INTEGER NOT NULL,
    variants            TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    started_at          TEXT    NULL,
    concluded_at        TEXT    NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    version             INTEGER NOT NULL
);
CREATE INDEX ix_experiments_product_created ON experiments (product_id, created_at, id);
CREATE INDEX ix_experiments_product_updated ON experiments (product_id, updated_at, id);


-- One row per product and month; retention in hundredths of a percent, money in units of 1/10,000.
CREATE TABLE product_metrics (
    product_id           TEXT    NOT NULL REFERENCES products (id),
    month                TEXT    NOT NULL,
    active_users         INTEGER NOT NULL,
    revenue_minor        INTEGER NOT NULL,
    currency             TEXT    NOT NULL,
    retention_hundredths INTEGER NULL,
    nps                  INTEGER NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    PRIMARY KEY (product_id, month)
) WITHOUT ROWID;
