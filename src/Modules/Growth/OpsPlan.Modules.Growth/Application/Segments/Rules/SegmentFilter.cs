namespace OpsPlan.Modules.Growth.Application.Segments.Rules;

/// <summary>A rule as SQL: a condition over <c>growth.customers</c> whose every value is one of <see cref="Parameters"/>.</summary>
internal sealed record SegmentFilter(string Condition, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>Who a segment may hold: customers whose personal data was erased are never targeted.</summary>
    public const string Eligible = "erased_at IS NULL";
}
