using System.Text.Json;

namespace OpsPlan.Modules.Growth.Contracts.Segments;

/// <summary>
/// A group of conditions and nested groups: <c>all</c> of them must hold, or <c>any</c> one. At most 5 levels deep
/// and 50 conditions in all.
/// </summary>
public sealed record SegmentRule(SegmentMatch Match, IReadOnlyList<SegmentCondition>? Conditions = null, IReadOnlyList<SegmentRule>? Groups = null);

public enum SegmentMatch
{
    All,
    Any,
}

/// <summary>
/// One test of a customer field. <c>equals</c> takes <c>value</c>; <c>in</c> takes <c>values</c>; <c>between</c> takes
/// <c>min</c> and/or <c>max</c> (inclusive); <c>contains</c> takes <c>value</c> (an interest tag, or text inside a custom
/// attribute); <c>exists</c> takes nothing. Fields: ageBand, gender, country, region, interests, tier, stage, channel,
/// lifetimeValue (in the module's currency), purchaseCount, lastActiveAt, signedUpAt, daysSinceActive, marketingConsent
/// and <c>attributes.&lt;key&gt;</c> for a custom attribute.
/// </summary>
public sealed record SegmentCondition(
    string Field,
    SegmentOperator Operator,
    JsonElement? Value = null,
    IReadOnlyList<JsonElement>? Values = null,
    JsonElement? Min = null,
    JsonElement? Max = null);

public enum SegmentOperator
{
    Equals,
    In,
    Between,
    Contains,
    Exists,
}
