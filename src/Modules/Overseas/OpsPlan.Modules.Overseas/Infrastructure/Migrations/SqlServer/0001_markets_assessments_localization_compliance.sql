CREATE TABLE overseas.markets (
    id                 UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_markets PRIMARY KEY NONCLUSTERED,
    country            CHAR(2)          NOT NULL,
    name               NVARCHAR(200)    NOT NULL,
    languages          NVARCHAR(1000)   NOT NULL,
    currency           CHAR(3)          NOT NULL,
    owner              NVARCHAR(200)    NOT NULL,
    target_launch_date DATE             NULL,
    stage              VARCHAR(20)      NOT NULL,
    stage_changed_at   DATETIME2(7)     NOT NULL,
    paused_from        VARCHAR(20)      NULL,
    assessment_version INT              NULL,
    attractiveness     INT              NULL,
    risk               INT              NULL,
    combined           INT              NULL,
    assessed_at        DATETIME2(7)     NULL,
    created_at         DATETIME2(7)     NOT NULL,
    updated_at         DATETIME2(7)     NOT NULL,
    version            BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_markets_country ON overseas.markets (country);
CREATE CLUSTERED INDEX cx_markets_created ON overseas.markets (created_at, id);
CREATE INDEX ix_markets_updated ON overseas.markets (updated_at, id);
CREATE INDEX ix_markets_stage ON overseas.markets (stage);

CREATE TABLE overseas.stage_history (
    id         UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_stage_history PRIMARY KEY NONCLUSTERED,
    market_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_stage_history_market REFERENCES overseas.markets (id),
    from_stage VARCHAR(20)      NULL,
    to_stage   VARCHAR(20)      NOT NULL,
    changed_at DATETIME2(7)     NOT NULL,
    changed_by NVARCHAR(200)    NOT NULL,
    reason     NVARCHAR(1000)   NOT NULL
);
CREATE CLUSTERED INDEX cx_stage_history_market ON overseas.stage_history (market_id, changed_at, id);

CREATE TABLE overseas.assessments (
    id             UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_assessments PRIMARY KEY NONCLUSTERED,
    market_id      UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_assessments_market REFERENCES overseas.markets (id),
    version        INT              NOT NULL,
    factors        NVARCHAR(MAX)    NOT NULL,
    attractiveness INT              NOT NULL,
    risk           INT              NOT NULL,
    combined       INT              NOT NULL,
    assessed_by    NVARCHAR(200)    NOT NULL,
    created_at     DATETIME2(7)     NOT NULL
);
CREATE UNIQUE CLUSTERED INDEX ux_assessments_version ON overseas.assessments (market_id, version);

CREATE TABLE overseas.localization_tasks (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_localization_tasks PRIMARY KEY NONCLUSTERED,
    market_id   UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_localization_tasks_market REFERENCES overseas.markets (id),
    area        VARCHAR(20)      NOT NULL,
    title       NVARCHAR(200)    NOT NULL,
    owner       NVARCHAR(200)    NOT NULL,
    due_date    DATE             NOT NULL,
    status      VARCHAR(20)      NOT NULL,
    status_note NVARCHAR(1000)   NULL,
    weight      INT              NOT NULL,
    created_at  DATETIME2(7)     NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL,
    version     BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_localization_tasks_market_created ON overseas.localization_tasks (market_id, created_at, id);
CREATE INDEX ix_localization_tasks_market_updated ON overseas.localization_tasks (market_id, updated_at, id);
CREATE INDEX ix_localization_tasks_readiness ON overseas.localization_tasks (market_id, area, status) INCLUDE (weight);
CREATE INDEX ix_localization_tasks_due ON overseas.localization_tasks (due_date, status);

CREATE TABLE overseas.compliance_items (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_compliance_items PRIMARY KEY NONCLUSTERED,
    market_id   UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_compliance_items_market REFERENCES overseas.markets (id),
    regulation  NVARCHAR(100)    NOT NULL,
    requirement NVARCHAR(2000)   NOT NULL,
    severity    VARCHAR(20)      NOT NULL,
    status      VARCHAR(20)      NOT NULL,
    due_date    DATE             NULL,
    evidence    NVARCHAR(2000)   NULL,
    reason      NVARCHAR(1000)   NULL,
    created_at  DATETIME2(7)     NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL,
    version     BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_compliance_items_market_created ON overseas.compliance_items (market_id, created_at, id);
CREATE INDEX ix_compliance_items_market_updated ON overseas.compliance_items (market_id, updated_at, id);
CREATE INDEX ix_compliance_items_open ON overseas.compliance_items (severity, status, market_id);
