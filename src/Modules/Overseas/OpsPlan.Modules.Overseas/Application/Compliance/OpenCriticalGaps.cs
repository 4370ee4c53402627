using OpsPlan.Modules.Overseas.Contracts;

namespace OpsPlan.Modules.Overseas.Application.Compliance;

/// <summary>Critical compliance items still open (a gap or in progress): each blocks its market's launch.</summary>
internal static class OpenCriticalGaps
{
    private const string Where = "WHERE severity = 'critical' AND status IN ('gap', 'in-progress')";

    public const string OfMarketSql = "SELECT regulation AS Regulation, requirement AS Requirement, status AS Status FROM overseas.compliance_items " + Where
        + " AND market_id = @MarketId ORDER BY created_at, id";

    public const string CountPerMarketSql = "SELECT market_id AS MarketId, COUNT(*) AS Gaps FROM overseas.compliance_items " + Where + " GROUP BY market_id";

    internal sealed class GapRow
    {
        public string Regulation { get; init; } = "";

        public string Requirement { get; init; } = "";

        public string Status { get; init; } = "";

        public string Describe() => $"Critical compliance gap open: {Regulation} — {Requirement} ({Status}).";
    }

    internal sealed class CountRow
    {
        public Guid MarketId { get; init; }

        public long Gaps { get; init; }
    }
}
