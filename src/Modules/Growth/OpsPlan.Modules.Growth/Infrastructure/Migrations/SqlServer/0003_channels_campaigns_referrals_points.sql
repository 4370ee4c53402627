CREATE TABLE growth.channels (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_channels PRIMARY KEY NONCLUSTERED,
    name        NVARCHAR(200)    NOT NULL,
    kind        VARCHAR(20)      NOT NULL,
    status      VARCHAR(20)      NOT NULL,
    created_at  DATETIME2(7)     NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL,
    version     BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_channels_name ON growth.channels (name);
CREATE CLUSTERED INDEX cx_channels_created ON growth.channels (created_at, id);
CREATE INDEX ix_channels_updated ON growth.channels (updated_at, id);

-- One row per channel and day, as the ad platforms report it; the performance view sums day ranges.
CREATE TABLE growth.channel_metrics (
    channel_id       UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_channel_metrics_channel REFERENCES growth.channels (id),
    day              DATE             NOT NULL,
    id               UNIQUEIDENTIFIER NOT NULL,
    spend_minor      BIGINT           NOT NULL,
    spend_currency   CHAR(3)          NOT NULL,
    impressions      BIGINT           NOT NULL,
    clicks           BIGINT           NOT NULL,
    signups          BIGINT           NOT NULL,
    activations      BIGINT           NOT NULL,
    revenue_minor    BIGINT           NOT NULL,
    revenue_currency CHAR(3)          NOT NULL,
    updated_at       DATETIME2(7)     NOT NULL,
    CONSTRAINT pk_channel_metrics PRIMARY KEY (channel_id, day)
);

CREATE TABLE growth.campaigns (
    id                UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_campaigns PRIMARY KEY NONCLUSTERED,
    name              NVARCHAR(200)    NOT NULL,
    goal              VARCHAR(20)      NOT NULL,
    conversion_event  VARCHAR(20)      NOT NULL,
    segment_id        UNIQUEIDENTIFIER NULL CONSTRAINT fk_campaigns_segment REFERENCES growth.segments (id),
    channel_id        UNIQUEIDENTIFIER NULL CONSTRAINT fk_campaigns_channel REFERENCES growth.channels (id),
    product_id        UNIQUEIDENTIFIER NULL,
    starts_at         DATETIME2(7)     NULL,
    ends_at           DATETIME2(7)     NULL,
    budget_minor      BIGINT           NULL,
    budget_currency   CHAR(3)          NULL,
    offer_kind        VARCHAR(20)      NULL,
    offer_points      BIGINT           NULL,
    offer_detail      NVARCHAR(1000)   NULL,
    status            VARCHAR(20)      NOT NULL,
    status_changed_at DATETIME2(7)     NOT NULL,
    status_due_at     DATETIME2(7)     NULL,
    created_at        DATETIME2(7)     NOT NULL,
    updated_at        DATETIME2(7)     NOT NULL,
    version           BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_campaigns_created ON growth.campaigns (created_at, id);
CREATE INDEX ix_campaigns_updated ON growth.campaigns (updated_at, id);
-- The schedule sweep reads only campaigns whose status is due to follow their schedule.
CREATE INDEX ix_campaigns_status_due ON growth.campaigns (status_due_at, id) WHERE status_due_at IS NOT NULL;
-- Activity looks up the campaigns running when its events happened.
CREATE INDEX ix_campaigns_window ON growth.campaigns (status, starts_at, ends_at);

-- The audience frozen when the campaign was scheduled; converted_at is the first conversion event inside the window.
CREATE TABLE growth.campaign_audience (
    campaign_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_campaign_audience_campaign REFERENCES growth.campaigns (id),
    customer_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_campaign_audience_customer REFERENCES growth.customers (id),
    converted_at DATETIME2(7)     NULL,
    CONSTRAINT pk_campaign_audience PRIMARY KEY (campaign_id, customer_id)
);

CREATE TABLE growth.campaign_spend (
    id                     UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_campaign_spend PRIMARY KEY NONCLUSTERED,
    campaign_id            UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_campaign_spend_campaign REFERENCES growth.campaigns (id),
    amount_minor           BIGINT           NOT NULL,
    currency               CHAR(3)          NOT NULL,
    spent_on               DATE             NOT NULL,
    cost_center_id         UNIQUEIDENTIFIER NOT NULL,
    description            NVARCHAR(500)    NOT NULL,
    booking                VARCHAR(20)      NOT NULL,
    finance_transaction_id UNIQUEIDENTIFIER NULL,
    booking_error          NVARCHAR(1000)   NULL,
    created_at             DATETIME2(7)     NOT NULL,
    updated_at             DATETIME2(7)     NOT NULL,
    version                BIGINT           NOT NULL
);
CREATE CLUSTERED INDEX cx_campaign_spend_campaign ON growth.campaign_spend (campaign_id, created_at, id);

CREATE TABLE growth.referral_programs (
    id                 UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_referral_programs PRIMARY KEY NONCLUSTERED,
    name               NVARCHAR(200)    NOT NULL,
    reward_kind        VARCHAR(20)      NOT NULL,
    reward_points      BIGINT           NULL,
    reward_value_minor BIGINT           NULL,
    reward_currency    CHAR(3)          NULL,
    reward_detail      NVARCHAR(1000)   NULL,
    reward_trigger     VARCHAR(20)      NOT NULL,
    per_referrer_cap   INT              NULL,
    program_cap        INT              NULL,
    starts_at          DATETIME2(7)     NOT NULL,
    ends_at            DATETIME2(7)     NULL,
    referral_count     INT              NOT NULL,
    rewarded_count     INT              NOT NULL,
    created_at         DATETIME2(7)     NOT NULL,
    updated_at         DATETIME2(7)     NOT NULL,
    version            BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_referral_programs_name ON growth.referral_programs (name);
CREATE CLUSTERED INDEX cx_referral_programs_created ON growth.referral_programs (created_at, id);
CREATE INDEX ix_referral_programs_updated ON growth.referral_programs (updated_at, id);

-- A referrer's code in a program, with the counts the caps and the leaderboard read.
CREATE TABLE growth.invite_codes (
    code           VARCHAR(20)      NOT NULL CONSTRAINT pk_invite_codes PRIMARY KEY,
    program_id     UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_invite_codes_program REFERENCES growth.referral_programs (id),
    customer_id    UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_invite_codes_customer REFERENCES growth.customers (id),
    referral_count INT              NOT NULL,
    rewarded_count INT              NOT NULL,
    created_at     DATETIME2(7)     NOT NULL
);
CREATE UNIQUE INDEX ux_invite_codes_referrer ON growth.invite_codes (program_id, customer_id);
CREATE INDEX ix_invite_codes_leaderboard ON growth.invite_codes (program_id, rewarded_count, referral_count);

-- A customer is referred once, in one program: the unique index is what makes a second redemption fail, races included.
CREATE TABLE growth.referrals (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_referrals PRIMARY KEY NONCLUSTERED,
    program_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_referrals_program REFERENCES growth.referral_programs (id),
    code        VARCHAR(20)      NOT NULL CONSTRAINT fk_referrals_code REFERENCES growth.invite_codes (code),
    referrer_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_referrals_referrer REFERENCES growth.customers (id),
    invitee_id  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_referrals_invitee REFERENCES growth.customers (id),
    status      VARCHAR(20)      NOT NULL,
    redeemed_at DATETIME2(7)     NOT NULL,
    rewarded_at DATETIME2(7)     NULL
);
CREATE UNIQUE INDEX ux_referrals_invitee ON growth.referrals (invitee_id);
CREATE CLUSTERED INDEX cx_referrals_program ON growth.referrals (program_id, redeemed_at, id);

-- The balance is the ledger's sum, kept beside it so that a redemption checks and takes points in one statement.
CREATE TABLE growth.points_accounts (
    customer_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_points_accounts PRIMARY KEY CONSTRAINT fk_points_accounts_customer REFERENCES growth.customers (id),
    balance     BIGINT           NOT NULL,
    earned      BIGINT           NOT NULL,
    redeemed    BIGINT           NOT NULL,
    expired     BIGINT           NOT NULL,
    updated_at  DATETIME2(7)     NOT NULL
);

CREATE TABLE growth.points_entries (
    id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_points_entries PRIMARY KEY NONCLUSTERED,
    customer_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_points_entries_customer REFERENCES growth.customers (id),
    entry_key   NVARCHAR(100)    NOT NULL,
    kind        VARCHAR(20)      NOT NULL,
    points      BIGINT           NOT NULL,
    source      VARCHAR(20)      NOT NULL,
    source_id   UNIQUEIDENTIFIER NULL,
    reason      NVARCHAR(500)    NOT NULL,
    occurred_at DATETIME2(7)     NOT NULL,
    balance     BIGINT           NOT NULL
);
CREATE UNIQUE INDEX ux_points_entries_key ON growth.points_entries (customer_id, entry_key);
CREATE CLUSTERED INDEX cx_points_entries_customer ON growth.points_entries (customer_id, occurred_at, id);
