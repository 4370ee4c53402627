using OpsPlan.Modules.Lifecycle.Contracts;

namespace OpsPlan.Modules.Lifecycle.Domain.Metrics;

/// <summary>
/// Decline detection (seed ch.5: falling sales, falling activity): a metric declines when, month after month, it fell
/// by more than <see cref="DropPercent"/> percent, <see cref="ConsecutivePeriods"/> times in a row up to the latest
/// month. A missing month breaks the run.
/// </summary>
internal sealed record DeclineRule(int ConsecutivePeriods, decimal DropPercent)
{
    private static readonly DeclineMetric[] Metrics = [DeclineMetric.ActiveUsers, DeclineMetric.Revenue];

    /// <summary>Each decline metric's signal over <paramref name="figures"/> (one product's months, oldest first).</summary>
    public IReadOnlyList<MetricSignal> Evaluate(IReadOnlyList<MonthlyFigures> figures) =>
        Metrics.Select(metric => Evaluate(metric, figures.Select(month => (month.Month, Value: ValueOf(metric, month))).ToList())).ToList();

    private MetricSignal Evaluate(DeclineMetric metric, List<(DateOnly Month, decimal Value)> series)
    {
        if (series.Count == 0)
        {
            return new MetricSignal(metric, MetricTrend.Stable, 0, null, 0, null, false);
        }

        var latest = series[^1];
        var falls = 0;
        for (var i = series.Count - 1; i > 0 && Follows(series[i - 1], series[i]) && Fell(series[i - 1].Value, series[i].Value); i--)
        {
            falls++;
        }

        var previous = series.Count > 1 && Follows(series[^2], latest) ? series[^2].Value : (decimal?)null;
        var windowStart = series[Math.Max(0, series.Count - 1 - ConsecutivePeriods)].Value;
        var windowChange = PercentChange(windowStart, latest.Value);
        var trend = windowChange > DropPercent ? MetricTrend.Growing : windowChange < -DropPercent ? MetricTrend.Falling : MetricTrend.Stable;
        return new MetricSignal(metric, trend, latest.Value, previous is { } before ? PercentChange(before, latest.Value) : null, falls,
            falls > 0 ? PercentChange(series[^(falls + 1)].Value, latest.Value) : null, falls >= ConsecutivePeriods);
    }

    private static bool Follows((DateOnly Month, decimal Value) earlier, (DateOnly Month, decimal Value) later) => earlier.Month.AddMonths(1) == later.Month;

    private bool Fell(decimal before, decimal after) => before > 0 && after < before * (1 - (DropPercent / 100));

    private static decimal? PercentChange(decimal before, decimal after) => before == 0 ? null : Math.Round((after - before) / before * 100, 2);

    private static decimal ValueOf(DeclineMetric metric, MonthlyFigures month) => metric == DeclineMetric.ActiveUsers ? month.ActiveUsers : month.Revenue.Amount;
}

/// <summary>One metric's reading: its trend over the rule's window, the month-on-month change, the falling streak and whether it declines.</summary>
internal sealed record MetricSignal(DeclineMetric Metric, MetricTrend Trend, decimal Latest, decimal? ChangePercent, int ConsecutiveFalls, decimal? StreakChangePercent,
    bool Declining);
