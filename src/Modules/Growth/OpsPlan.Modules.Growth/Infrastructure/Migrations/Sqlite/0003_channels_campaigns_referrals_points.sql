CREATE TABLE channels (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_channels_name ON channels (name);
CREATE INDEX ix_channels_created ON channels (created_at, id);
CREATE INDEX ix_channels_updated ON channels (updated_at, id);

-- One row per channel and day, as the ad platforms report it; the performance view sums day ranges.
CREATE TABLE channel_metrics (
    channel_id       TEXT    NOT NULL REFERENCES channels (id),
    day              TEXT    NOT NULL,
    id               TEXT    NOT NULL,
    spend_minor      INTEGER NOT NULL,
    spend_currency   TEXT    NOT NULL,
    impressions      INTEGER NOT NULL,
    clicks           INTEGER NOT NULL,
    signups          INTEGER NOT NULL,
    activations      INTEGER NOT NULL,
    revenue_minor    INTEGER NOT NULL,
    revenue_currency TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (channel_id, day)
) WITHOUT ROWID;

CREATE TABLE campaigns (
    id                TEXT    NOT NULL PRIMARY KEY,
    name              TEXT    NOT NULL,
    goal              TEXT    NOT NULL,
    conversion_event  TEXT    NOT NULL,
    segment_id        TEXT    NULL REFERENCES segments (id),
    channel_id        TEXT    NULL REFERENCES channels (id),
    product_id        TEXT    NULL,
    starts_at         TEXT    NULL,
    ends_at           TEXT    NULL,
    budget_minor      INTEGER NULL,
    budget_currency   TEXT    NULL,
    offer_kind        TEXT    NULL,
    offer_points      INTEGER NULL,
    offer_detail      TEXT    NULL,
    status            TEXT    NOT NULL,
    status_changed_at TEXT    NOT NULL,
    status_due_at     TEXT    NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL
);
CREATE INDEX ix_campaigns_created ON campaigns (created_at, id);
CREATE INDEX ix_campaigns_updated ON campaigns (updated_at, id);
-- The schedule sweep reads only campaigns whose status is due to follow their schedule.
CREATE INDEX ix_campaigns_status_due ON campaigns (status_due_at, id) WHERE status_due_at IS NOT NULL;
-- Activity looks up the campaigns running when its events happened.
CREATE INDEX ix_campaigns_window ON campaigns (status, starts_at, ends_at);

-- The audience frozen when the campaign was scheduled; converted_at is the first conversion event inside the window.
CREATE TABLE campaign_audience (
    campaign_id  TEXT NOT NULL REFERENCES campaigns (id),
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    converted_at TEXT NULL,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE campaign_spend (
    id                     TEXT    NOT NULL PRIMARY KEY,
    campaign_id            TEXT    NOT NULL REFERENCES campaigns (id),
    amount_minor           INTEGER NOT NULL,
    currency               TEXT    NOT NULL,
    spent_on               TEXT    NOT NULL,
    cost_center_id         TEXT    NOT NULL,
    description            TEXT    NOT NULL,
    booking                TEXT    NOT NULL,
    finance_transaction_id TEXT    NULL,
    booking_error          TEXT    NULL,
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL,
    version                INTEGER NOT NULL
);
CREATE INDEX ix_campaign_spend_campaign ON campaign_spend (campaign_id, created_at, id);

CREATE TABLE referral_programs (
    id                 TEXT    NOT NULL PRIMARY KEY,
    name               TEXT    NOT NULL,
    reward_kind        TEXT    NOT NULL,
    reward_points      INTEGER NULL,
    reward_value_minor INTEGER NULL,
    reward_currency    TEXT    NULL,
    reward_detail      TEXT    NULL,
    reward_trigger     TEXT    NOT NULL,
    per_referrer_cap   INTEGER NULL,
    program_cap        INTEGER NULL,
    starts_at          TEXT    NOT NULL,
    ends_at            TEXT    NULL,
    referral_count     INTEGER NOT NULL,
    rewarded_count     INTEGER NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    version            INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_referral_programs_name ON referral_programs (name);
CREATE INDEX ix_referral_programs_created ON referral_programs (created_at, id);
CREATE INDEX ix_referral_programs_updated ON referral_programs (updated_at, id);

-- A referrer's code in a program, with the counts the caps and the leaderboard read.
CREATE TABLE invite_codes (
    code           TEXT    NOT NULL PRIMARY KEY,
    program_id     TEXT    NOT NULL REFERENCES referral_programs (id),
    customer_id    TEXT    NOT NULL REFERENCES customers (id),
    referral_count INTEGER NOT NULL,
    rewarded_count INTEGER NOT NULL,
    created_at     TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_invite_codes_referrer ON invite_codes (program_id, customer_id);
CREATE INDEX ix_invite_codes_leaderboard ON invite_codes (program_id, rewarded_count, referral_count);

-- A customer is referred once, in one program: the unique index is what makes a second redemption fail, races included.
CREATE TABLE referrals (
    id          TEXT    NOT NULL PRIMARY KEY,
    program_id  TEXT    NOT NULL REFERENCES referral_programs (id),
    code        TEXT    NOT NULL REFERENCES invite_codes (code),
    referrer_id TEXT    NOT NULL REFERENCES customers (id),
    invitee_id  TEXT    NOT NULL REFERENCES customers (id),
    status      TEXT    NOT NULL,
    redeemed_at TEXT    NOT NULL,
    rewarded_at TEXT    NULL
);
CREATE UNIQUE INDEX ux_referrals_invitee ON referrals (invitee_id);
CREATE INDEX ix_referrals_program ON referrals (program_id, redeemed_at, id);

-- The balance is the ledger's sum, kept beside it so that a redemption checks and takes points in one statement.
CREATE TABLE points_accounts (
    customer_id TEXT    NOT NULL PRIMARY KEY REFERENCES customers (id),
    balance     INTEGER NOT NULL,
    earned      INTEGER NOT NULL,
    redeemed    INTEGER NOT NULL,
    expired     INTEGER NOT NULL,
    updated_at  TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE points_entries (
    id          TEXT    NOT NULL PRIMARY KEY,
    customer_id TEXT    NOT NULL REFERENCES customers (id),
    entry_key   TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    points      INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    source_id   TEXT    NULL,
    reason      TEXT    NOT NULL,
    occurred_at TEXT    NOT NULL,
    balance     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_points_entries_key ON points_entries (customer_id, entry_key);
CREATE INDEX ix_points_entries_customer ON points_entries (customer_id, occurred_at, id);
