using System.Text.Json;
using OpsPlan.Modules.Growth.Contracts.Customers;

namespace OpsPlan.Modules.Growth.Contracts.Segments;

public sealed record SegmentDto : IIdentifiable, IVersioned
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required SegmentRule Rule { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required long Version { get; init; }
}

/// <summary>How many customers a rule matches now (erased customers are never members).</summary>
public sealed record SegmentSizeDto(int Size, DateTime AsOf);

/// <summary>An unsaved rule evaluated: its size and the first members, newest first.</summary>
public sealed record SegmentPreviewDto(int Size, IReadOnlyList<CustomerDto> Sample, DateTime AsOf);

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
/// One test of a customer field. <c>equals</c> takes <c>value</c>; <c>in</c> takes <c>values</c> (1-40); <c>between</c>
/// takes <c>min</c> and/or <c>max</c> (inclusive); <c>contains</c> takes <c>value</c> (an interest tag, a product id, or
/// text inside a custom attribute); <c>exists</c> takes nothing. Fields and their operators: ageBand, gender, tier, stage,
/// country, region, channel (equals, in, exists); interests, products (contains, in, exists); lifetimeValue (in the
/// module's currency), purchaseCount (equals, in, between); lastActiveAt, signedUpAt (between, exists); daysSinceActive
/// (equals, between); marketingConsent (equals); <c>attributes.&lt;key&gt;</c> for a custom attribute (all five).
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
