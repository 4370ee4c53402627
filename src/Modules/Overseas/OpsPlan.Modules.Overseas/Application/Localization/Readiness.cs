using OpsPlan.Modules.Overseas.Contracts;

namespace OpsPlan.Modules.Overseas.Application.Localization;

/// <summary>
/// A market's readiness: Σ weight of done tasks / Σ weight of all its tasks × 100, to two places (half away from zero);
/// 0 without tasks. The weights are summed per market, area and status in SQL.
/// </summary>
internal static class Readiness
{
    public const string WeightsSql = """
        SELECT market_id AS MarketId, area AS Area, status AS Status, COUNT(*) AS Tasks, SUM(weight) AS Weight
        FROM overseas.localization_tasks
        """;

    public const string OfMarketSql = WeightsSql + " WHERE market_id = @MarketId GROUP BY market_id, area, status";

    public const string OfAllSql = WeightsSql + " GROUP BY market_id, area, status";

    public static decimal Percent(IEnumerable<WeightRow> rows)
    {
        var (total, done) = rows.Aggregate((Total: 0L, Done: 0L), (sums, row) => (sums.Total + row.Weight, sums.Done + (row.IsDone ? row.Weight : 0)));
        return total == 0 ? 0 : Math.Round(done * 100m / total, 2, MidpointRounding.AwayFromZero);
    }

    internal sealed class WeightRow
    {
        public Guid MarketId { get; init; }

        public string Area { get; init; } = "";

        public string Status { get; init; } = "";

        public long Tasks { get; init; }

        public long Weight { get; init; }

        public bool IsDone => Status == EnumText.ToText(LocalizationTaskStatus.Done);
    }
}
