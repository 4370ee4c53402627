CREATE TABLE lifecycle.products (
    id                   UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_products PRIMARY KEY NONCLUSTERED,
    name                 NVARCHAR(200)    NOT NULL,
    owner                NVARCHAR(200)    NOT NULL,
    description          NVARCHAR(4000)   NULL,
    stage                VARCHAR(20)      NOT NULL,
    stage_changed_at     DATETIME2(7)     NOT NULL,
    decline_detected_for DATE             NULL,
    created_at           DATETIME2(7)     NOT NULL,
    updated_at           DATETIME2(7)     NOT NULL,
    version              BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_products_name ON lifecycle.products (name);
CREATE CLUSTERED INDEX cx_products_created ON lifecycle.products (created_at, id);
CREATE INDEX ix_products_updated ON lifecycle.products (updated_at, id);
CREATE INDEX ix_products_stage ON lifecycle.products (stage, created_at, id);

CREATE TABLE lifecycle.stage_history (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_stage_history PRIMARY KEY NONCLUSTERED,
    product_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_stage_history_product REFERENCES lifecycle.products (id),
    from_stage  VARCHAR(20)      NULL,
    to_stage    VARCHAR(20)      NOT NULL,
    changed_at  DATETIME2(7)     NOT NULL,
    changed_by  NVARCHAR(200)    NOT NULL,
    reason      NVARCHAR(1000)   NOT NULL
);
CREATE CLUSTERED INDEX cx_stage_history_product ON lifecycle.stage_history (product_id, changed_at, id);

CREATE TABLE lifecycle.retirement_plans (
    product_id                  UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_retirement_plans PRIMARY KEY
                                CONSTRAINT fk_retirement_plans_product REFERENCES lifecycle.products (id),
    announcement_date           DATE             NOT NULL,
    end_of_sale                 DATE             NOT NULL,
    end_of_support              DATE             NOT NULL,
    migration_target_product_id UNIQUEIDENTIFIER NULL CONSTRAINT fk_retirement_plans_target REFERENCES lifecycle.products (id),
    compensation_policy         NVARCHAR(4000)   NULL,
    status                      VARCHAR(20)      NOT NULL,
    approved_at                 DATETIME2(7)     NULL,
    approved_by                 NVARCHAR(200)    NULL,
    created_at                  DATETIME2(7)     NOT NULL,
    updated_at                  DATETIME2(7)     NOT NULL,
    version                     BIGINT           NOT NULL
);

CREATE TABLE lifecycle.releases (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_releases PRIMARY KEY NONCLUSTERED,
    product_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_releases_product REFERENCES lifecycle.products (id),
    version     VARCHAR(64)      NOT NULL,
    released_on DATE             NOT NULL,
    type        VARCHAR(20)      NOT NULL,
    notes       NVARCHAR(4000)   NULL,
    requirement_ids NVARCHAR(MAX) NOT NULL,
    feedback_ids    NVARCHAR(MAX) NOT NULL,
    created_at  DATETIME2(7)     NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL
);
CREATE UNIQUE INDEX ux_releases_version ON lifecycle.releases (product_id, version);
CREATE CLUSTERED INDEX cx_releases_product_created ON lifecycle.releases (product_id, created_at, id);
CREATE INDEX ix_releases_product_updated ON lifecycle.releases (product_id, updated_at, id);

CREATE TABLE lifecycle.feedback (
    id                  UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_feedback PRIMARY KEY NONCLUSTERED,
    product_id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_feedback_product REFERENCES lifecycle.products (id),
    external_id         NVARCHAR(100)    NULL,
    source              VARCHAR(20)      NOT NULL,
    rating              INT              NULL,
    category            VARCHAR(20)      NOT NULL,
    text                NVARCHAR(4000)   NOT NULL,
    status              VARCHAR(20)      NOT NULL,
    received_at         DATETIME2(7)     NOT NULL,
    fixed_in_release_id UNIQUEIDENTIFIER NULL CONSTRAINT fk_feedback_release REFERENCES lifecycle.releases (id),
    created_at          DATETIME2(7)     NOT NULL,
    updated_at          DATETIME2(7)     NOT NULL,
    version             BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_feedback_external_id ON lifecycle.feedback (external_id) WHERE external_id IS NOT NULL;
CREATE CLUSTERED INDEX cx_feedback_product_created ON lifecycle.feedback (product_id, created_at, id);
CREATE INDEX ix_feedback_product_updated ON lifecycle.feedback (product_id, updated_at, id);
CREATE INDEX ix_feedback_product_received ON lifecycle.feedback (product_id, received_at) INCLUDE (rating, category, status);
CREATE INDEX ix_feedback_release ON lifecycle.feedback (fixed_in_release_id) WHERE fixed_in_release_id IS NOT NULL;

CREATE TABLE lifecycle.requirements (
    id                      UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_requirements PRIMARY KEY NONCLUSTERED,
    product_id              UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_requirements_product REFERENCES lifecycle.products (id),
    title                   NVARCHAR(200)    NOT NULL,
    description             NVARCHAR(4000)   NULL,
    source                  VARCHAR(20)      NOT NULL,
    priority                VARCHAR(20)      NOT NULL,
    status                  VARCHAR(20)      NOT NULL,
    feedback_ids            NVARCHAR(MAX)    NOT NULL,
    target_version          VARCHAR(64)      NULL,
    delivered_in_release_id UNIQUEIDENTIFIER NULL CONSTRAINT fk_requirements_release REFERENCES lifecycle.releases (id),
    created_at              DATETIME2(7)     NOT NULL,
    updated_at              DATETIME2(7)     NOT NULL,
    version                 BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_requirements_product_created ON lifecycle.requirements (product_id, created_at, id);
CREATE INDEX ix_requirements_product_updated ON lifecycle.requirements (product_id, updated_at, id);
CREATE INDEX ix_requirements_release ON lifecycle.requirements (delivered_in_release_id) WHERE delivered_in_release_id IS NOT NULL;


CREATE TABLE lifecycle.experiments (
    id                  UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_experiments PRIMARY KEY NONCLUSTERED,
    product_id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_experiments_product REFERENCES lifecycle.products (id),
    name                NVARCHAR(200)    NOT NULL,
    hypothesis          NVARCHAR(2000)   NOT NULL,
    metric              NVARCHAR(100)    NOT NULL,
    minimum_sample_size INT              NOT NULL,
    variants            NVARCHAR(MAX)    NOT NULL,
    status              VARCHAR(20)      NOT NULL,
    started_at          DATETIME2(7)     NULL,
    concluded_at        DATETIME2(7)     NULL,
    created_at          DATETIME2(7)     NOT NULL,
    updated_at          DATETIME2(7)     NOT NULL,
    version             BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_experiments_product_created ON lifecycle.experiments (product_id, created_at, id);
CREATE INDEX ix_experiments_product_updated ON lifecycle.experiments (product_id, updated_at, id);


CREATE TABLE lifecycle.product_metrics (
    product_id           UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_product_metrics_product REFERENCES lifecycle.products (id),
    month                DATE             NOT NULL,
    active_users         BIGINT           NOT NULL,
    revenue_minor        BIGINT           NOT NULL,
    currency             CHAR(3)          NOT NULL,
    retention_hundredths INT              NULL,
    nps                  INT              NULL,
    created_at           DATETIME2(7)     NOT NULL,
    updated_at           DATETIME2(7)     NOT NULL,
    CONSTRAINT pk_product_metrics PRIMARY KEY (product_id, month)
);
