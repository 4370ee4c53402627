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
