namespace OpsPlan.Modules.Growth.Domain.Customers;

/// <summary>
/// A customer's interests, distinct and sorted. Stored as <c>|a|b|</c> so a segment finds one tag with a parameterised
/// <c>LIKE '%|tag|%'</c> on both providers.
/// </summary>
internal sealed record InterestTags
{
    public static readonly InterestTags None = new([]);

    private InterestTags(IReadOnlyList<string> tags)
    {
        Tags = tags;
        Stored = tags.Count == 0 ? "" : "|" + string.Join('|', tags) + "|";
    }

    public IReadOnlyList<string> Tags { get; }

    public string Stored { get; }

    public static InterestTags Of(IEnumerable<string>? tags) =>
        new(tags?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() ?? []);

    public static InterestTags FromStored(string? stored) =>
        new(string.IsNullOrEmpty(stored) ? [] : stored.Split('|', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The <c>LIKE</c> pattern that finds <paramref name="tag"/> (tags hold no wildcard characters).</summary>
    public static string Pattern(string tag) => "%|" + tag + "|%";

    public bool Equals(InterestTags? other) => other is not null && other.Stored == Stored;

    public override int GetHashCode() => Stored.GetHashCode(StringComparison.Ordinal);
}
