CREATE TABLE partners.partners (
    id                UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partners PRIMARY KEY NONCLUSTERED,
    name              NVARCHAR(200)    NOT NULL,
    type              VARCHAR(20)      NOT NULL,
    country           CHAR(2)          NOT NULL,
    contacts          NVARCHAR(MAX)    NOT NULL,
    description       NVARCHAR(4000)   NULL,
    status            VARCHAR(20)      NOT NULL,
    status_changed_at DATETIME2(7)     NOT NULL,
    tier              VARCHAR(20)      NULL,
    created_at        DATETIME2(7)     NOT NULL,
    updated_at        DATETIME2(7)     NOT NULL,
    version           BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_partners_name ON partners.partners (name);
CREATE CLUSTERED INDEX cx_partners_created ON partners.partners (created_at, id);
CREATE INDEX ix_partners_updated ON partners.partners (updated_at, id);
CREATE INDEX ix_partners_type ON partners.partners (type);
CREATE INDEX ix_partners_status ON partners.partners (status);
CREATE INDEX ix_partners_tier ON partners.partners (tier);
CREATE INDEX ix_partners_country ON partners.partners (country);

CREATE TABLE partners.status_history (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_status_history PRIMARY KEY NONCLUSTERED,
    partner_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_status_history_partner REFERENCES partners.partners (id),
    from_status VARCHAR(20)      NULL,
    to_status   VARCHAR(20)      NOT NULL,
    changed_at  DATETIME2(7)     NOT NULL,
    changed_by  NVARCHAR(200)    NOT NULL,
    reason      NVARCHAR(1000)   NOT NULL
);
CREATE CLUSTERED INDEX cx_status_history_partner ON partners.status_history (partner_id, changed_at, id);

CREATE TABLE partners.due_diligence_items (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_due_diligence_items PRIMARY KEY NONCLUSTERED,
    partner_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_due_diligence_items_partner REFERENCES partners.partners (id),
    position    INT              NOT NULL,
    area        VARCHAR(20)      NOT NULL,
    title       NVARCHAR(200)    NOT NULL,
    required    BIT              NOT NULL,
    status      VARCHAR(20)      NOT NULL,
    evidence    NVARCHAR(2000)   NULL,
    reviewer    NVARCHAR(200)    NULL,
    reviewed_at DATETIME2(7)     NULL,
    review_note NVARCHAR(1000)   NULL,
    created_at  DATETIME2(7)     NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL,
    version     BIGINT           NOT NULL
);
CREATE UNIQUE CLUSTERED INDEX ux_due_diligence_items_position ON partners.due_diligence_items (partner_id, position);

CREATE TABLE partners.agreements (
    id                    UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_agreements PRIMARY KEY NONCLUSTERED,
    partner_id            UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_agreements_partner REFERENCES partners.partners (id),
    title                 NVARCHAR(200)    NOT NULL,
    type                  VARCHAR(20)      NOT NULL,
    start_date            DATE             NOT NULL,
    end_date              DATE             NOT NULL,
    value_minor           BIGINT           NULL,
    value_currency        CHAR(3)          NULL,
    auto_renew            BIT              NOT NULL,
    notice_days           INT              NOT NULL,
    expiring_from         DATE             NOT NULL,
    sla_targets           NVARCHAR(MAX)    NOT NULL,
    expiring_announced_at DATETIME2(7)     NULL,
    created_at            DATETIME2(7)     NOT NULL,
    updated_at            DATETIME2(7)     NOT NULL,
    version               BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_agreements_partner_created ON partners.agreements (partner_id, created_at, id);
CREATE INDEX ix_agreements_partner_updated ON partners.agreements (partner_id, updated_at, id);
CREATE INDEX ix_agreements_end ON partners.agreements (end_date);
CREATE INDEX ix_agreements_expiring ON partners.agreements (expiring_from) WHERE expiring_announced_at IS NULL;

CREATE TABLE partners.sla_measurements (
    agreement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_sla_measurements_agreement REFERENCES partners.agreements (id),
    metric       VARCHAR(30)      NOT NULL,
    period       DATE             NOT NULL,
    partner_id   UNIQUEIDENTIFIER NOT NULL,
    value_units  BIGINT           NOT NULL,
    target_units BIGINT           NOT NULL,
    comparison   VARCHAR(20)      NOT NULL,
    met          BIT              NOT NULL,
    created_at   DATETIME2(7)     NOT NULL,
    updated_at   DATETIME2(7)     NOT NULL,
    CONSTRAINT pk_sla_measurements PRIMARY KEY (agreement_id, metric, period)
);
CREATE INDEX ix_sla_measurements_partner ON partners.sla_measurements (partner_id, metric, period) INCLUDE (met);

CREATE TABLE partners.scorecards (
    id               UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_scorecards PRIMARY KEY NONCLUSTERED,
    partner_id       UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_scorecards_partner REFERENCES partners.partners (id),
    period           VARCHAR(7)       NOT NULL,
    scores           NVARCHAR(400)    NOT NULL,
    weights          NVARCHAR(400)    NOT NULL,
    overall          DECIMAL(5, 2)    NOT NULL,
    recommended_tier VARCHAR(20)      NOT NULL,
    comment          NVARCHAR(2000)   NULL,
    recorded_by      NVARCHAR(200)    NOT NULL,
    created_at       DATETIME2(7)     NOT NULL
);
CREATE UNIQUE CLUSTERED INDEX ux_scorecards_period ON partners.scorecards (partner_id, period);
