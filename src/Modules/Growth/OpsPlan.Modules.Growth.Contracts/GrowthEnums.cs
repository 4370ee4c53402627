using System.Text.Json.Serialization;

namespace OpsPlan.Modules.Growth.Contracts;

/// <summary>A customer's tier in the loyalty programme.</summary>
public enum CustomerTier
{
    Standard,
    Silver,
    Gold,
    Vip,
}

/// <summary>
/// Where a customer stands, computed from activity: <c>new</c> just signed up, <c>active</c>, <c>at-risk</c> idle for a
/// while, <c>churned</c> idle for long, <c>reactivated</c> active again after churning.
/// </summary>
public enum LifecycleStage
{
    New,
    Active,
    AtRisk,
    Churned,
    Reactivated,
}

public enum AgeBand
{
    [JsonStringEnumMemberName("under-18")]
    Under18,
    [JsonStringEnumMemberName("18-24")]
    From18To24,
    [JsonStringEnumMemberName("25-34")]
    From25To34,
    [JsonStringEnumMemberName("35-44")]
    From35To44,
    [JsonStringEnumMemberName("45-54")]
    From45To54,
    [JsonStringEnumMemberName("55-64")]
    From55To64,
    [JsonStringEnumMemberName("65-plus")]
    From65,
}

public enum Gender
{
    Female,
    Male,
    NonBinary,
    Undisclosed,
}

/// <summary>What a customer did; a <c>purchase</c> with a value adds to the customer's lifetime value.</summary>
public enum ActivityType
{
    Login,
    PageView,
    FeatureUse,
    Purchase,
    SupportContact,
    Other,
}

/// <summary>Where customers come from (seed ch.4): organic search, social, content, paid search, referrals, partners, offline.</summary>
public enum ChannelKind
{
    Seo,
    Social,
    Content,
    SearchAds,
    Referral,
    Partner,
    Offline,
    Other,
}

/// <summary>An <c>active</c> channel is being spent on; <c>paused</c> for now; <c>retired</c> for good (its metrics stay).</summary>
public enum ChannelStatus
{
    Active,
    Paused,
    Retired,
}

/// <summary>What a campaign is for; each goal has a default conversion event (see <see cref="ActivityType"/>).</summary>
public enum CampaignGoal
{
    Acquisition,
    Activation,
    Retention,
    WinBack,
    Upsell,
}

/// <summary>
/// draft → scheduled → running → completed, or cancelled before completing; scheduled → draft unschedules.
/// running and completed follow the schedule by themselves.
/// </summary>
public enum CampaignStatus
{
    Draft,
    Scheduled,
    Running,
    Completed,
    Cancelled,
}

/// <summary>What a campaign offers (seed ch.11: coupons for the price-sensitive, dedicated service for the high-value).</summary>
public enum OfferKind
{
    Coupon,
    Points,
    Gift,
    DedicatedService,
}

/// <summary>What a referrer gets for an invitee.</summary>
public enum RewardKind
{
    Points,
    Coupon,
    Gift,
}

/// <summary>When a referral is rewarded: as soon as the invitee signs up (redeems), or at the invitee's first purchase.</summary>
public enum RewardTrigger
{
    Signup,
    FirstPurchase,
}

/// <summary>A redeemed referral waits for its trigger (<c>pending</c>) and is <c>rewarded</c> once.</summary>
public enum ReferralStatus
{
    Pending,
    Rewarded,
}

/// <summary>A ledger entry: points earned, redeemed, or expired.</summary>
public enum PointsEntryKind
{
    Earn,
    Redeem,
    Expire,
}

/// <summary>Why points moved: a manual grant or use, a referral reward, a campaign offer.</summary>
public enum PointsSource
{
    Manual,
    Referral,
    Campaign,
}

/// <summary>A campaign's spend as booked in Finance: waiting for Finance, booked as a transaction, or refused by Finance.</summary>
public enum SpendBooking
{
    Pending,
    Booked,
    Failed,
}
