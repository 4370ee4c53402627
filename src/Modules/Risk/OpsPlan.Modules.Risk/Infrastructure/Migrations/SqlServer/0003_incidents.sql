CREATE TABLE risk.incidents (
    id                UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_incidents PRIMARY KEY NONCLUSTERED,
    title             NVARCHAR(200)    NOT NULL,
    description       NVARCHAR(4000)   NULL,
    type              VARCHAR(20)      NOT NULL,
    severity          VARCHAR(10)      NOT NULL,
    status            VARCHAR(20)      NOT NULL,
    commander         NVARCHAR(200)    NOT NULL,
    detected_at       DATETIME2(7)     NOT NULL,
    confirmed_at      DATETIME2(7)     NULL,
    recovered_at      DATETIME2(7)     NULL,
    closed_at         DATETIME2(7)     NULL,
    root_cause        NVARCHAR(4000)   NULL,
    lessons           NVARCHAR(4000)   NULL,
    follow_up_actions NVARCHAR(MAX)    NULL,
    created_at        DATETIME2(7)     NOT NULL,
    updated_at        DATETIME2(7)     NOT NULL,
    version           BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_incidents_created ON risk.incidents (created_at, id);
CREATE INDEX ix_incidents_updated ON risk.incidents (updated_at, id);
CREATE INDEX ix_incidents_status ON risk.incidents (status, created_at);
CREATE INDEX ix_incidents_detected ON risk.incidents (detected_at) INCLUDE (severity, confirmed_at, recovered_at);

CREATE TABLE risk.incident_timeline (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_incident_timeline PRIMARY KEY NONCLUSTERED,
    incident_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_incident_timeline_incident REFERENCES risk.incidents (id),
    occurred_at DATETIME2(7)     NOT NULL,
    author      NVARCHAR(200)    NOT NULL,
    kind        VARCHAR(20)      NOT NULL,
    entry       NVARCHAR(4000)   NOT NULL
);
CREATE CLUSTERED INDEX cx_incident_timeline_incident ON risk.incident_timeline (incident_id, occurred_at, id);

CREATE TABLE risk.incident_risks (
    incident_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_incident_risks_incident REFERENCES risk.incidents (id),
    risk_id     UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_incident_risks_risk REFERENCES risk.risks (id),
    CONSTRAINT pk_incident_risks PRIMARY KEY (incident_id, risk_id)
);
