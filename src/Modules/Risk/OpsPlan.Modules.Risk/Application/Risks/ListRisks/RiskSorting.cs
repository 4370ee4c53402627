namespace OpsPlan.Modules.Risk.Application.Risks.ListRisks;

/// <summary>What the register may be sorted by besides created and updated times: <c>sort=-score,title</c> is "top risks".</summary>
internal static class RiskSorting
{
    public static readonly IReadOnlyList<SortKey> Keys =
    [
        SortKey.Of<RiskRow, int>("score", "score", row => row.Likelihood * row.Impact),
        SortKey.Of<RiskRow, string>("title", "title", row => row.Title),
        SortKey.Of<RiskRow, string>("owner", "owner", row => row.Owner),
    ];
}
