namespace OpsPlan.Modules.Overseas.Application.Markets.ListMarkets;

/// <summary>What the market list may be sorted by besides created and updated times.</summary>
internal static class MarketSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<MarketRow, string>("country", "country", row => row.Country),
        SortKey.Of<MarketRow, string>("name", "name", row => row.Name),
    ];
}
